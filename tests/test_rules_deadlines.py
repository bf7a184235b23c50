"""Deadlines from the policy calendar, and the 2022 policy file's numbers against the seed plan."""

import datetime

import pytest

from wpzf.rules import deadlines as dl
from wpzf.rules.policy import load_policy

POLICY = load_policy(2022)
D = datetime.date


@pytest.mark.parametrize("text,month", [("2022-03", (2022, 3)), ("202203", (2022, 3)), ("2022年3月", (2022, 3)),
                                        ("2022-3", (2022, 3)), ("2022-03-15", (2022, 3)), ("第3批", None),
                                        ("", None), (None, None), ("2022-13", None), ((2022, 12), (2022, 12))])
def test_parse_month(text, month):
    assert dl.parse_month(text) == month


@pytest.mark.parametrize("text,day", [("2022-03-15", D(2022, 3, 15)), ("2022/3/5", D(2022, 3, 5)),
                                      ("20220315", D(2022, 3, 15)), ("2022:03:15 10:20:00", D(2022, 3, 15)),
                                      ("2022-02-30", None), ("昨天", None)])
def test_parse_date(text, day):
    assert dl.parse_date(text) == day


@pytest.mark.parametrize("batch,clear,check", [
    ((2022, 1), D(2022, 2, 28), D(2022, 3, 15)),
    ((2022, 3), D(2022, 4, 30), D(2022, 5, 15)),
    ((2022, 11), D(2022, 12, 31), D(2023, 1, 15)),
    ((2022, 12), D(2023, 1, 31), D(2023, 2, 15)),
    ((2024, 1), D(2024, 2, 29), D(2024, 3, 15)),
])
def test_monthly_clear_and_check(batch, clear, check):
    assert dl.monthly_clear_due(batch, POLICY) == clear
    assert dl.monthly_check_due(batch, POLICY) == check


def test_milestones_of_2022():
    assert [(m[0], m[2]) for m in dl.milestones(POLICY)] == [
        ("plan_filing", D(2022, 6, 20)), ("half_year", D(2022, 6, 30)), ("annual", D(2023, 2, 28))]


def test_next_due_lists_upcoming_only_in_order():
    items = dl.next_due(D(2022, 5, 1), POLICY, [(2022, 3), (2022, 4), None])
    dates = [i[0] for i in items]
    assert dates == sorted(dates)
    assert dates[0] == D(2022, 5, 15)  # 2022-03 batch 月核; its 月清 (4-30) is past
    assert ("monthly_clear:2022-04" in [i[1] for i in items]) and D(2022, 4, 30) not in dates


def test_overdue_patches():
    patches = [{"JCBH": "A", "PC": "2022-03", "HSZT": "已判定"}, {"JCBH": "B", "PC": "2022-03", "HSZT": "已确认"},
               {"JCBH": "C", "PC": "2022-04", "HSZT": "待核查"}, {"JCBH": "D", "PC": "", "HSZT": ""}]
    late = dl.overdue(patches, D(2022, 5, 2), POLICY)
    assert late == [("A", D(2022, 4, 30), 2, "已判定")]


def test_policy_2022_numbers_match_the_plan():
    acc = POLICY["accountability"]
    assert acc["thresholds_mu"]["county"] == 100 and acc["thresholds_mu"]["city"] == 500
    assert acc["thresholds_mu"]["province"] == 5000 and acc["ratio_threshold_pct"] == 15
    ded = acc["deductions"]
    assert (ded["approved_afterwards"]["numerator"], ded["approved_afterwards"]["base"]) == (True, False)
    assert (ded["demolished_restored"]["numerator"], ded["demolished_restored"]["base"]) == (True, True)
    assert ded["major_infrastructure"]["not_at_levels"] == ["province"]
    assert acc["excluded_from_both"]["XZCL"] == ["存量"]
    assert acc["excluded_from_both"]["PDXL"] == ["农业项目破坏耕地"]
    assert set(acc["no_longer_deductible"]) == {"一户一宅农村宅基地", "保障性安居工程"}
    assert POLICY["prejudge"]["leadership_check_mu"] == 50
    assert POLICY["prejudge"]["approval_coverage_tolerance_mu"] == 0.001
    assert POLICY["selfcheck"]["area_tolerance_mu"] == {"equal": 0.01, "warning": 0.1, "severe": 1}
    assert "seed" in POLICY["source"] and "DOMAIN.md" in POLICY["source"]


def test_policy_copies_are_private():
    a = load_policy(2022)
    a["accountability"]["thresholds_mu"]["county"] = 1
    assert load_policy(2022)["accountability"]["thresholds_mu"]["county"] == 100


# ---- working days: 约谈/启动问责 reported within 5 working days (方案六(三)) -----------------------------------------

def _workdays_by_hand(start, n, off, on):
    """Independent count: walk the calendar day by day."""
    day, count = start, 0
    while count < n:
        day += datetime.timedelta(days=1)
        if day in on or (day.weekday() < 5 and day not in off):
            count += 1
    return day


_OFF_2022 = {D(2022, 4, 30) + datetime.timedelta(days=i) for i in range(5)} | \
    {D(2022, 10, 1) + datetime.timedelta(days=i) for i in range(7)} | {D(2022, 6, 3), D(2022, 6, 4), D(2022, 6, 5)}
_ON_2022 = {D(2022, 5, 7), D(2022, 10, 8), D(2022, 10, 9), D(2022, 4, 24)}


@pytest.mark.parametrize("start,due", [
    (D(2022, 5, 9), D(2022, 5, 16)),    # Monday → the next Monday
    (D(2022, 4, 28), D(2022, 5, 9)),    # 劳动节 4-30..5-4 off, Saturday 5-7 a working day
    (D(2022, 9, 30), D(2022, 10, 12)),  # 国庆 10-1..10-7 off, 10-8 and 10-9 working days
    (D(2022, 6, 1), D(2022, 6, 9)),     # 端午 6-3 (Friday) off
    (D(2022, 5, 13), D(2022, 5, 20)),   # Friday
])
def test_interview_report_due_in_five_working_days(start, due):
    assert _workdays_by_hand(start, 5, _OFF_2022, _ON_2022) == due
    assert dl.report_due("interview_report", start, POLICY) == due
    assert dl.report_due("accountability_report", start.isoformat(), POLICY) == due


def test_working_days_without_holidays_only_skip_weekends():
    cal = dl.WorkCalendar()
    assert cal.add_workdays(D(2022, 4, 28), 5) == D(2022, 5, 5)
    assert not cal.is_workday(D(2022, 5, 7)) and cal.is_workday(D(2022, 5, 2))


def test_holidays_are_local_data_with_their_source():
    holidays = POLICY["local"]["holidays"]
    assert holidays["source"].startswith("本县规定") and "2022-10-01/2022-10-07" in holidays["value"]
    assert POLICY["deadlines"]["interview_report"]["workdays_after"] == 5
    assert POLICY["deadlines"]["interview_report"]["source"] == "方案六(三)"


def test_bad_holiday_entry_is_a_policy_error():
    from wpzf.rules.errors import PolicyError
    with pytest.raises(PolicyError) as err:
        dl.WorkCalendar(["2022-10-07/2022-10-01"])
    assert "2022-10-07/2022-10-01" in str(err.value)
