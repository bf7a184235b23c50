"""Deadlines from the policy calendar: 月清 and 月核 per batch month, the year's milestones.

Dates are datetime.date; a batch month is (year, month). Parsing accepts the spellings
found in batch labels and platform exports ("2022-03", "202203", "2022年3月", "2022-03-15",
"2022/3/15", EXIF "2022:03:15 10:20:00").
"""

import calendar
import datetime
import re

from . import local
from .errors import PolicyError
from .values import is_empty, text

_MONTH_PATTERNS = [
    re.compile(r"(?<!\d)(20\d\d|19\d\d)\s*[-/.年_]\s*(\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(20\d\d|19\d\d)(\d\d)(?!\d)"),
]
_DATE_PATTERNS = [
    re.compile(r"^\s*(\d{4})\s*[-/.:年]\s*(\d{1,2})\s*[-/.:月]\s*(\d{1,2})"),
    re.compile(r"^\s*(\d{4})(\d\d)(\d\d)(?!\d)"),
]


def parse_date(value):
    """A date from a date/datetime or text; None when empty or not a date."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if is_empty(value):
        return None
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text(value))
        if m:
            try:
                return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def parse_month(value):
    """(year, month) from a batch label or a date; None when no month can be read."""
    if isinstance(value, tuple) and len(value) == 2:
        return _valid_month(*value)
    day = parse_date(value)
    if day:
        return day.year, day.month
    if is_empty(value):
        return None
    for pattern in _MONTH_PATTERNS:
        m = pattern.search(text(value))
        if m:
            return _valid_month(int(m.group(1)), int(m.group(2)))
    return None


def _valid_month(year, month):
    return (int(year), int(month)) if 1 <= int(month) <= 12 else None


def add_months(month, n):
    year, mon = month
    index = year * 12 + (mon - 1) + n
    return index // 12, index % 12 + 1


def _day_in(month, day):
    year, mon = month
    last = calendar.monthrange(year, mon)[1]
    return datetime.date(year, mon, last if day == "last" else min(int(day), last))


def monthly_clear_due(batch_month, policy):
    """月清: judged, filled and confirmed by the end of the month after the batch month."""
    rule = policy["deadlines"]["monthly_clear"]
    return _day_in(add_months(batch_month, rule["months_after_batch"]), rule["day"])


def monthly_check_due(batch_month, policy):
    """月核: the self-check of that 月清 data by the 15th of the following month."""
    rule = policy["deadlines"]["monthly_check"]
    return _day_in(add_months(batch_month, rule["months_after_batch"]), rule["day"])


def milestones(policy, year=None):
    """[(id, label, date)] of the policy year's fixed dates, in date order."""
    year = int(year or policy["year"])
    result = []
    for m in policy["deadlines"]["milestones"]:
        result.append((m["id"], m["label"], datetime.date(year + m["year_offset"], m["month"], m["day"])))
    return sorted(result, key=lambda item: item[2])


def patch_batch_month(patch, batch_field="PC"):
    """The batch month of a patch, read from its batch label; None when it has none."""
    return parse_month(patch.get(batch_field))


def next_due(today, policy, batch_months=()):
    """Due items on or after `today`, soonest first: [(date, kind, label)].

    kind is 'monthly_clear:<YYYY-MM>', 'monthly_check:<YYYY-MM>' or a milestone id.
    """
    today = parse_date(today)
    items = []
    for month in sorted(set(m for m in batch_months if m)):
        tag = "%04d-%02d" % month
        items.append((monthly_clear_due(month, policy), "monthly_clear:" + tag,
                      "%s 批次%s" % (tag, policy["deadlines"]["monthly_clear"]["label"])))
        items.append((monthly_check_due(month, policy), "monthly_check:" + tag,
                      "%s 批次%s" % (tag, policy["deadlines"]["monthly_check"]["label"])))
    for mid, mlabel, day in milestones(policy):
        items.append((day, mid, mlabel))
    return sorted((i for i in items if i[0] >= today), key=lambda i: (i[0], i[1]))


CONFIRMED = "已确认"


def overdue(patches, today, policy, batch_field="PC", state_field="HSZT"):
    """Patches past their 月清 date and not yet confirmed: [(jcbh, due, days_late, state)].

    A patch whose batch month cannot be read is not listed here (self-check reports it).
    """
    today = parse_date(today)
    late = []
    for patch in patches:
        month = patch_batch_month(patch, batch_field)
        if month is None:
            continue
        due = monthly_clear_due(month, policy)
        state = text(patch.get(state_field))
        if today > due and state != CONFIRMED:
            late.append((text(patch.get("JCBH")), due, (today - due).days, state))
    return sorted(late, key=lambda row: (row[1], row[0]))


# ---- working days (方案六(三): reports due "5个工作日内") -------------------------------------------------------------

def _dates(values, what):
    """Dates from 'YYYY-MM-DD' and 'YYYY-MM-DD/YYYY-MM-DD' (a range, both ends included)."""
    out = set()
    for item in values or ():
        first, _sep, last = text(item).partition("/")
        start, end = parse_date(first), parse_date(last or first)
        if start is None or end is None or end < start:
            raise PolicyError("%s %r 不是日期或日期范围（应如 2022-10-01 或 2022-10-01/2022-10-07）" % (what, item))
        while start <= end:
            out.add(start)
            start += datetime.timedelta(days=1)
    return out


class WorkCalendar:
    """Working days: Monday to Friday, less the listed holidays, plus the listed make-up working days (调休上班)."""

    def __init__(self, holidays=(), workdays=()):
        self.holidays = _dates(holidays, "放假日")
        self.workdays = _dates(workdays, "调休上班日")

    @classmethod
    def from_policy(cls, policy):
        entry = local.entry(policy, "holidays")
        return cls(entry.get("value", ()), entry.get("workdays", ()))

    def is_workday(self, day):
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def add_workdays(self, day, n):
        """The n-th working day after `day` (the day itself is not counted: 约谈 on Monday, 5 days → next Monday)."""
        day = parse_date(day)
        count = 0
        while count < n:
            day += datetime.timedelta(days=1)
            if self.is_workday(day):
                count += 1
        return day


# The plan's own numbers (方案六(三)), used when a policy file written before these entries lacks them.
REPORT_RULES = {
    "interview_report": {"label": "约谈情况报告", "workdays_after": 5, "source": "方案六(三)",
                         "what": "开展警示约谈后5个工作日内，将约谈情况及有关材料报县卫片办"},
    "accountability_report": {"label": "启动问责情况报告", "workdays_after": 5, "source": "方案六(三)",
                              "what": "启动问责程序后5个工作日内，将启动问责情况上报县卫片办"},
}


def report_rule(kind, policy):
    """{label, workdays_after, what, source} of 'interview_report' (约谈) or 'accountability_report' (启动问责)."""
    return dict(REPORT_RULES[kind], **policy["deadlines"].get(kind, {}))


def report_due(kind, day, policy):
    """Due date of the report owed `workdays_after` working days after `day` (see report_rule)."""
    return WorkCalendar.from_policy(policy).add_workdays(day, int(report_rule(kind, policy)["workdays_after"]))
