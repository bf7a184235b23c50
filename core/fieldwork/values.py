"""What a township may return in each field, and the checks of a returned row as a whole.

Every problem names the township, the unit, the column and the value, and says what to do, so a whole return can be
sent back with one list. Nothing here writes; incoming.py decides what is taken.
"""
import datetime
import re
import unicodedata

from ...rules import categories as cat
from ...rules import fields as F
from ...rules.deadlines import parse_date
from ...rules.values import fmt_mu, is_empty
from ..i18n import tr

TEXT_LIMITS = {"HCR": 50, "WFZT": 100, "BZ": 2000}
CHOICES = {"SDXZ": F.SDXZ_VALUES, "ZGCS": cat.ZGCS, "ZGZT": cat.ZGZT}
DATES = ("HCRQ", "ZGRQ")
AREAS = ("CCFGMJ", "BBGDMJ")
EARLIEST = datetime.date(2000, 1, 1)
AREA_TOLERANCE = 0.01  # 亩, as the self-check's "equal"
MAX_AREA = 100000.0  # 亩; a county-sized figure is a typing error
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DONE = "已整改"


class Problem:
    """One returned value (or row) that cannot be taken."""

    def __init__(self, township, key, field, value, reason):
        self.township, self.key, self.field, self.value, self.reason = township, key, field, value, reason

    def __str__(self):
        column = F.ALIASES.get(self.field, self.field) if self.field else ""
        parts = [self.township or tr("（未知乡镇）"), tr("图斑 {}").format(self.key) if self.key else ""]
        if column:
            parts.append(tr("列“{}”").format(column))
        if self.field and not is_empty(self.value):
            parts.append(tr("值“{}”").format(self.value))
        return "{}：{}".format(" · ".join(p for p in parts if p), self.reason)


def kind(field):
    if field in DATES:
        return "date"
    if field in AREAS:
        return "area"
    if field in CHOICES:
        return "choice"
    return "text"


def _date(raw, today):
    if isinstance(raw, bool):
        raise ValueError(tr("不是日期，请填写如 2022-06-15 的日期"))
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if not 20000 <= raw <= 80000:  # an Excel day number (1954–2119) when the cell lost its date format
            raise ValueError(tr("不是日期，请填写如 2022-06-15 的日期"))
        day = _EXCEL_EPOCH + datetime.timedelta(days=int(raw))
    else:
        day = parse_date(unicodedata.normalize("NFKC", str(raw)).strip())
        if day is None:
            raise ValueError(tr("不是有效日期，请填写如 2022-06-15 的日期"))
    if day < EARLIEST:
        raise ValueError(tr("日期早于 {}，请核对").format(EARLIEST.isoformat()))
    if today is not None and day > today:
        raise ValueError(tr("日期晚于今天（{}），不能填写将来的日期").format(today.isoformat()))
    return day.isoformat()


def _area(raw):
    if isinstance(raw, bool):
        raise ValueError(tr("不是数字，请填写以亩为单位的面积"))
    if isinstance(raw, (int, float)):
        number = float(raw)
    else:
        word = unicodedata.normalize("NFKC", str(raw)).strip()  # full-width １．５ is 1.5
        if not _NUMBER.match(word):
            raise ValueError(tr("不是数字（只能填数字和小数点，如 1.25；不要写单位、逗号或句号），请填写以亩为单位的面积"))
        number = float(word)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(tr("不是有限数值"))
    if number < 0:
        raise ValueError(tr("面积不能为负"))
    if number > MAX_AREA:
        raise ValueError(tr("面积超过 {:g} 亩，请核对单位（应为亩，不是平方米）").format(MAX_AREA))
    return number


def parse(field, raw, today=None):
    """The value to store for a returned cell; None when empty. Raises ValueError with the reason."""
    if raw is None or (isinstance(raw, str) and raw.strip() == ""):
        return None
    what = kind(field)
    if what == "date":
        return _date(raw, today)
    if what == "area":
        return _area(raw)
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    value = _CONTROL.sub("", str(raw)).strip()
    if what == "choice":
        value = unicodedata.normalize("NFKC", value)
        if value not in CHOICES[field]:
            raise ValueError(tr("不在可选值中，请从下拉列表选择：{}").format("、".join(CHOICES[field])))
        return value
    limit = TEXT_LIMITS.get(field)
    if limit and len(value) > limit:
        raise ValueError(tr("超过 {} 个字（现有 {} 个），请精简").format(limit, len(value)))
    return value or None


def row_problems(unit, after):
    """(field, reason) pairs for a unit as it would be after the return (`after`: the unit's values with the
    returned ones applied): the contradictions the self-check would flag, caught before they are stored."""
    out = []
    state, done_day = after.get("ZGZT"), after.get("ZGRQ")
    if state == DONE and is_empty(done_day):
        out.append(("ZGRQ", tr("整改状态为已整改，须填写整改完成日期")))
    if not is_empty(done_day) and state != DONE:
        out.append(("ZGZT", tr("填了整改完成日期 {}，但整改状态不是“已整改”").format(done_day)))
    if not is_empty(done_day) and not is_empty(after.get("HCRQ")) and done_day < after["HCRQ"] \
            and state == DONE and after.get("SDXZ") in ("在建", "已建成", "已停工"):
        out.append(("SDXZ", tr("实地现状为{}，与 {} 已整改完成矛盾").format(after["SDXZ"], done_day)))
    cc, bb = _number(after.get("CCFGMJ")), _number(after.get("BBGDMJ"))
    farmland = unit.get("GDMJ")
    if (cc or bb) and not is_empty(farmland) and cc + bb > float(farmland) + AREA_TOLERANCE:
        out.append(("CCFGMJ", tr("拆除复耕 {} 亩 + 补办手续 {} 亩 超过图斑耕地面积 {} 亩（同一块耕地只能计一次）").format(
            fmt_mu(cc), fmt_mu(bb), fmt_mu(float(farmland)))))
    if unit.get("PDLX") in (cat.LEGAL, cat.OTHER) and (cc or bb):
        out.append(("CCFGMJ" if cc else "BBGDMJ", tr("图斑已判定为{}，拆除复耕/补办面积只对违法图斑有意义；如实地确有违法，请在备注中说明")
                    .format(unit["PDLX"])))
    return out


def _number(value):
    try:
        return float(value) if not is_empty(value) else 0.0
    except (TypeError, ValueError):
        return 0.0
