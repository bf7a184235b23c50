"""The judgment dock's logic without widgets: which patches a filter shows and how many, what the form edits, which
edits are unsaved, the live self-check and the pre-judgment shown beside the form.

Kept free of widgets so it is tested directly and the dock stays a thin view.
"""
import datetime
import re
import sqlite3

from ..rules import categories as cat
from ..rules import fields as F
from ..rules import selfcheck
from ..rules.deadlines import monthly_clear_due, parse_date, parse_month, CONFIRMED
from ..rules.errors import PolicyError, RuleInputError
from ..rules.policy import DEFAULT_YEAR, load_policy
from ..rules.values import is_empty, text
from .i18n import tr

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
    ("BZ", "memo", None),
]
EDIT_FIELDS = [f for f in EDIT_FIELDS if f[0] in F.PATCH_FIELD_NAMES]  # a field the package lacks is not offered
EDIT_NAMES = [f[0] for f in EDIT_FIELDS]

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


def field_label(name):
    return tr(F.ALIASES.get(name, name))


def photo_field_label(name):
    aliases = {f[0]: f[4] for f in F.PHOTO_FIELDS}
    return tr(aliases.get(name, name))


def normalise(kind, value):
    """A form value as stored: None for empty; numbers as numbers; text stripped. Raises ValueError."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
    if kind == "flag":
        if isinstance(value, bool):
            return 1 if value else 0
        return 1 if str(value) in ("1", "是", "True", "true") else 0
    if kind == "area":
        number = float(str(value).replace(",", "").replace("，", ""))
        if number != number:  # NaN
            raise ValueError(value)
        return number
    if kind == "date":
        day = parse_date(value)
        if day is None:
            raise ValueError(value)
        return day.isoformat()
    return str(value)


def same(a, b):
    if is_empty(a) and is_empty(b):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-9
    return text(a) == text(b)


class FormState:
    """The patch being edited: its stored values and the technician's edits, and what Save would change."""

    KINDS = {name: kind for name, kind, _c in EDIT_FIELDS}

    def __init__(self, patch=None):
        self.patch = dict(patch or {})
        self.edits = {}
        self.invalid = {}  # field -> text that is not a valid value (kept so the user sees and fixes it)

    @property
    def jcbh(self):
        return self.patch.get("JCBH")

    def set(self, name, raw):
        """Record what the widget now shows. Returns True when the value is valid."""
        kind = self.KINDS.get(name, "text")
        try:
            value = normalise(kind, raw)
        except (TypeError, ValueError):
            self.invalid[name] = raw
            self.edits.pop(name, None)
            return False
        self.invalid.pop(name, None)
        if same(value, self.patch.get(name)) or (kind == "flag" and value == 0 and self.patch.get(name) is None):
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
        """{field: value} for update_patches; raises ValueError naming the first invalid field."""
        if self.invalid:
            name, raw = next(iter(self.invalid.items()))
            raise ValueError(tr("图斑 {} 的“{}”值“{}”无效，请更正后再保存").format(self.jcbh, field_label(name), raw))
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
        """Put `rows` (read_list_rows(wp, jcbh)) in place of everything listed under issued number `jcbh` — the
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
        row = self.by_jcbh.get(jcbh)
        if row is not None:
            row.update({k: v for k, v in values.items() if k in row or k in LIST_FIELDS})
            self.keys[jcbh] = self._keys(row)

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


def read_list_rows(wp, jcbh=None):
    """The list fields of every patch (or of those issued as `jcbh`: the patch, its parts and split parent), split
    parents included, in one plain SQLite query (a GeoPackage is SQLite; going through OGR feature by feature costs
    seconds for a county's 20k patches). As in WorkPackage.patches, "JCBH" is the unit's key and "_JCBH" the issued
    number."""
    sql = 'SELECT {} FROM "{}"'.format(", ".join('"{}"'.format(n) for n in LIST_FIELDS), F.LAYER_PATCHES)
    con = sqlite3.connect(wp.path, timeout=10)
    try:
        cursor = con.execute(sql + ' WHERE "JCBH" = ?', (jcbh,)) if jcbh is not None else con.execute(sql)
        rows = [dict(zip(LIST_FIELDS, values)) for values in cursor]
    finally:
        con.close()
    for row in rows:
        row["_JCBH"] = row[F.KEY]
        row[F.KEY] = F.unit_key(row)
    return rows


# ----- policy, checks, pre-judgment ------------------------------------------------------------------------------
def policy_of(wp):
    """The policy year the package names, else the default year."""
    year = wp.setting("policy_year") if wp is not None else None
    try:
        return load_policy(int(year) if year not in (None, "") else DEFAULT_YEAR)
    except (PolicyError, ValueError):
        return load_policy(DEFAULT_YEAR)


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
