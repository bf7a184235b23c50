"""rules/reports/: periods, bulletin figures, review, annual figures, military register, 挂图作战 states, deadlines.

Expected numbers are worked out by hand in the comments from the small data set below (2022 policy: ratio line
15 %, township and county area threshold 100 亩).
"""
import datetime

import pytest

from wpzf.rules import reports as P
from wpzf.rules.errors import RuleInputError
from wpzf.rules.policy import load_policy
from wpzf.rules.selfcheck import Problem

POLICY = load_policy(2022)
A, B = ("450199101", "甲镇"), ("450199102", "乙乡")


def patch(jcbh, town, pc, **values):
    base = {"JCBH": jcbh, "XZQDM": "450199", "XMC": "示范县", "XZDM": town[0], "XZMC": town[1], "PC": pc,
            "HSZT": "待核查"}
    base.update(values)
    return base


def sample():
    return [
        patch("A1", A, "2022-01", PDLX="违法", PDXL="非农化", XZCL="新增", GDMJ=120, TBMJ=150, YJJBNTMJ=10,
              HSZT="已确认", ZGZT="未整改", SFLA=1),
        patch("A2", A, "2022-01", PDLX="合法", PDXL="批文", GDMJ=200, TBMJ=250, HSZT="已确认"),
        patch("A3", A, "2022-02", PDLX="违法", PDXL="乱占耕地建房", XZCL="新增", GDMJ=30, TBMJ=40, CCFGMJ=30,
              ZGZT="已整改", ZGCS="拆除复耕", HSZT="已填报"),
        patch("A4", A, "2022-03", GDMJ=1, TBMJ=5),
        patch("B1", B, "2022-02", PDLX="违法", PDXL="非农化", XZCL="存量", GDMJ=50, TBMJ=60, HSZT="已确认",
              ZGZT="整改中"),
        patch("B2", B, "2022-02", PDLX="合法", PDXL="批文", GDMJ=100, TBMJ=100, HSZT="已判定"),
        patch("B3", B, "2022-03", PDLX="违法", PDXL="非农化", XZCL="新增", GDMJ=10, TBMJ=12, BBGDMJ=4,
              ZGZT="整改中", ZGCS="补办手续", HSZT="已判定"),
    ]


# ---- periods -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,code,label,start,end,previous", [
    ("2022-03", "2022-03", "2022年3月", (2022, 3, 1), (2022, 3, 31), "2022-02"),
    ("202203", "2022-03", "2022年3月", (2022, 3, 1), (2022, 3, 31), "2022-02"),
    ("2022年3月", "2022-03", "2022年3月", (2022, 3, 1), (2022, 3, 31), "2022-02"),
    ("2022-01", "2022-01", "2022年1月", (2022, 1, 1), (2022, 1, 31), "2021-12"),
    ("2024-02", "2024-02", "2024年2月", (2024, 2, 1), (2024, 2, 29), "2024-01"),
    ("2022Q1", "2022Q1", "2022年第一季度", (2022, 1, 1), (2022, 3, 31), "2021Q4"),
    ("2022 q3", "2022Q3", "2022年第三季度", (2022, 7, 1), (2022, 9, 30), "2022Q2"),
    ("2022年第四季度", "2022Q4", "2022年第四季度", (2022, 10, 1), (2022, 12, 31), "2022Q3"),
    ("2022H1", "2022H1", "2022年上半年", (2022, 1, 1), (2022, 6, 30), "2021H2"),
    ("2022年下半年", "2022H2", "2022年下半年", (2022, 7, 1), (2022, 12, 31), "2022H1"),
    ("2022", "2022", "2022年度", (2022, 1, 1), (2022, 12, 31), "2021"),
    ("2022年度", "2022", "2022年度", (2022, 1, 1), (2022, 12, 31), "2021"),
])
def test_parse_period_forms(text, code, label, start, end, previous):
    period = P.parse_period(text)
    assert period.code == code and period.label == label
    assert period.start == datetime.date(*start) and period.end == datetime.date(*end)
    assert period.previous().code == previous
    assert P.parse_period(period.code) == period  # the canonical code reads back


@pytest.mark.parametrize("text,words", [
    ("2022-13", "1–12"), ("2022Q5", "读不出"), ("三月", "读不出"), ("", "读不出"), ("1999", "2000–2099"),
])
def test_parse_period_errors_name_the_accepted_forms(text, words):
    with pytest.raises(RuleInputError) as err:
        P.parse_period(text)
    assert words in str(err.value) and "2022Q1" in str(err.value)


def test_period_months_and_contains():
    q2 = P.parse_period("2022Q2")
    assert q2.months() == [(2022, 4), (2022, 5), (2022, 6)]
    assert q2.contains((2022, 6)) and not q2.contains((2022, 7)) and not q2.contains(None)


# ---- bulletin ----------------------------------------------------------------------------------------------------

def figures(today="2022-04-10", period="2022-03", patches=None):
    return P.bulletin_figures(patches or sample(), P.parse_period(period), POLICY, today)


def test_bulletin_progress_counts_by_township():
    f = figures()
    a, b = f["rows"]
    assert (a["DWDM"], b["DWDM"]) == (A[0], B[0])
    # A: 4 patches (A4 in March), 3 judged, 3 filled (两已确认 + 一已填报), 2 confirmed
    assert (a["LJXF"], a["BQXF"], a["YPD"], a["YTB"], a["YQR"]) == (4, 1, 3, 3, 2)
    assert (b["LJXF"], b["BQXF"], b["YPD"], b["YTB"], b["YQR"]) == (3, 1, 3, 1, 1)
    assert a["QRL"] == pytest.approx(50.0) and b["QRL"] == pytest.approx(100.0 / 3)
    # 月清 of the February batch was due 2022-03-31: A3 (已填报) and B2 (已判定) are 10 days late;
    # the March batch is due 2022-04-30, the January patches are confirmed.
    assert (a["YQS"], a["YQTS"], b["YQS"], b["YQTS"]) == (1, 10, 1, 10)
    c = f["county"]
    assert (c["LJXF"], c["BQXF"], c["YPD"], c["YTB"], c["YQR"], c["YQS"]) == (7, 2, 6, 4, 3, 2)


def test_bulletin_illegal_and_rectification():
    a, b = figures()["rows"]
    assert (a["WFTBS"], a["WFMJ"], a["WFGD"], a["WFJBNT"]) == (2, 190, 150, 10)
    assert (a["CCFG"], a["BBSX"], a["LAS"], a["YZG"], a["WZG"], a["SYGD"]) == (30, 0, 1, 1, 1, 120)
    assert (b["WFTBS"], b["WFMJ"], b["WFGD"], b["WFJBNT"]) == (2, 72, 60, 0)
    assert (b["CCFG"], b["BBSX"], b["LAS"], b["YZG"], b["WZG"], b["SYGD"]) == (0, 4, 0, 0, 2, 56)


def test_bulletin_ratio_rank_and_change():
    f = figures()
    a, b = f["rows"]
    # A: base 200 + 120 + 30 − 30 (demolished) = 320, illegal 150 − 30 = 120 → 37.5 %, 120 亩 ≥ 100: accountable
    assert (a["WFGDMJ"], a["XZGDMJ"]) == (pytest.approx(120), pytest.approx(320))
    assert a["WFBL"] == pytest.approx(37.5) and a["SFWZ"] == 1 and a["PM"] == 1
    # B: B1 is 存量 (not counted); base 100 + 10 = 110, illegal 10 − 4 (approved: numerator only) = 6
    assert b["WFBL"] == pytest.approx(600.0 / 110) and b["SFWZ"] == 0 and b["PM"] == 2
    # previous period (Jan–Feb): A 37.5 % rank 1; B only B1 (存量) and B2 (合法): 0 % rank 2
    assert f["previous"].code == "2022-02"
    assert (a["SQWFBL"], a["SQPM"], a["PMBH"]) == (pytest.approx(37.5), 1, 0)
    assert (b["SQWFBL"], b["BLBH"], b["SQPM"], b["PMBH"]) == (0.0, pytest.approx(600.0 / 110), 2, 0)
    # county: illegal 160 − 30 − 4 = 126, base 460 − 30 = 430
    c = f["county"]
    assert c["WFBL"] == pytest.approx(12600.0 / 430) and c["SFWZ"] == 1
    assert c["DWDM"] == "450199" and c["PM"] is None


def test_bulletin_trend_is_cumulative_by_month():
    trend = figures()["trend"]
    assert [t["YF"] for t in trend] == ["2022-01", "2022-02", "2022-03"]
    # Jan: A1+A2 → 120/320; Feb: + A3, B1 (存量), B2 → (150−30)/(450−30); Mar: + B3 → 126/430
    assert [t["WFBL"] for t in trend] == [pytest.approx(37.5), pytest.approx(12000.0 / 420),
                                          pytest.approx(12600.0 / 430)]


def test_bulletin_first_month_of_year_has_no_previous_period():
    f = figures(period="2022-01")
    assert f["previous"] is None and all(r["SQPM"] is None for r in f["rows"])
    # only the January batch counts: B has no patches yet but still gets a row
    assert [r["LJXF"] for r in f["rows"]] == [2, 0]


def test_warning_lines_with_reasons():
    found = {w["DWDM"]: w for w in figures()["warnings"]}
    a = found[A[0]]
    assert len(a["reasons"]) == 3
    assert "1 个图斑超过月清期限" in a["YY"] and "37.50%" in a["YY"] and "问责条件" in a["YY"]
    assert "约谈" in a["JY"]
    b = found[B[0]]
    assert len(b["reasons"]) == 1 and "超过月清期限" in b["YY"]


def test_warning_for_rectification_behind_schedule():
    # rectification is due 3 months after 月清: Jan batch 2022-05-31, Feb 2022-06-30, Mar 2022-07-31
    f = figures(today="2022-07-10")
    a, b = f["rows"]
    assert (a["ZGYQ"], a["ZGYQGD"]) == (1, 120)     # A1; A3 is rectified
    assert (b["ZGYQ"], b["ZGYQGD"]) == (1, 50)      # B1; B3 (March) is not yet due
    found = {w["DWDM"]: w["YY"] for w in f["warnings"]}
    assert "1 个违法图斑月清后 3 个月（本县规定）仍未整改到位（剩余耕地 50.00 亩）" in found[B[0]]


def test_no_warning_when_all_is_well():
    patches = [patch("C1", A, "2022-03", PDLX="合法", PDXL="批文", GDMJ=5, TBMJ=5, HSZT="已确认")]
    assert figures(patches=patches)["warnings"] == []


def test_unreadable_batch_names_the_patch():
    patches = sample() + [patch("X9", A, "第三批")]
    with pytest.raises(RuleInputError) as err:
        figures(patches=patches)
    assert "X9" in str(err.value) and "第三批" in str(err.value)


def test_two_county_codes_are_refused():
    patches = sample()
    patches[0]["XZQDM"] = "450100"
    with pytest.raises(RuleInputError) as err:
        figures(patches=patches)
    assert "450100" in str(err.value) and "450199" in str(err.value)


def test_unplaced_patches_get_their_own_row_last():
    patches = sample() + [patch("N1", ("", ""), "2022-03", PDLX="违法", PDXL="非农化", XZCL="新增", GDMJ=2, TBMJ=2)]
    rows = figures(patches=patches)["rows"]
    assert rows[-1]["DWMC"] == P.NO_TOWNSHIP and rows[-1]["WFTBS"] == 1


# ---- quarterly review ----------------------------------------------------------------------------------------------

def test_disagreements_with_reasons():
    patches = [
        patch("D1", A, "2022-01", YPPDLX="违法", YPPDXL="非农化", YPLY="未见审批", PDLX="其他用地", PDXL="设施农业用地",
              BABH="设施备2022-3", BZ="已补充备案"),
        patch("D2", A, "2022-01", YPPDLX="违法", YPPDXL="非农化", PDLX="违法", PDXL="乱占耕地建房"),
        patch("D3", B, "2022-01", YPPDLX="合法", YPPDXL="批文", PDLX="合法", PDXL="批文"),
        patch("D4", B, "2022-01", YPPDLX="合法", PDLX=""),
    ]
    found = {d["JCBH"]: d for d in P.disagreements(patches)}
    assert set(found) == {"D1", "D2"}
    assert found["D1"]["YP"] == "违法/非农化" and found["D1"]["PD"] == "其他用地/设施农业用地"
    assert found["D1"]["YPLY"] == "未见审批" and "设施备2022-3" in found["D1"]["GPYJ"]
    assert found["D2"]["GPYJ"] == ""  # unexplained


def test_rectification_problems():
    patches = [
        patch("R1", A, "2022-01", PDLX="违法", GDMJ=10, CCFGMJ=10, ZGZT="已整改", ZGRQ="2022-03-01"),
        patch("R2", A, "2022-01", PDLX="违法", GDMJ=10, CCFGMJ=10, ZGZT="已整改", ZGRQ="2022-03-01"),
        patch("R3", A, "2022-01", PDLX="违法", GDMJ=10, CCFGMJ=10, ZGZT="已整改"),
        patch("R4", A, "2022-01", PDLX="违法", GDMJ=10, CCFGMJ=4, ZGZT="已整改", ZGRQ="2022-03-01"),
    ]
    photos = {"R1": [{"JCBH": "R1", "TAKEN_AT": "2022:03:02 10:00:00"}],
              "R2": [{"JCBH": "R2", "TAKEN_AT": "2022-02-01 10:00:00"}],
              "R4": [{"JCBH": "R4", "TAKEN_AT": "2022-03-05"}]}
    problems = [Problem("R4", "C04", "警告", "图斑 R4：整改状态为已整改，但仍有 6.00 亩耕地未拆除复耕或补办手续", "ZGZT")]
    found = {r["JCBH"]: r for r in P.rectification_problems(patches, photos, problems)}
    assert set(found) == {"R2", "R3", "R4"}
    assert "2022-03-01 整改完成之后拍摄的照片" in found["R2"]["WT"]
    assert "未填整改完成日期" in found["R3"]["WT"]
    assert found["R4"]["SYMJ"] == pytest.approx(6) and "6.00 亩" in found["R4"]["WT"]


def test_review_figures_counts():
    patches = sample()
    patches[0].update(YPPDLX="违法", YPPDXL="非农化")   # agrees
    patches[1].update(YPPDLX="违法", YPPDXL="非农化")   # 合法 now: disagrees, no reason given
    photos = [{"JCBH": "A1", "PATH": "a1.jpg", "TAKEN_AT": "2022-02-01", "DIST_M": 3.0}]
    f = P.review_figures(patches, photos, P.parse_period("2022Q1"), POLICY, "2022-04-10")
    assert (f["scope_count"], f["period_count"], f["judged"]) == (7, 7, 6)
    assert (f["prejudged_both"], f["agreed"], f["unexplained"]) == (2, 1, 1)
    assert [d["JCBH"] for d in f["disagreements"]] == ["A2"]
    # A3 is 已整改 without a completion date
    assert [r["JCBH"] for r in f["rectification"]] == ["A3"]
    e01 = [r for r in f["evidence_rules"] if r["GZBH"] == "E01"][0]
    assert e01["TBS"] == 5  # judged without photos: A2, A3, B1, B2, B3
    town = {t["DWDM"]: t for t in f["towns"]}
    assert (town[A[0]]["BYZ"], town[A[0]]["WSM"], town[A[0]]["ZGBS"]) == (1, 1, 1)
    assert town[B[0]]["ZJWT"] == 3
    assert sum(f["severity_counts"].values()) == len(f["problems"])


# ---- half-year / annual ------------------------------------------------------------------------------------------

def test_annual_category_rows_and_totals():
    f = P.annual_figures(sample(), P.parse_period("2022H1"), POLICY)
    rows = {(r["PDLX"], r["PDXL"]): r for r in f["categories"]}
    assert rows[("违法", "非农化")]["TBS"] == 3 and rows[("违法", "非农化")]["GDMJ"] == 180
    assert rows[("违法", "小计")]["TBS"] == 4 and rows[("违法", "小计")]["MJ"] == 262
    assert rows[("合法", "小计")]["GDMJ"] == 300
    assert rows[(P.UNJUDGED, "—")]["TBS"] == 1
    assert rows[("合计", "")]["TBS"] == 7 and rows[("合计", "")]["MJ"] == 617
    ages = {r["XZCL"]: r for r in f["illegal_age"]}
    assert (ages["新增"]["TBS"], ages["新增"]["GDMJ"], ages["存量"]["GDMJ"], ages["合计"]["MJ"]) == (3, 160, 50, 262)
    measures = {r["ZGCS"]: r for r in f["measures"]}
    assert measures["拆除复耕"]["YZG"] == 1 and measures["补办手续"]["BBGDMJ"] == 4
    assert measures[P.UNSPECIFIED]["TBS"] == 2 and measures["合计"]["TBS"] == 4
    assert measures["合计"]["ZGZ"] == 2 and measures["合计"]["WZG"] == 1 and measures["合计"]["LAS"] == 1
    assert [m["YF"] for m in f["months"]] == ["2022-01", "2022-02", "2022-03"]
    assert [m["TBS"] for m in f["months"]] == [2, 3, 2]


def test_annual_accountability_and_quota():
    f = P.annual_figures(sample(), P.parse_period("2022"), POLICY)
    towns = {r["DWDM"]: r for r in f["accountability"]}
    assert towns[A[0]]["SFWZ"] == 1 and towns[A[0]]["PM"] == 1
    assert f["county"]["WFGDMJ"] == pytest.approx(126)
    # 增违挂钩 (方案四(二)): frozen = new illegal farmland 120 + 30 + 10. A3's 30 亩 demolished is not accepted by
    # the city nor confirmed by the region, B3's 4 亩 approved has no case (SFLA): all 160 亩 stay frozen.
    q = f["quota_total"]
    assert (q["DJZB"], q["JDZB"], q["KJZB"], q["SYDJ"]) == (pytest.approx(160), 0, 0, pytest.approx(160))
    assert (q["DJWZG"], q["DJDYS"], q["DJDCC"]) == (pytest.approx(126), pytest.approx(30), pytest.approx(4))
    # accepted 2022-11-20, confirmed 2022-12-05, B3 filed: released 30, deducted 4
    patches = sample()
    patches[2].update(SJYSRQ="2022-11-20", ZZQQRRQ="2022-12-05")
    patches[6].update(SFLA=1)
    q = P.annual_figures(patches, P.parse_period("2022"), POLICY)["quota_total"]
    assert (q["DJZB"], q["JDZB"], q["KJZB"], q["SYDJ"]) == (pytest.approx(160), pytest.approx(30),
                                                           pytest.approx(4), pytest.approx(126))
    # the half-year report counts only what was confirmed by 6-30: the region's 12-05 confirmation is later
    q = P.annual_figures(patches, P.parse_period("2022H1"), POLICY)["quota_total"]
    assert (q["JDZB"], q["KJZB"], q["DJDYS"]) == (0, pytest.approx(4), pytest.approx(30))


def test_annual_needs_half_or_year():
    with pytest.raises(RuleInputError) as err:
        P.annual_figures(sample(), P.parse_period("2022-03"), POLICY)
    assert "2022H1" in str(err.value)


def test_annual_township_without_patches_has_zero_row():
    f = P.annual_figures(sample(), P.parse_period("2022"), POLICY, townships=[("450199109", "丙乡")])
    row = {r["DWDM"]: r for r in f["accountability"]}["450199109"]
    assert row["WFBL"] == 0 and row["SFWZ"] == 0 and row["DWMC"] == "丙乡" and row["PM"] == 3


# ---- military register -------------------------------------------------------------------------------------------

def test_military_rows_only_flagged_and_by_period():
    patches = sample()
    patches[1]["SFJYD"] = 1
    patches[4]["SFJYD"] = "是"
    patches[5]["SFJYD"] = 0
    rows = P.military_rows(patches)
    assert [r["JCBH"] for r in rows] == ["A2", "B1"] and [r["XH"] for r in rows] == [1, 2]
    assert rows[0]["MJ"] == 250 and rows[0]["PDLX"] == "合法"
    assert [r["JCBH"] for r in P.military_rows(patches, P.parse_period("2022-02"))] == ["B1"]


def test_military_bad_flag_names_patch():
    patches = sample()
    patches[2]["SFJYD"] = "也许"
    with pytest.raises(RuleInputError) as err:
        P.military_rows(patches)
    assert "A3" in str(err.value) and "SFJYD" in str(err.value)


# ---- 挂图作战 and deadlines ----------------------------------------------------------------------------------------

def test_battle_states():
    states = {p["JCBH"]: P.battle_state(p) for p in sample()}
    assert states == {"A1": "违法未整改", "A2": "已办结", "A3": "已办结", "A4": "未判定", "B1": "整改中",
                      "B2": "已办结", "B3": "整改中"}


def test_due_items_most_urgent_first():
    items = P.due_items(sample(), "2022-04-10", POLICY)
    got = [(i["JCBH"], "月清" if "月清" in i["SX"] else i["SX"], i["DQR"], i["days"]) for i in items]
    assert got == [
        ("A3", "月清", "2022-03-31", -10),   # February batch, not confirmed
        ("B2", "月清", "2022-03-31", -10),
        ("A4", "月清", "2022-04-30", 20),    # March batch
        ("B3", "月清", "2022-04-30", 20),
        ("A1", "整改到位", "2022-05-31", 51),  # illegal, not rectified: 月清 + 3 months
        ("B1", "整改到位", "2022-06-30", 81),
        ("B3", "整改到位", "2022-07-31", 112),
    ]
    assert items[0]["YQ"] == "逾期 10 天" and items[2]["YQ"] == "剩余 20 天"


def test_deadline_view_for_the_dock():
    view = P.deadline_view(sample(), datetime.date(2022, 4, 10), POLICY)
    assert [(o["JCBH"], o["days_late"]) for o in view["overdue"]] == [("A3", 10), ("B2", 10)]
    assert view["overdue"][0]["XZMC"] == "甲镇"
    kinds = [u["kind"] for u in view["upcoming"]]
    dates = [u["date"] for u in view["upcoming"]]
    assert dates == sorted(dates)
    # the February batch's 月核 (2022-04-15) is next; the March batch's 月清 by 2022-04-30
    assert view["next_monthly_check"] == datetime.date(2022, 4, 15)
    assert kinds[0] == "monthly_check:2022-02" and view["upcoming"][0]["soon"] is True
    assert view["next_quarter_end"] == datetime.date(2022, 6, 30)
    for kind, day in (("plan_filing", (2022, 6, 20)), ("half_year", (2022, 6, 30)), ("annual", (2023, 2, 28)),
                      ("quarter_review:2022Q3", (2022, 9, 30))):
        assert datetime.date(*day) in [u["date"] for u in view["upcoming"] if u["kind"] == kind]
    assert all(u["days_left"] >= 0 for u in view["upcoming"])
    assert "monthly_clear:2022-01" not in kinds  # already past


def test_deadline_view_needs_a_date():
    with pytest.raises(RuleInputError):
        P.deadline_view(sample(), None, POLICY)


# ---- county rules in the bulletin: warning line, ranking, letters (本县规定) ------------------------------------

def test_warning_line_is_the_countys_setting():
    policy = load_policy(2022)
    policy["local"]["warning_ratio_pct"]["value"] = 5
    # B: 6 / 110 = 5.45 %: below the plan's 15 % but above the county's own 5 % line
    f = P.bulletin_figures(sample(), P.parse_period("2022-03"), policy, "2022-04-10")
    b = {w["DWDM"]: w for w in f["warnings"]}[B[0]]
    assert "违法占用耕地比例 5.45%，达到 5% 警戒线（本县规定）" in b["YY"]
    assert not any("警戒线" in w["YY"] for w in figures()["warnings"] if w["DWDM"] == B[0])


def test_warning_ratio_just_below_the_line_is_not_printed_as_the_line():
    # 甲镇: 14.99993 % (149.9993 / 1000) must not be warned, and nothing may print it as 15.00%
    patches = [patch("N1", A, "2022-03", PDLX="违法", PDXL="非农化", XZCL="新增", GDMJ=149.9993, TBMJ=150,
                     HSZT="已确认", ZGZT="未整改"),
               patch("N2", A, "2022-03", PDLX="合法", PDXL="批文", GDMJ=850.0007, TBMJ=851, HSZT="已确认")]
    f = P.bulletin_figures(patches, P.parse_period("2022-03"), POLICY, "2022-04-10")
    row = f["rows"][0]
    assert row["BLDB"] == 0 and row["SFWZ"] == 0 and f["warnings"] == []
    # exactly on the line: warned, and printed as 15.00%
    patches[0]["GDMJ"], patches[1]["GDMJ"] = 150.0, 850.0
    found = P.bulletin_figures(patches, P.parse_period("2022-03"), POLICY, "2022-04-10")["warnings"]
    assert "违法占用耕地比例 15.00%，达到 15% 警戒线（本县规定）" in found[0]["YY"]


def test_letters_by_the_countys_rules():
    f = figures()
    found = {w["DWDM"]: w for w in f["warnings"]}
    # 甲镇 reached the accountability condition: the heavier 自然资源执法监督建议函
    assert found[A[0]]["HJ"] == "自然资源执法监督建议函" and "达到问责条件" in found[A[0]]["HJYJ"]
    # 乙乡 only has a patch past 月清: 警示提醒函
    assert found[B[0]]["HJ"] == "警示提醒函" and found[B[0]]["HJYJ"] == "有图斑超过月清期限"


def test_letter_for_a_ratio_over_the_line_two_periods_running():
    policy = load_policy(2022)
    policy["local"]["warning_ratio_pct"]["value"] = 5
    # 乙乡: February 0 % (only 存量 and legal), March 5.45 %: once only → 警示提醒函
    f = P.bulletin_figures(sample(), P.parse_period("2022-03"), policy, "2022-04-10")
    assert {w["DWDM"]: w for w in f["warnings"]}[B[0]]["HJ"] == "警示提醒函"
    # move B3 to February: over the line in both periods → 监督建议函
    patches = sample()
    patches[6]["PC"] = "2022-02"
    f = P.bulletin_figures(patches, P.parse_period("2022-03"), policy, "2022-04-10")
    b = {w["DWDM"]: w for w in f["warnings"]}[B[0]]
    assert b["HJ"] == "自然资源执法监督建议函" and "连续两期" in b["HJYJ"] and "上期亦达到" in b["YY"]


def test_letter_rules_can_send_no_letter():
    policy = load_policy(2022)
    policy["local"]["letters"]["value"]["warning"]["when"]["clear_overdue"] = False
    found = {w["DWDM"]: w for w in P.bulletin_figures(sample(), P.parse_period("2022-03"), policy,
                                                      "2022-04-10")["warnings"]}
    assert found[B[0]]["HJ"] == "不发函"


def test_bulletin_ranks_by_illegal_area_first():
    patches = [patch("S1", B, "2022-03", PDLX="违法", PDXL="非农化", XZCL="新增", GDMJ=0.92, TBMJ=1, HSZT="已确认"),
               patch("S2", B, "2022-03", PDLX="合法", PDXL="批文", GDMJ=0.08, TBMJ=1, HSZT="已确认"),
               patch("S3", A, "2022-03", PDLX="违法", PDXL="非农化", XZCL="新增", GDMJ=50, TBMJ=60, HSZT="已确认"),
               patch("S4", A, "2022-03", PDLX="合法", PDXL="批文", GDMJ=450, TBMJ=460, HSZT="已确认")]
    rows = {r["DWDM"]: r for r in P.bulletin_figures(patches, P.parse_period("2022-03"), POLICY, "2022-04-10")["rows"]}
    assert rows[B[0]]["WFBL"] == pytest.approx(92.0) and rows[B[0]]["PM"] == 2 and rows[A[0]]["PM"] == 1


# ---- obligations in the deadline view: 约谈/问责 reports, 市级反馈问题 ---------------------------------------------

def test_deadline_view_lists_reports_owed_after_an_interview():
    from wpzf.rules import interviews
    records, _r, _a = interviews.record([], "约谈", A[0], A[1], "2022-04-28")
    records, _r, _a = interviews.record(records, "启动问责", B[0], B[1], "2022-04-01")
    records, _r, _a = interviews.record(records, "约谈", B[0], B[1], "2022-03-01", reported="2022-03-04")
    import json
    view = P.deadline_view(sample(), datetime.date(2022, 5, 5), POLICY,
                           settings={"interviews": json.dumps(records, ensure_ascii=False)})
    owed = {o["kind"].split(":")[0]: o for o in view["obligations"]}
    assert set(owed) == {"interview_report", "accountability_report"}  # the reported one is done
    # 甲镇 约谈 on Thursday 4-28: 4-29, (4-30..5-4 holiday), 5-5, 5-6, 5-7 (调休上班), 5-9 → due 2022-05-09
    assert owed["interview_report"]["date"] == datetime.date(2022, 5, 9)
    assert owed["interview_report"]["days_left"] == 4 and owed["interview_report"]["soon"] is True
    assert "甲镇 2022-04-28 约谈" in owed["interview_report"]["label"] and "方案六(三)" in owed["interview_report"]["label"]
    # 乙乡 启动问责 on Friday 4-1: 4-2 (调休上班), (4-3..4-5 清明), 4-6, 4-7, 4-8, 4-11 → overdue on 5-5
    late = owed["accountability_report"]
    assert late["overdue"] is True and late["date"] == datetime.date(2022, 4, 11)
    assert late in view["upcoming"] and view["upcoming"][0] is late  # overdue first
    assert view["warnings"] == []


def test_deadline_view_lists_open_city_feedback_items():
    import json
    items = [{"ID": "4月-1", "QD": "4月", "XH": "1", "JCBH": "A1", "WTMS": "举证不足", "ZGYQ": "补拍", "QX": "2022-05-01",
              "ZT": "未整改", "ZGSM": "", "XHRQ": ""},
             {"ID": "4月-2", "QD": "4月", "XH": "2", "JCBH": "B1", "WTMS": "面积不符", "ZGYQ": "重填", "QX": "2022-05-20",
              "ZT": "已整改", "ZGSM": "已重填", "XHRQ": ""},
             {"ID": "4月-3", "QD": "4月", "XH": "3", "JCBH": "", "WTMS": "台账缺", "ZGYQ": "补", "QX": "2022-04-20",
              "ZT": "已销号", "ZGSM": "已补", "XHRQ": "2022-04-25"}]
    view = P.deadline_view(sample(), datetime.date(2022, 5, 5), POLICY,
                           settings={"city_feedback": json.dumps(items, ensure_ascii=False)})
    got = {o["kind"]: o for o in view["obligations"]}
    assert set(got) == {"city_feedback:4月-1", "city_feedback:4月-2"}  # the closed one is done
    assert got["city_feedback:4月-1"]["overdue"] is True and got["city_feedback:4月-1"]["days_left"] == -4
    assert "已整改待销号" in got["city_feedback:4月-2"]["label"] and got["city_feedback:4月-2"]["overdue"] is False


def test_deadline_view_survives_a_damaged_setting():
    view = P.deadline_view(sample(), datetime.date(2022, 5, 5), POLICY, settings={"interviews": "{broken"})
    assert view["obligations"] == [] and "interviews" in view["warnings"][0]
