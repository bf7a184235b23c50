"""A ratio printed next to a verdict or a warning line, with enough digits that the figure and the verdict agree.

14.99993 % rounded to two decimals is "15.00 %", which next to "未纳入问责" reads as a contradiction (and invites
the question whether the arithmetic is wrong). Every document, log line and Excel cell that shows a ratio beside
a verdict goes through this module: two decimals as usual, more only when two would contradict the verdict
("14.9999%（低于 15%）").

`reached` is the verdict's own answer (rules/accountability compares areas with a 0.000001 亩 tolerance, so a
ratio a hair below the line may count as reaching it); without it the plain comparison pct >= line is used.
Pure Python, no Qt: rules/ and core/ both use it.
"""

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

DIGITS = 2        # ratios are reported in percent to two decimals
MAX_DIGITS = 10   # beyond this the float itself carries no more meaning

# Ratio columns and the row key holding the verdict of that ratio against the line (rules/accountability BLDB).
FLAG_OF = {"WFBL": "BLDB", "SQWFBL": "SQBLDB"}


def _decimal(pct):
    try:
        return Decimal(repr(float(pct)))
    except (InvalidOperation, TypeError, ValueError):
        return None


def _shown(value, digits, rounding=ROUND_HALF_UP):
    """The value as it is printed with `digits` decimals (half up, as Excel and people round)."""
    return value.quantize(Decimal(1).scaleb(-digits), rounding=rounding)


def line_text(line):
    """'15%' from 15.0, '12.5%' from 12.5."""
    return "%g%%" % float(line)


def ratio_digits(pct, line=None, reached=None):
    """Decimals needed so that `pct` rounded still says what `reached` says about `line` (at least DIGITS)."""
    value = _decimal(pct)
    if value is None or line is None:
        return DIGITS
    limit = Decimal(repr(float(line)))
    reached = (float(pct) >= float(line)) if reached is None else bool(reached)
    for digits in range(DIGITS, MAX_DIGITS + 1):
        if (_shown(value, digits) >= limit) == reached:
            return digits
    return MAX_DIGITS


def ratio_number(pct, line=None, reached=None):
    """The figure without '%': '21.73', '14.9999' (never a rounded value on the wrong side of the line)."""
    value = _decimal(pct)
    if value is None:
        return "—"
    if line is None:
        return str(_shown(value, DIGITS))
    limit = Decimal(repr(float(line)))
    reached = (float(pct) >= float(line)) if reached is None else bool(reached)
    digits = ratio_digits(pct, line, reached)
    shown = _shown(value, digits)
    if (shown >= limit) == reached:
        return str(shown)
    if not reached:  # closer to the line than MAX_DIGITS can show: cut, never round up onto the line
        return str(_shown(value, MAX_DIGITS, ROUND_DOWN))
    # The verdict counted it as reaching the line within its area tolerance: show the line, not a figure below it.
    return str(_shown(limit, DIGITS))


def ratio_text(pct, line=None, reached=None, verdict=False):
    """'21.73%' or, with verdict=True, '14.9999%（低于 15%）' / '15.00%（达到 15%）'."""
    number = ratio_number(pct, line, reached)
    if number == "—":
        return number
    text = number + "%"
    if verdict and line is not None:
        reached = (float(pct) >= float(line)) if reached is None else bool(reached)
        text += "（%s %s）" % ("达到" if reached else "低于", line_text(line))
    return text


def excel_format(pct, line=None, reached=None):
    """An Excel number format showing the cell's full-precision value with the digits ratio_number() uses."""
    if _decimal(pct) is None:
        return "0.00"
    number = ratio_number(pct, line, reached)
    digits = len(number.split(".", 1)[1]) if "." in number else 0
    return "0." + "0" * digits if digits else "0"
