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

from .errors import RuleInputError
from .fields import KEY, PATCH_FIELD_NAMES

PROFILE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "export_profiles")
DEFAULT = "default"

TYPES = ("str", "int", "real", "date")
ENCODINGS = {"GBK": "gbk", "UTF-8": "utf-8"}  # profile spelling -> Python codec
# Values computed at export time rather than read from a patch field.
COMPUTED = {"@photo_count": "举证照片数"}

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


def parse_date(text):
    """A date from 2022-03-05, 2022/3/5, 20220305 or 2022年3月5日 (a time part is ignored); None if not a date."""
    text = str(text).strip().split(" ")[0].split("T")[0]
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d", "%Y年%m月%d日"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


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
