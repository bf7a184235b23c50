"""Export profiles (报送格式): the shapefile/ledger layout a province asks for, kept as data.

A profile is a JSON file in rules/export_profiles/ (or any path): encoding, CRS, shapefile name and the fields with
name/type/width/decimals/Chinese header. This module loads and validates profiles and turns patch values into the
values a field holds (rounded, checked against the width in bytes of the file encoding). Pure Python.
"""

import datetime
import decimal
import json
import os
import re

from . import categories as cat
from .deadlines import parse_date
from .errors import RuleInputError
from .fields import KEY, PART, PATCH_FIELD_NAMES

PROFILE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "export_profiles")
DEFAULT = "default"

TYPES = ("str", "int", "real", "date")
ENCODINGS = {"GBK": "gbk", "UTF-8": "utf-8"}  # profile spelling -> Python codec
# Values computed at export time rather than read from a patch field.
COMPUTED = {"@photo_count": "举证照片数",
            # the illegal part of a row: the whole unit when judged 违法, a split patch's illegal parts in "parent"
            # mode (illegal_figures); what a province reads when one row stands for a patch judged in parts
            "@illegal_area": "违法用地面积(亩)", "@illegal_farmland": "违法占用耕地面积(亩)"}

# How the parts of a split patch are written (issue 12): "rows" each part a row of its own under the parent's JCBH
# with its ZTBBH (the default); "parent" one row per split parent, the parts' figures summed (merge_parts below).
PARTS_ROWS, PARTS_PARENT = "rows", "parent"
PARTS_MODES = (PARTS_ROWS, PARTS_PARENT)

MAX_STR_WIDTH = 254  # DBF character field limit (bytes)
MAX_INT_WIDTH = 9  # wider integers become 64-bit in OGR and some readers choke on them
MAX_REAL_WIDTH = 24
DATE_WIDTH = 8
_NAME = re.compile(r"^[A-Z][A-Z0-9_]{0,9}$")
_SHAPEFILE_NAME = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
_CGCS2000_EPSG = {4490} | set(range(4513, 4555))


class ProfileError(ValueError):
    """A malformed profile; `problems` lists every finding."""

    def __init__(self, where, problems):
        self.where = where
        self.problems = list(problems)
        super().__init__("报送格式 %s 有误：\n%s" % (where, "\n".join("  - " + p for p in self.problems)))


def available_profiles(folder=None):
    folder = folder or PROFILE_DIR
    return sorted(os.path.splitext(n)[0] for n in os.listdir(folder) if n.endswith(".json"))


def load_profile(name_or_path=None, folder=None):
    """A validated profile dict. `name_or_path`: empty for the default, a name in the profile folder, or a path."""
    spec = (name_or_path or "").strip() or DEFAULT
    folder = folder or PROFILE_DIR
    if os.sep in spec or "/" in spec or spec.lower().endswith(".json"):
        path = spec
    else:
        path = os.path.join(folder, spec + ".json")
        if not os.path.exists(path):
            raise ProfileError(spec, ["没有名为 %s 的报送格式；可用：%s，或给出 .json 文件路径"
                                      % (spec, "、".join(available_profiles(folder)))])
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise ProfileError(path, ["文件不存在"])
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProfileError(path, ["不是有效的 UTF-8 JSON：%s" % exc])
    return validate_profile(data, where=path)


def validate_profile(data, where="profile", known_sources=None):
    """Check a profile dict; return it with defaults filled in. Raises ProfileError listing every problem."""
    known = set(known_sources if known_sources is not None else PATCH_FIELD_NAMES) | set(COMPUTED)
    problems = []
    if not isinstance(data, dict):
        raise ProfileError(where, ["顶层应为 JSON 对象"])
    out = dict(data)
    out.setdefault("name", os.path.splitext(os.path.basename(where))[0])
    out.setdefault("title", out["name"])
    encoding = str(out.get("encoding") or "GBK").upper().replace("UTF8", "UTF-8")
    if encoding not in ENCODINGS:
        problems.append("encoding %r 不支持，请用 %s" % (out.get("encoding"), " 或 ".join(ENCODINGS)))
    out["encoding"] = encoding
    crs = out.get("crs")
    if crs not in (None, ""):
        code = str(crs).upper().replace("EPSG:", "")
        if not code.isdigit() or int(code) not in _CGCS2000_EPSG:
            problems.append("crs %r 不是 CGCS2000 坐标系（EPSG:4490 或 4513–4554），留空则用工作库坐标系" % crs)
        else:
            out["crs"] = "EPSG:" + code
    else:
        out["crs"] = None
    shp = out.get("shapefile") or "JCTB"
    if not _SHAPEFILE_NAME.match(str(shp)):
        problems.append("shapefile 名称 %r 只能含英文字母、数字、_ 和 -" % shp)
    out["shapefile"] = shp
    part = str(out.get("part_number") or "{JCBH}-{n}")
    if "{JCBH}" not in part or "{n}" not in part:
        problems.append("part_number %r 须含 {JCBH} 和 {n}（子图斑编号，如 {JCBH}-{n}）" % part)
    out["part_number"] = part
    mode = str(out.get("parts") or PARTS_ROWS).strip().lower()
    if mode not in PARTS_MODES:
        problems.append("parts %r 应为 rows（子图斑各占一行，默认）或 parent（每个被拆分图斑一行，子图斑面积相加）"
                        % out.get("parts"))
    out["parts"] = mode
    fields = out.get("fields")
    if not isinstance(fields, list) or not fields:
        problems.append("fields 应为非空列表")
        fields = []
    seen = set()
    checked = []
    for i, spec in enumerate(fields, 1):
        field, field_problems = _check_field(i, spec, known)
        problems.extend(field_problems)
        if field:
            if field["name"] in seen:
                problems.append("第 %d 个字段 %s 重名" % (i, field["name"]))
            seen.add(field["name"])
            checked.append(field)
    if fields and KEY not in {f.get("source") for f in checked}:
        problems.append("缺少监测编号字段（source 为 %s）" % KEY)
    if problems:
        raise ProfileError(where, problems)
    out["fields"] = checked
    return out


def _check_field(i, spec, known):
    if not isinstance(spec, dict):
        return None, ["第 %d 个字段应为 JSON 对象" % i]
    problems = []
    name = str(spec.get("name", ""))
    where = "第 %d 个字段 %s" % (i, name or "(无名)")
    if not _NAME.match(name):
        problems.append("%s：字段名须为大写英文字母开头、至多 10 个英文字母/数字/下划线" % where)
    ftype = spec.get("type")
    if ftype not in TYPES:
        problems.append("%s：type %r 应为 %s 之一" % (where, ftype, "/".join(TYPES)))
    source = spec.get("source") or name
    if source not in known:
        problems.append("%s：来源字段 %s 不存在" % (where, source))
    alias = str(spec.get("alias") or "").strip()
    if not alias:
        problems.append("%s：缺少中文表头 alias" % where)
    width, decimals = spec.get("width"), spec.get("decimals", 0)
    if ftype == "date":
        width, decimals = DATE_WIDTH, 0
    elif not isinstance(width, int) or isinstance(width, bool) or width < 1:
        problems.append("%s：width 应为正整数" % where)
    elif ftype == "str" and width > MAX_STR_WIDTH:
        problems.append("%s：文本宽度 %d 超过 shapefile 上限 %d 字节" % (where, width, MAX_STR_WIDTH))
    elif ftype == "int" and width > MAX_INT_WIDTH:
        problems.append("%s：整数宽度 %d 超过 %d" % (where, width, MAX_INT_WIDTH))
    elif ftype == "real":
        if width > MAX_REAL_WIDTH:
            problems.append("%s：实数宽度 %d 超过 %d" % (where, width, MAX_REAL_WIDTH))
        if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= width - 2:
            problems.append("%s：decimals 应为 0 到 width-2 之间的整数" % where)
    if ftype != "real":
        decimals = 0
    field = {"name": name, "type": ftype, "width": width, "decimals": decimals, "alias": alias, "source": source}
    return field, problems


# ----- values --------------------------------------------------------------------------------------------------
def round_half_up(value, decimals):
    """Round as people do on paper (2.345 -> 2.35), from the shortest decimal spelling of the float."""
    quantum = decimal.Decimal(1).scaleb(-decimals)
    return float(decimal.Decimal(repr(float(value))).quantize(quantum, rounding=decimal.ROUND_HALF_UP))


def _is_empty(value):
    return value is None or (isinstance(value, str) and value.strip() in ("", "NULL")) or \
        (isinstance(value, float) and value != value)


def fit_text(text, width, codec):
    """Cut `text` to at most `width` bytes in `codec` without splitting a character. Returns (text, was_cut)."""
    data = text.encode(codec)
    if len(data) <= width:
        return text, False
    cut = text
    while len(cut.encode(codec)) > width:
        cut = cut[:-1]
    return cut, True


def convert(field, value, encoding, jcbh=""):
    """The value written for `field`: (value, warning or None). Raises RuleInputError for a value that cannot be
    written without changing its meaning (not a number, too wide, a character the encoding lacks, not a date)."""
    if _is_empty(value):
        return None, None
    name, ftype, width = field["name"], field["type"], field["width"]
    label = "%s（%s）" % (name, field["alias"])
    if ftype == "str":
        text = str(value).rstrip()  # DBF pads with spaces: trailing blanks cannot survive anyway
        codec = ENCODINGS[encoding]
        try:
            text.encode(codec)
        except UnicodeEncodeError as exc:
            bad = text[exc.start:exc.end]
            raise RuleInputError("含有 %s 编码不能表示的字符“%s”，请改写该字符或改用 UTF-8 报送格式" % (encoding, bad),
                                 jcbh=jcbh, field=label, value=value)
        cut, was_cut = fit_text(text, width, codec)
        warning = "文本超过 %d 字节，shapefile 中已截断（台账保留全文）" % width if was_cut else None
        return cut, warning
    if ftype == "date":
        day = parse_date(value)
        if day is None:
            raise RuleInputError("值 %r 不是日期（应为 2022-03-05 形式）" % (value,), jcbh=jcbh, field=label, value=value)
        return day, None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise RuleInputError("值 %r 不是数字" % (value,), jcbh=jcbh, field=label, value=value)
    if number != number or number in (float("inf"), float("-inf")):
        raise RuleInputError("值 %r 不是有限数值" % (value,), jcbh=jcbh, field=label, value=value)
    if ftype == "int":
        if number != int(number):
            raise RuleInputError("值 %r 不是整数" % (value,), jcbh=jcbh, field=label, value=value)
        result = int(number)
        spelled = str(result)
    else:
        result = round_half_up(number, field["decimals"])
        spelled = "%.*f" % (field["decimals"], result)
    if len(spelled) > width:
        raise RuleInputError("值 %s 超出字段宽度 %d" % (spelled, width), jcbh=jcbh, field=label, value=value)
    return result, None


# ----- a split patch as one row ("parts": "parent") ---------------------------------------------------------------
# What a province that takes one row per issued patch expects (docs/domain_notes.md, 图斑拆分): the row is the
# issued patch (its number, issued fields and outline), its figures are the sums of its parts, and its judgment is
# the severest among the parts — an illegal part is never hidden under a legal majority — with the subtype and the
# illegal state (主体, 新增/存量, 整改) of the parts judged that way ("lead" parts). A state that moves forward
# (workflow, rectification) is the least advanced part's, and a step's date is given only once every part took it:
# the patch is confirmed or rectified when all its parts are. When the parts disagree, 备注 names each part with its
# judgment and area, so the illegal area stays readable from the row itself.
SEVERITY = [cat.ILLEGAL, cat.OTHER, cat.LEGAL]  # severest first
SUMMED = ["TBMJ", "GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "YJJBNTMJ", "STHXMJ", "PZMJ", "CKMJ", "SSNYDMJ", "LSYDMJ",
          "TKMJ", "DLWFGMJ", "TXDKMJ", "TXGDMJ", "TXJBNTMJ", "TXFGNYMJ", "TXWLYDMJ", "TXJSYDMJ", "TXSTHXMJ",
          "CCFGMJ", "BBGDMJ"]
_ALL, _LEAD, _RESTORED = "all", "lead", "restored"  # which parts a field is taken from
MERGE_RULES = dict(
    {name: ("sum", _ALL) for name in SUMMED},
    # facts of the whole patch: every part
    PZWH=("join", _ALL), CKZH=("join", _ALL), THBZ=("join", _ALL), THSJ=("latest", _ALL),
    LSYDQX=("earliest", _ALL), SSNYDQX=("earliest", _ALL), YPLY=("join", _ALL), BSBZ=("join", _ALL),
    XFBG=("join", _ALL), HSZT=("least", _ALL), JTHS=("any", _ALL), SFJYD=("any", _ALL),
    HCRQ=("complete", _ALL), PDRQ=("complete", _ALL), TBRQ=("complete", _ALL), QRRQ=("complete", _ALL),
    HSRQ=("latest", _ALL), HSJG=("join", _ALL), HSJYBH=("join", _ALL), LDHCRQ=("latest", _ALL),
    LDHCR=("join", _ALL),
    # the judgment: the parts judged the way the row is
    PDXL=("main", _LEAD), XZCL=("new_first", _LEAD), WFZT=("join", _LEAD), ZGCS=("measure", _LEAD),
    ZGZT=("least", _LEAD), SFLA=("any", _LEAD), ZDJCSS=("every", _LEAD), ZDXMWH=("join", _LEAD),
    BABH=("join", _LEAD), SFFNH=("any", _LEAD), SFLZJF=("any", _LEAD), JSSJ=("main", _LEAD),
    JSSJYJ=("main", _LEAD), ZGRQ=("complete", _LEAD),
    # 增违挂钩 release dates: of the lead parts that were demolished and restored
    SJYSRQ=("complete", _RESTORED), ZZQQRRQ=("complete", _RESTORED),
)
_ORDERS = {"HSZT": cat.HSZT, "ZGZT": cat.ZGZT}
_SEPARATORS = {"PZWH": ";", "CKZH": ";", "WFZT": "、", "LDHCR": "、"}
_BOTH_MEASURES = "拆除复耕+补办手续"
_MEASURE_PARTS = {"拆除复耕", "补办手续", _BOTH_MEASURES}


def merge_parts(parent, parts):
    """One row for split patch `parent` made of its `parts` (rows as WorkPackage.patches gives them, parts in key
    order). Fields without a rule (issued, import, township, TBZT) are the parent's. Keeps the parent's '_wkb'."""
    parts = list(parts)
    pdlx, lead = _severest(parts, "PDLX")
    groups = {_ALL: parts, _LEAD: lead,
              _RESTORED: [p for p in lead if _number(p.get("CCFGMJ")) > 0]}
    row = dict(parent)
    row.update({KEY: parent.get("_JCBH") or parent.get(KEY), "ZTBBH": None, "PDLX": pdlx,
                "_parts": [p[KEY] for p in parts]})
    for name, (how, scope) in MERGE_RULES.items():
        row[name] = _MERGERS[how](name, groups[scope])
    row["YPPDLX"], pre_lead = _severest(parts, "YPPDLX")
    row["YPPDXL"] = _main("YPPDXL", pre_lead)
    if not row.get("XZDM"):  # the parent was never overlaid: the township of its largest part
        row["XZDM"], row["XZMC"] = _main("XZDM", parts), _main("XZMC", parts)
    row["BZ"] = _remarks(row[KEY], parts)
    row["_illegal"] = None if pdlx is None else tuple(
        sum(_number(p.get(name)) for p in parts if p.get("PDLX") == cat.ILLEGAL) for name in ("TBMJ", "GDMJ"))
    return row


def illegal_figures(row):
    """(违法用地面积, 违法占用耕地面积) in 亩 of a row: a unit judged 违法 entirely, any other judged unit none, an
    unjudged one unknown (None, None); a merged split patch the sums over its illegal parts."""
    if "_illegal" in row:
        return row["_illegal"] or (None, None)
    if not row.get("PDLX"):
        return None, None
    if row["PDLX"] != cat.ILLEGAL:
        return 0.0, 0.0
    return _number(row.get("TBMJ")), _number(row.get("GDMJ"))


def parts_disagree(parts):
    """True when the parts are not all judged alike (an unjudged part counts as a judgment of its own)."""
    return len({(p.get("PDLX") or "", p.get("PDXL") or "") for p in parts}) > 1


def part_suffix(jcbh, key):
    """'-2' for part 4501…0001-2 of 4501…0001: what 备注 names a part by (the full number is in the 台账)."""
    return key[len(jcbh):] if key and jcbh and key.startswith(jcbh) and key != jcbh else key


def composition(jcbh, parts):
    """'拆分：-1 合法/批文 0.60亩；-2 违法/乱占耕地建房 0.40亩，耕地0.30亩' — each part's judgment and area."""
    items = []
    for part in parts:
        judged = "/".join(v for v in (part.get("PDLX"), part.get("PDXL")) if v) or "未判定"
        text = "%s %s %.2f亩" % (part_suffix(jcbh, part[KEY]), judged, round_half_up(_number(part.get("TBMJ")), 2))
        farmland = round_half_up(_number(part.get("GDMJ")), 2)
        items.append(text + ("，耕地%.2f亩" % farmland if farmland > 0 else ""))
    return "拆分：" + "；".join(items)


def _remarks(jcbh, parts):
    """备注: the composition when the parts disagree, then each part's own remark under its suffix."""
    notes = [composition(jcbh, parts)] if parts_disagree(parts) else []
    notes += ["%s：%s" % (part_suffix(jcbh, p[KEY]), str(p["BZ"]).strip()) for p in parts if not _is_empty(p.get("BZ"))]
    return "；".join(notes) or None


def _severest(parts, field):
    """(value, the parts holding it): the severest judgment; none while a part is still unjudged."""
    values = [p.get(field) or None for p in parts]
    if not parts or None in values:
        return None, []
    known = [v for v in SEVERITY if v in values] or values[:1]
    return known[0], [p for p, v in zip(parts, values) if v == known[0]]


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if number == number else 0.0


def _present(name, parts):
    return [p.get(name) for p in parts if not _is_empty(p.get(name))]


def _sum(name, parts):
    values = _present(name, parts)
    return sum(_number(v) for v in values) if values else None


def _main(name, parts):
    """The value of the largest part (by TBMJ; the first on a tie): it stands for the group."""
    if not parts:
        return None
    best = max(range(len(parts)), key=lambda i: (_number(parts[i].get("TBMJ")), -i))
    return parts[best].get(name)


def _join(name, parts):
    separator = _SEPARATORS.get(name, "；")
    seen = []
    for value in _present(name, parts):
        for item in re.split(r"[;；]", str(value)) if separator == ";" else [str(value).strip()]:
            if item.strip() and item.strip() not in seen:
                seen.append(item.strip())
    return separator.join(seen) or None


def _least(name, parts):
    """The least advanced state (workflow, rectification); unknown while a part has none."""
    values = [p.get(name) for p in parts]
    if not values or any(_is_empty(v) for v in values):
        return None
    order = _ORDERS[name]
    return min(values, key=lambda v: order.index(v) if v in order else -1)


def _flag_any(name, parts):
    values = [_number(v) for v in _present(name, parts)]
    return (1 if any(v == 1 for v in values) else 0) if values else None


def _flag_every(name, parts):
    values = [_number(p.get(name)) for p in parts]
    return (1 if all(v == 1 for v in values) else 0) if _present(name, parts) else None


def _new_first(name, parts):
    """新增 when any lead part is new: a patch holding new illegal construction is a new case."""
    values = _present(name, parts)
    return cat.NEW if cat.NEW in values else (values[0] if values else None)


def _measure(name, parts):
    """One measure: the parts' common one; 拆除复耕 with 补办手续 make the combined measure; else the largest part's."""
    values = set(_present(name, parts))
    if len(values) <= 1:
        return values.pop() if values else None
    if values <= _MEASURE_PARTS:
        return _BOTH_MEASURES
    return _main(name, parts)


def _dated(name, parts):
    return [(day, value) for value in _present(name, parts) for day in [parse_date(value)] if day is not None]


def _complete(name, parts):
    """The last part's date, only once every part has one (the step is done for the patch)."""
    dated = _dated(name, parts)
    if not parts or len(dated) < len(parts):
        return None
    return max(dated)[1]


def _latest(name, parts):
    dated = _dated(name, parts)
    return max(dated)[1] if dated else None


def _earliest(name, parts):
    dated = _dated(name, parts)
    return min(dated)[1] if dated else None


_MERGERS = {"sum": _sum, "join": _join, "latest": _latest, "earliest": _earliest, "least": _least,
            "any": _flag_any, "every": _flag_every, "complete": _complete, "main": _main, "new_first": _new_first,
            "measure": _measure}


def is_part(row):
    return row.get("TBZT") == PART
