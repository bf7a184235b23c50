"""Periods of the documents (month, quarter, half-year, year): parse_period() and Period.

Part of the periodic documents' figures (rules/reports/__init__.py says how they count)."""

import calendar
import datetime
import re

from ..errors import RuleInputError
from ..values import text

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIOD_FORMS = "2022-03 或 2022年3月（月）、2022Q1 或 2022年第一季度（季度）、2022H1 或 2022年上半年（半年）、2022（年度）"
_YEAR_RE = re.compile(r"^(\d{4})\s*(?:年度?)?$")
_QUARTER_RE = re.compile(r"^(\d{4})\s*[-_ ]?\s*(?:[Qq]([1-4])|年?\s*第?([一二三四1-4])\s*季度?)$")
_HALF_RE = re.compile(r"^(\d{4})\s*[-_ ]?\s*(?:[Hh]([12])|年?\s*([上下])半年)$")
_MONTH_RE = re.compile(r"^(\d{4})\s*(?:[-/._年]\s*(\d{1,2})|(\d{2}))\s*月?(?:份)?$")


class Period:
    """A month, quarter, half-year or year. first/last are (year, month); start/end are dates."""

    KINDS = ("month", "quarter", "half", "year")
    _SPAN = {"month": 1, "quarter": 3, "half": 6, "year": 12}

    def __init__(self, kind, year, index=1):
        if kind not in self.KINDS:
            raise ValueError(kind)
        self.kind, self.year, self.index = kind, int(year), int(index)
        span = self._SPAN[kind]
        self.first = (self.year, (self.index - 1) * span + 1)
        self.last = (self.year, self.index * span)

    @property
    def code(self):
        """Canonical text: 2022-03, 2022Q1, 2022H1, 2022 (safe in file names)."""
        return {"month": "%d-%02d" % (self.year, self.index), "quarter": "%dQ%d" % (self.year, self.index),
                "half": "%dH%d" % (self.year, self.index), "year": "%d" % self.year}[self.kind]

    @property
    def label(self):
        if self.kind == "month":
            return "%d年%d月" % (self.year, self.index)
        if self.kind == "quarter":
            return "%d年第%s季度" % (self.year, "一二三四"[self.index - 1])
        if self.kind == "half":
            return "%d年%s半年" % (self.year, "上下"[self.index - 1])
        return "%d年度" % self.year

    @property
    def start(self):
        return datetime.date(self.first[0], self.first[1], 1)

    @property
    def end(self):
        return datetime.date(self.last[0], self.last[1], calendar.monthrange(*self.last)[1])

    @property
    def year_first(self):
        """The first month of the accumulation (January of the period's year)."""
        return (self.year, 1)

    def months(self):
        return [(self.year, m) for m in range(self.first[1], self.last[1] + 1)]

    def contains(self, month):
        return month is not None and self.first <= tuple(month) <= self.last

    def previous(self):
        count = 12 // self._SPAN[self.kind]
        if self.index > 1:
            return Period(self.kind, self.year, self.index - 1)
        return Period(self.kind, self.year - 1, count)

    def __eq__(self, other):
        return isinstance(other, Period) and (self.kind, self.year, self.index) == (other.kind, other.year, other.index)

    def __hash__(self):
        return hash((self.kind, self.year, self.index))

    def __repr__(self):
        return "Period(%s)" % self.code


def parse_period(value):
    """A Period from text; RuleInputError listing the accepted forms when it cannot be read."""
    raw = text(value)
    compact = raw.replace(" ", "")
    period = None
    m = _YEAR_RE.match(compact)
    if m:
        period = ("year", m.group(1), 1)
    elif _QUARTER_RE.match(compact):
        m = _QUARTER_RE.match(compact)
        period = ("quarter", m.group(1), _CN_DIGITS[m.group(2) or m.group(3)])
    elif _HALF_RE.match(compact):
        m = _HALF_RE.match(compact)
        period = ("half", m.group(1), int(m.group(2)) if m.group(2) else (1 if m.group(3) == "上" else 2))
    elif _MONTH_RE.match(compact):
        m = _MONTH_RE.match(compact)
        month = int(m.group(2) or m.group(3))
        if not 1 <= month <= 12:
            raise RuleInputError("统计期 %r 的月份 %d 不在 1–12 之间；可写作 %s" % (raw, month, _PERIOD_FORMS))
        period = ("month", m.group(1), month)
    else:
        raise RuleInputError("读不出统计期 %r；可写作 %s" % (raw, _PERIOD_FORMS))
    year = int(period[1])
    if not 2000 <= year <= 2099:
        raise RuleInputError("统计期 %r 的年份 %d 不合理（应在 2000–2099 之间）；可写作 %s" % (raw, year, _PERIOD_FORMS))
    return Period(period[0], year, period[2])


def month_code(month):
    return "%04d-%02d" % tuple(month)
