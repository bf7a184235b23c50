"""rules/ratio_text.py: a ratio next to a verdict or a warning line is never rounded onto the wrong side of it."""
import pytest

from wpzf.rules.ratio_text import excel_format, ratio_digits, ratio_number, ratio_text


@pytest.mark.parametrize("pct,line,reached,number", [
    (21.7345, 15, None, "21.73"),          # far from the line: two decimals as usual
    (14.99993, 15, False, "14.9999"),      # two, three decimals would print 15.00 / 15.000
    (14.996, 15, False, "14.996"),
    (14.9949, 15, False, "14.99"),
    (15.0, 15, True, "15.00"),
    (15.004, 15, True, "15.00"),
    (14.9999999999999, 15, False, "14.9999999999"),  # closer than any rounding: cut, never rounded up
    (14.9999999, 15, True, "15.00"),       # the verdict's area tolerance counted it as reaching: agree with it
    (0.0, 15, False, "0.00"),
    (33.333333, None, None, "33.33"),
])
def test_ratio_number_agrees_with_the_verdict(pct, line, reached, number):
    assert ratio_number(pct, line, reached) == number
    if line is not None:
        shown = float(number)
        verdict = (pct >= line) if reached is None else reached
        assert (shown >= line) == verdict


def test_ratio_text_with_the_verdict_words():
    assert ratio_text(14.99993, 15, False, verdict=True) == "14.9999%（低于 15%）"
    assert ratio_text(15.0, 15, True, verdict=True) == "15.00%（达到 15%）"
    assert ratio_text(12.3456, 12.5, verdict=True) == "12.35%（低于 12.5%）"
    assert ratio_text(None, 15) == "—"


def test_excel_format_shows_the_same_digits():
    assert excel_format(21.7345, 15, True) == "0.00"
    assert excel_format(14.99993, 15, False) == "0.0000"
    assert ratio_digits(14.99993, 15, False) == 4
