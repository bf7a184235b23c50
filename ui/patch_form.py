"""The judgment dock's logic without widgets: which patches a filter shows and how many, what the form edits and how
typed text becomes a stored value, which edits are unsaved, the live self-check and the pre-judgment shown beside
the form, the labels the dock shows, the operator's name and the fast read of one unit.

Kept free of widgets so it is tested directly and the dock stays a thin view.
"""
import datetime
import re
import unicodedata

from ..rules import categories as cat
from ..rules import fields as F
from ..rules import selfcheck
from ..rules.deadlines import monthly_clear_due, parse_date, parse_month, CONFIRMED
from ..rules.errors import RuleInputError
from ..rules.values import is_empty, text
from ..core.i18n import tr
from ..core.store.workpackage import OPERATOR_SETTING, operator_name, same_value, set_operator_name  # noqa: F401

# ----- the form's fields -----------------------------------------------------------------------------------------
# kind: choice (fixed list), subtype (depends on PDLX), text, memo, flag (0/1), area (亩), date (YYYY-MM-DD)
EDIT_FIELDS = [
    ("HSZT", "choice", cat.HSZT),
    ("PDLX", "choice", cat.PDLX),
    ("PDXL", "subtype", None),
    ("SFFNH", "flag", None),
    ("SFLZJF", "flag", None),
    ("XZCL", "choice", cat.XZCL),
    ("JSSJ", "date", None),
    ("JSSJYJ", "text", None),
    ("PZWH", "text", None),
    ("BABH", "text", None),
    ("WFZT", "text", None),
    ("ZGCS", "choice", cat.ZGCS),
    ("ZGZT", "choice", cat.ZGZT),
    ("SFLA", "flag", None),
    ("JTHS", "flag", None),
    ("HSRQ", "date", None),
    ("HSJG", "text", None),
    ("HSJYBH", "text", None),
    ("ZDJCSS", "flag", None),
    ("ZDXMWH", "text", None),
    ("SFJYD", "flag", None),
    ("LDHCRQ", "date", None),
    ("LDHCR", "text", None),
    ("CCFGMJ", "area", None),
    ("BBGDMJ", "area", None),
    ("TXDKMJ", "area", None),
    ("TXGDMJ", "area", None),
    ("TXJBNTMJ", "area", None),
    ("TXFGNYMJ", "area", None),
    ("TXWLYDMJ", "area", None),
    ("TXJSYDMJ", "area", None),
    ("TXSTHXMJ", "area", None),
    ("HCRQ", "date", None),
    ("PDRQ", "date", None),
    ("ZGRQ", "date", None),
    ("SJYSRQ", "date", None),
    ("ZZQQRRQ", "date", None),
    ("HCR", "text", None),
    ("SDXZ", "choice", getattr(F, "SDXZ_VALUES", None)),
    ("BZ", "memo", None),
]
EDIT_FIELDS = [f for f in EDIT_FIELDS if f[0] in F.PATCH_FIELD_NAMES]  # a field the package lacks is not offered
EDIT_NAMES = [f[0] for f in EDIT_FIELDS]

# The dock's form in tabs (issue 14): what is decided first — state, judgment, subtype — heads the first tab, so it
# is in view without scrolling at 1366×768; the collective review and the leadership check follow the judgment they
# belong to. A field of EDIT_FIELDS no tab names goes to the end of the first tab (never left out).
FORM_TABS = [
    ("judgment", ["HSZT", "PDLX", "PDXL", "XZCL", "SFFNH", "SFLZJF", "WFZT", "PZWH", "BABH", "JSSJ", "JSSJYJ",
                  "HCRQ", "HCR", "SDXZ", "PDRQ", "BZ", "JTHS", "HSRQ", "HSJG", "HSJYBH", "SFJYD", "LDHCRQ", "LDHCR"]),
    ("rectification", ["ZGCS", "ZGZT", "ZGRQ", "CCFGMJ", "BBGDMJ", "SFLA", "SJYSRQ", "ZZQQRRQ", "ZDJCSS",
                       "ZDXMWH"]),
    ("areas", ["TXDKMJ", "TXGDMJ", "TXJBNTMJ", "TXFGNYMJ", "TXWLYDMJ", "TXJSYDMJ", "TXSTHXMJ"]),
]


def form_tabs():
    """[(tab key, [field, ...])] over the fields this package has; every edit field in exactly one tab."""
    placed = {n for _k, names in FORM_TABS for n in names}
    tabs = [(key, [n for n in names if n in EDIT_NAMES]) for key, names in FORM_TABS]
    tabs[0][1].extend(n for n in EDIT_NAMES if n not in placed)
    return tabs


# Read-only figures shown above the form: the issued facts and the overlay results.
INFO_FIELDS = ["JCBH", "PC", "XZMC", "TBLX", "QSX", "HSX", "DLBM", "DLMC", "CZCSXM", "SFYN", "SFHX"]
OVERLAY_FIELDS = ["TBMJ", "GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "YJJBNTMJ", "STHXMJ", "PZMJ", "PZWH", "CKMJ", "CKZH",
                  "SSNYDMJ", "SSNYDQX", "LSYDMJ", "LSYDQX", "TKMJ", "XFBG"]
PREJUDGE_FIELDS = ["YPPDLX", "YPPDXL", "YPLY", "BSBZ"]
INFO_FIELDS = [f for f in INFO_FIELDS if f in F.PATCH_FIELD_NAMES]
OVERLAY_FIELDS = [f for f in OVERLAY_FIELDS if f in F.PATCH_FIELD_NAMES]

# Fields the patch list needs (loading only these keeps 10k patches cheap); TBZT/ZTBBH place the parts of a split
# patch under it (issue 12).
LIST_FIELDS = sorted(set(["JCBH", "PC", "XZDM", "XZMC", "HSZT", "PDLX", "BSBZ", "JTHS", "YPPDLX", "TBZT", "ZTBBH"]))

EMPTY = ""  # filter value: the field is empty
ALL = None  # filter value: no filter


# Every field name the dock shows, as literals: tools/i18n_update.py extracts them through tr(FIELD_LABELS[...])
# (an alias passed to tr() as a variable is never extracted); tests/test_dock_i18n.py checks they are the aliases of
# rules/fields.py. Stored names and values stay Chinese; what is shown goes through tr().
FIELD_LABELS = {
    # issued
    "XZQDM": "县级行政区代码", "XMC": "县级行政区名称", "JCBH": "监测编号", "TBLX": "图斑类型", "QSX": "前时相",
    "HSX": "后时相", "DLBM": "地类编码", "DLMC": "地类名称", "CZCSXM": "城镇村属性码", "SFYN": "是否涉及永农",
    "SFHX": "是否涉及红线", "MJ": "下发面积(平方米)",
    # import
    "PC": "批次", "DRSJ": "导入时间", "YSSX": "原始属性(JSON)",
    # overlay
    "TBMJ": "图斑面积(亩)", "GDMJ": "耕地面积(亩)", "NYDMJ": "农用地面积(亩)", "JSYDMJ": "建设用地面积(亩)",
    "WLYDMJ": "未利用地面积(亩)", "YJJBNTMJ": "永久基本农田面积(亩)", "STHXMJ": "生态保护红线面积(亩)",
    "PZMJ": "批准范围内面积(亩)", "PZWH": "批准文号", "CKMJ": "采矿许可范围内面积(亩)", "CKZH": "采矿许可证号",
    "SSNYDMJ": "设施农用地面积(亩)", "LSYDMJ": "临时用地面积(亩)", "TKMJ": "扣除田坎面积(亩)",
    "DLWFGMJ": "地类未覆盖面积(亩)", "XZDM": "乡镇代码", "XZMC": "乡镇名称", "LSYDQX": "临时用地期限至",
    "SSNYDQX": "设施农用地备案期限至", "THBZ": "套合说明", "THSJ": "套合时间",
    # pre-judgment
    "YPPDLX": "预判类型", "YPPDXL": "预判子类", "YPLY": "预判理由", "BSBZ": "标识(非农化等)",
    # judgment
    "HSZT": "核查状态", "PDLX": "判定类型", "PDXL": "判定子类", "XZCL": "新增/存量", "WFZT": "违法主体",
    "ZGCS": "整改措施", "ZGZT": "整改状态", "SFLA": "是否立案", "ZDJCSS": "重大基础设施已履职",
    "CCFGMJ": "拆除复耕耕地面积(亩)", "BBGDMJ": "补办手续耕地面积(亩)", "JTHS": "需集体会审", "SFJYD": "涉军用地",
    "TXDKMJ": "填报地块面积(亩)", "TXGDMJ": "填报耕地(亩)", "TXJBNTMJ": "填报永久基本农田(亩)",
    "TXFGNYMJ": "填报非耕农用地(亩)", "TXWLYDMJ": "填报未利用地(亩)", "TXJSYDMJ": "填报建设用地(亩)",
    "TXSTHXMJ": "填报生态红线(亩)", "HCRQ": "核查日期", "PDRQ": "判定日期", "TBRQ": "填报日期", "QRRQ": "确认日期",
    "ZGRQ": "整改完成日期", "BZ": "备注", "BABH": "备案/批准编号(其他用地)", "SFFNH": "非农化",
    "SFLZJF": "新增乱占耕地建房", "JSSJ": "建设时间", "JSSJYJ": "建设时间依据", "ZDXMWH": "重大基础设施立项文号",
    "HSRQ": "会审日期", "HSJG": "会审结果", "HSJYBH": "会审纪要编号", "LDHCRQ": "领导小组核查日期",
    "LDHCR": "领导小组核查人", "SJYSRQ": "市级验收日期", "ZZQQRRQ": "自治区确认日期",
    # re-issue, split, field visit
    "XFBG": "重新下发变更", "TBZT": "图斑状态", "ZTBBH": "子图斑编号", "SDXZ": "实地现状", "HCR": "实地核查人",
}
PHOTO_LABELS = {"JCBH": "监测编号", "PATH": "相对路径", "SHA256": "SHA-256", "LON": "经度", "LAT": "纬度",
                "AZIMUTH": "方位角", "TAKEN_AT": "拍摄时间", "DIST_M": "距图斑距离(米)", "NOTE": "说明"}


def field_label(name):
    """The field's name as shown (translated); a field missing from FIELD_LABELS shows its alias or its code."""
    if name in FIELD_LABELS:
        return tr(FIELD_LABELS[name])
    return tr(F.ALIASES.get(name, name))


def photo_field_label(name):
    return tr(PHOTO_LABELS[name]) if name in PHOTO_LABELS else name


# ----- typed text → stored value (issue 14: a Chinese input method must never change a number) -----------------------
class InputRejected(ValueError):
    """Typed text the form cannot store as meant; str() says why and what to type instead (shown on the field)."""


DECIMAL_POINTS = "．。｡"  # full-width full stop, ideographic full stop, half-width ideographic full stop
WIDE_COMMA = "，"  # what the input method types for "," — taken as a decimal mark unless it could group thousands
MAX_AREA_MU = 1e9
_DIGITS = re.compile(r"\d*\.?\d*")
_FORM_DATES = [re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"),
               re.compile(r"(\d{4})(\d{2})(\d{2})")]


def _plain(raw):
    """Text with full-width digits, letters and signs folded to ASCII (NFKC); the wide comma and the decimal points
    of Chinese input are kept apart, as they mean something NFKC would lose."""
    out = []
    for ch in str(raw).strip():
        if ch in DECIMAL_POINTS:
            out.append(".")
        elif ch == WIDE_COMMA:
            out.append(ch)
        else:
            out.append(unicodedata.normalize("NFKC", ch))
    return "".join(out).strip()


def parse_area(raw):
    """亩 typed into an area field: a float, None when empty; InputRejected when the text is not one number beyond
    doubt. Accepted: full-width digits, the decimal points of Chinese input (。．｡) and the wide comma as a decimal
    mark ("1，5" = 1.5). Refused: an ASCII comma ("1,5" and "1,500.5" mean different numbers in different habits), a
    wide comma followed by exactly three digits ("1，500" could be 1500), two decimal marks, a sign, letters."""
    plain = _plain(raw)
    if plain == "":
        return None
    if "," in plain:
        raise InputRejected(tr("逗号有歧义（小数点还是千位分隔？）：小数点请写“.”，不加千位分隔"))
    if plain[0] in "-−":
        raise InputRejected(tr("面积不能为负"))
    if plain.count(".") + plain.count(WIDE_COMMA) > 1:
        raise InputRejected(tr("有两个小数点：请只留一个"))
    if WIDE_COMMA in plain:
        head, tail = plain.split(WIDE_COMMA)
        if head and len(tail) == 3 and tail.isdigit():
            raise InputRejected(tr("“，”后正好三位数字，可能是千位分隔：请写成 {} 或 {}").format(
                head + tail, head + "." + tail))
        plain = head + "." + tail
    if not _DIGITS.fullmatch(plain) or not any(ch.isdigit() for ch in plain):
        raise InputRejected(tr("只能填数字（单位：亩），如 1.5"))
    value = float(plain)
    if value > MAX_AREA_MU:
        raise InputRejected(tr("数值过大"))
    return value


def parse_form_date(raw):
    """A date typed into a date field, as the package stores it ("YYYY-MM-DD"); None when empty. Also accepted:
    2022/3/5, 2022.3.5, 2022年3月5日, 20220305 and their full-width spellings. Anything else is InputRejected."""
    plain = _plain(raw)
    if plain == "":
        return None
    for pattern in _FORM_DATES:
        m = pattern.fullmatch(plain)
        if m:
            try:
                day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                raise InputRejected(tr("没有这一天"))
            if not 1950 <= day.year <= 2100:
                raise InputRejected(tr("年份不对"))
            return day.isoformat()
    raise InputRejected(tr("不是日期：请写 YYYY-MM-DD，如 2022-03-15"))


def normalise(kind, value):
    """A form value as stored: None for empty; numbers as numbers; dates as YYYY-MM-DD; text stripped.
    Raises InputRejected (a ValueError) saying why."""
    if value is None:
        return None
    if kind == "flag":
        if isinstance(value, bool):
            return 1 if value else 0
        if isinstance(value, str) and value.strip() == "":
            return None
        return 1 if str(value).strip() in ("1", "是", "True", "true") else 0
    if kind == "area":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return parse_area(value)
    if kind == "date":
        return parse_form_date(value)
    value = str(value).strip()
    return value or None


def form_text(kind, value):
    """A stored value as the form shows it for editing (the inverse of normalise for what it accepts)."""
    if is_empty(value):
        return ""
    if kind == "area":
        try:
            return ("%.6f" % float(value)).rstrip("0").rstrip(".")
        except (TypeError, ValueError):
            return str(value)
    return text(value)


class FormState:
    """The patch being edited: its stored values and the technician's edits, and what Save would change."""

    KINDS = {name: kind for name, kind, _c in EDIT_FIELDS}

    def __init__(self, patch=None):
        self.patch = dict(patch or {})
        self.edits = {}
        self.invalid = {}  # field -> text that is not a valid value (kept so the user sees and fixes it)
        self.reasons = {}  # field -> why that text is refused (shown on the field)

    @property
    def jcbh(self):
        return self.patch.get("JCBH")

    def set(self, name, raw):
        """Record what the widget now shows. Returns True when the value is valid."""
        kind = self.KINDS.get(name, "text")
        try:
            value = normalise(kind, raw)
        except (TypeError, ValueError) as exc:
            self.invalid[name] = raw
            self.reasons[name] = str(exc) if isinstance(exc, InputRejected) else tr("值无效")
            self.edits.pop(name, None)
            return False
        self.invalid.pop(name, None)
        self.reasons.pop(name, None)
        if same_value(value, self.patch.get(name)) or (kind == "flag" and value == 0 and self.patch.get(name) is None):
            self.edits.pop(name, None)  # unchecked flag on an empty field is no edit
        else:
            self.edits[name] = value
        return True

    def value(self, name):
        return self.edits[name] if name in self.edits else self.patch.get(name)

    def values(self):
        """The patch as it would be after Save (for the live checks)."""
        out = dict(self.patch)
        out.update(self.edits)
        for name, raw in self.invalid.items():
            out[name] = raw  # the checks report it as invalid
        return out

    @property
    def dirty(self):
        return bool(self.edits or self.invalid)

    def changes(self):
        """{field: value} for update_patches; raises ValueError naming every field whose text is refused."""
        if self.invalid:
            named = "；".join(tr("“{}”的“{}”（{}）").format(field_label(n), raw, self.reasons.get(n, ""))
                             for n, raw in self.invalid.items())
            raise ValueError(tr("图斑 {} 未保存：{}。请更正后再保存").format(self.jcbh, named))
        if self.edits.get("HSZT") == CONFIRMED:
            missing = confirmation_gaps(self.values())
            if missing:
                raise ValueError(tr("图斑 {} 还不能确认：{}。请补填后再把核查状态改为“已确认”。").format(
                    self.jcbh, "；".join(missing)))
        return dict(self.edits)

    def saved(self, fresh_patch):
        self.patch = dict(fresh_patch)
        self.edits = {}
        self.invalid = {}
        self.reasons = {}


def history_value(name, stored):
    """What the form takes for `name` from a history row's text (OLD or NEW): the value to restore, as a widget
    would report it; InputRejected when that text is no value of the field any more."""
    kind = FormState.KINDS.get(name)
    if kind is None:
        raise InputRejected(tr("“{}”不在判定表单中，不能在这里恢复").format(field_label(name)))
    raw = text(stored)
    value = normalise(kind, raw)  # refuses what the field cannot hold
    if kind == "flag":
        return bool(value)
    return form_text(kind, value)


def confirmation_gaps(values):
    """What the plan requires on record before a patch is confirmed (已确认): the collective review of a patch
    that needs one (二(四)), and the leadership group's field check of a ≥ 50 亩 suspected farmland case (二(八))."""
    gaps = []
    review = selfcheck.missing_review(values)
    if review:
        gaps.append(tr("需集体会审，缺{}").format("、".join(field_label(f) for f in review)))
    leadership = selfcheck.missing_leadership_check(values)
    if leadership:
        gaps.append(tr("耕地≥50亩须领导小组实地核查，缺{}").format("、".join(field_label(f) for f in leadership)))
    return gaps


# ----- filters and counts ----------------------------------------------------------------------------------------
def township(patch):
    return text(patch.get("XZMC")) or text(patch.get("XZDM"))


def flags_of(patch):
    """The flags a patch carries: the pre-judgment's (BSBZ) and the collective-review mark."""
    found = [f for f in text(patch.get("BSBZ")).replace("，", "、").replace(",", "、").split("、") if f]
    if text(patch.get("JTHS")) in ("1", "1.0"):
        found.append(tr("需集体会审"))
    return found


class PatchFilter:
    """Filter criteria; None means 'any', EMPTY means 'field is empty'."""

    def __init__(self, batch=ALL, township=ALL, state=ALL, judgment=ALL, flag=ALL, overdue=False, search=""):
        self.batch = batch
        self.township = township
        self.state = state
        self.judgment = judgment
        self.flag = flag
        self.overdue = overdue
        self.search = search or ""


def issued_number(row):
    """The monitoring number a unit was issued under (a part's parent's JCBH; "_JCBH" in package rows)."""
    return text(row.get("_JCBH")) or text(row.get("JCBH"))


def is_part(row):
    return text(row.get("TBZT")) == F.PART


def is_split_parent(row):
    return text(row.get("TBZT")) == F.SPLIT_PARENT


def _natural(key):
    """'X-10' after 'X-9': digit runs compared as numbers (re.split keeps text at even, digits at odd places)."""
    return [int(chunk) if i % 2 else chunk for i, chunk in enumerate(re.split(r"(\d+)", key))]


def unit_order(row):
    """List order: by issued number, a split patch's parts right where the patch was, in their number order (only
    parts need the natural order: an unsplit patch is alone under its number, and 20k regex splits cost 0.2 s)."""
    if is_part(row):
        return issued_number(row), 1, _natural(text(row.get("JCBH")))
    return issued_number(row), 0, []


class PatchList:
    """All units of judgment of the package (list fields only) and the subset a filter shows.

    `rows` are the units (patches and parts: what is judged, counted and filtered); a split patch is no unit and is
    kept apart in `parents`, only to head its parts in the list. Each unit's filter keys are computed once (and again
    when it is saved), so filtering and counting 20k patches stays a matter of milliseconds."""

    def __init__(self, rows, policy, today=None):
        self.policy = policy
        self.today = parse_date(today) or datetime.date.today()
        self._due = {}
        self._index(rows, {})

    def _index(self, rows, known):
        """Units in list order, split parents apart, parts per patch; filter keys computed for rows not in `known`."""
        self.parents = {r["JCBH"]: r for r in rows if is_split_parent(r)}
        self.rows = sorted((r for r in rows if not is_split_parent(r)), key=unit_order)
        self.by_jcbh = {r["JCBH"]: r for r in self.rows}
        self._parts = {}
        for row in self.rows:
            if is_part(row):
                self._parts.setdefault(issued_number(row), []).append(row["JCBH"])
        self.keys = {r["JCBH"]: known.get(r["JCBH"]) or self._keys(r) for r in self.rows}

    def replace_issued(self, jcbh, rows):
        """Put `rows` (WorkPackage.list_rows(LIST_FIELDS, jcbh)) in place of everything listed under issued number `jcbh` — the
        patch, its parts, its split parent — after a split or a merge, without keying the whole county again."""
        kept = [r for r in self.rows if issued_number(r) != jcbh]
        kept += [r for k, r in self.parents.items() if k != jcbh]
        known = {r["JCBH"]: self.keys[r["JCBH"]] for r in kept if r["JCBH"] in self.keys}
        self._index(kept + list(rows), known)

    def _keys(self, row):
        return {"batch": text(row.get("PC")), "township": township(row), "state": text(row.get("HSZT")),
                "judgment": text(row.get("PDLX")), "flag": tuple(flags_of(row)), "overdue": self.is_overdue(row),
                # a part is found by its own number and by the number it was issued under
                "search": (text(row.get("JCBH")) + " " + issued_number(row)).upper()}

    def update(self, jcbh, values):
        """Take a unit's fresh values into its list row; True when the list shows something else now."""
        row = self.by_jcbh.get(jcbh)
        if row is None:
            return False
        changed = {k: v for k, v in values.items() if (k in row or k in LIST_FIELDS) and row.get(k) != v}
        if not changed:
            return False
        row.update(changed)
        self.keys[jcbh] = self._keys(row)
        return True

    def due(self, row):
        """月清 date of the patch's batch, or None when the batch label has no month."""
        label = text(row.get("PC"))
        if label not in self._due:
            month = parse_month(label)
            self._due[label] = monthly_clear_due(month, self.policy) if month else None
        return self._due[label]

    def is_overdue(self, row):
        due = self.due(row)
        return due is not None and self.today > due and text(row.get("HSZT")) != CONFIRMED

    @staticmethod
    def _match(value, wanted):
        return wanted is ALL or value == wanted

    def matches(self, row, f, skip=None):
        k = self.keys[row["JCBH"]]
        for name in ("batch", "township", "state", "judgment"):
            if skip != name and not self._match(k[name], getattr(f, name)):
                return False
        if skip != "flag" and f.flag is not ALL and f.flag not in k["flag"]:
            return False
        if f.overdue and not k["overdue"]:
            return False
        if f.search and f.search.strip().upper() not in k["search"]:
            return False
        return True

    def filter(self, f):
        return [r["JCBH"] for r in self.rows if self.matches(r, f)]

    def choices(self, f):
        """For each filter: [(value, count)] of the patches the *other* filters leave, so counts add up."""
        order = {"state": cat.HSZT, "judgment": cat.PDLX}
        counts = {name: {} for name in ("batch", "township", "state", "judgment", "flag")}
        for row in self.rows:
            k = self.keys[row["JCBH"]]
            for name, bucket in counts.items():
                if not self.matches(row, f, skip=name):
                    continue
                for value in (k[name] if name == "flag" else (k[name],)):
                    bucket[value] = bucket.get(value, 0) + 1
        out = {}
        for name, bucket in counts.items():
            known = order.get(name, [])
            out[name] = sorted(bucket.items(), key=lambda kv: (kv[0] not in known,
                                                               known.index(kv[0]) if kv[0] in known else 0,
                                                               kv[0] == "", kv[0]))
        return out

    def parts_of(self, jcbh):
        """Keys of the parts of split patch `jcbh`, in list order."""
        return list(self._parts.get(jcbh, []))

    def first_unit(self, key):
        """`key` when it is a unit; for a split patch its first part; else None."""
        if key in self.by_jcbh:
            return key
        parts = self.parts_of(key) if key in self.parents else []
        return parts[0] if parts else None

    def display_rows(self, jcbhs):
        """[(key, is_parent)] for the list: the shown units, each shown part headed once by its split patch (not a
        unit: shown, not selectable), so the parts stand where the patch stood."""
        out, headed = [], set()
        for key in jcbhs:
            row = self.by_jcbh[key]
            parent = issued_number(row) if is_part(row) else None
            if parent in self.parents and parent not in headed:
                headed.add(parent)
                out.append((parent, True))
            out.append((key, False))
        return out

    def summary(self, jcbhs):
        """Counts of the shown patches: total, per judgment, not judged, overdue."""
        counts = {"total": len(jcbhs), "not_judged": 0, "overdue": 0}
        for value in cat.PDLX:
            counts[value] = 0
        for j in jcbhs:
            row = self.by_jcbh[j]
            pdlx = text(row.get("PDLX"))
            if pdlx in counts:
                counts[pdlx] += 1
            else:
                counts["not_judged"] += 1
            if self.keys[j]["overdue"]:
                counts["overdue"] += 1
        return counts


# ----- the operator (操作人) --------------------------------------------------------------------------------------
# ----- policy, checks, pre-judgment ------------------------------------------------------------------------------
def live_checks(values, photos, policy, today=None):
    """Self-check problems of the patch as edited: [(severity, rule id, message, field)].

    The one place the form asks the rules (rules/selfcheck.py), so the dock and wpzf:selfcheck agree."""
    try:
        problems = selfcheck.check_patch(values, policy, photos=photos, today=today)
    except RuleInputError as exc:
        return [(selfcheck.SEVERE, "V00", str(exc), "")]
    order = {s: i for i, s in enumerate(selfcheck.SEVERITIES)}
    problems = sorted(problems, key=lambda p: (order.get(p.severity, 9), p.rule))
    return [(p.severity, p.rule, p.message, p.field) for p in problems]


def prejudgment(patch, policy):
    """(suggested judgment, subtype, reasons list, flags text, live) for the form.

    Stored suggestions (wpzf:prejudge) are shown as they are; when none is stored but the overlay ran, the rules
    compute one on the fly (live=True, not saved)."""
    if not is_empty(patch.get("YPPDLX")):
        reasons = [r for r in text(patch.get("YPLY")).split("；") if r]
        return text(patch.get("YPPDLX")), text(patch.get("YPPDXL")), reasons, text(patch.get("BSBZ")), False
    if is_empty(patch.get("TBMJ")):
        return "", "", [tr("尚未套合分析，无预判（请先运行“套合分析”和“预判”）")], "", False
    try:
        from ..rules.prejudge import prejudge
        result = prejudge(patch, policy)
    except RuleInputError as exc:
        return "", "", [str(exc)], "", True
    return result["YPPDLX"], result["YPPDXL"] or "", list(result["reasons"]), result["BSBZ"], True


def shared_hashes(photos):
    """{SHA256: set of JCBH} over all photo rows of the package."""
    out = {}
    for p in photos:
        digest = text(p.get("SHA256"))
        if digest:
            out.setdefault(digest, set()).add(text(p.get("JCBH")))
    return out
