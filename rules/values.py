"""Reading values out of patch dicts: areas, yes/no flags, text. Bad values raise RuleInputError."""

import math

from .errors import RuleInputError
from .fields import ALIASES, KEY

_YES = {"1", "Y", "YES", "T", "TRUE", "是"}
_NO = {"", "0", "N", "NO", "F", "FALSE", "否"}


def is_empty(value):
    """None, blank text or a QGIS NULL (its str() is 'NULL')."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    text = str(value).strip()
    return text == "" or text == "NULL"


def text(value):
    return "" if is_empty(value) else str(value).strip()


def jcbh(patch):
    return text(patch.get(KEY))


def label(field):
    """'GDMJ（耕地面积(亩)）' for messages."""
    alias = ALIASES.get(field)
    return "%s（%s）" % (field, alias) if alias else field


def number(patch, field, default=0.0):
    """A non-negative number of `field`; `default` when empty. Raises on text or a negative value."""
    value = patch.get(field)
    if is_empty(value):
        return default
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise RuleInputError("值 %r 不是数字，请改为以亩为单位的数值" % (value,),
                             jcbh=jcbh(patch), field=label(field), value=value)
    if math.isnan(result) or math.isinf(result):
        raise RuleInputError("值 %r 不是有限数值" % (value,), jcbh=jcbh(patch), field=label(field), value=value)
    if result < 0:
        raise RuleInputError("面积不能为负（%s），请更正" % value, jcbh=jcbh(patch), field=label(field), value=value)
    return result


def flag(patch, field):
    """True for 1/是/Y/true; False for empty/0/否/N. Anything else raises."""
    value = patch.get(field)
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and not is_empty(value):
        if value in (0, 1):
            return value == 1
    word = text(value).upper()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise RuleInputError("值 %r 不是“是/否”（请填 1 或 0）" % (value,),
                         jcbh=jcbh(patch), field=label(field), value=value)


def fmt_mu(value):
    """Area for messages: two decimals (亩 are reported to 0.01)."""
    return "%.2f" % value


def coverage_text(covered, whole, tolerance):
    """'100%' only when what is left is within the tolerance; otherwise at most 99.9%, so 99.96% is never shown as
    100.0% next to an uncovered area."""
    if whole <= 0:
        return "0%"
    if whole - covered <= tolerance:
        return "100%"
    return "%.1f%%" % min(round(100.0 * covered / whole, 1), 99.9)
