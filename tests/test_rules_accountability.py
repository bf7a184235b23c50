"""Accountability arithmetic, hand-computed: every deduction rule, threshold edges, what-if, 增违挂钩, bad input."""

import collections

import pytest

from wpzf.rules import accountability as acc
from wpzf.rules.errors import PolicyError, RuleInputError
from wpzf.rules.policy import available_years, load_policy

POLICY = load_policy(2022)
TOWN_A, TOWN_B = "450199101", "450199102"


def unit(jcbh, pdlx, gdmj, town=TOWN_A, **kw):
    row = {"JCBH": jcbh, "XZDM": town, "XZMC": {TOWN_A: "甲镇", TOWN_B: "乙镇"}.get(town, town),
           "XZQDM": "450199", "XMC": "示范县", "PDLX": pdlx, "GDMJ": gdmj, "TBMJ": gdmj + 1}
    if pdlx == "违法":
        row.setdefault("XZCL", "新增")
        row.setdefault("PDXL", "非农化")
    row.update(kw)
    return row


def county(patches, policy=POLICY, **kw):
    rows = acc.compute(patches, policy, **kw)["rows"]
    return [r for r in rows if r["JB"] == "县级"][0]


def town(patches, code, policy=POLICY):
    return [r for r in acc.compute(patches, policy)["rows"] if r["DWDM"] == code][0]


def test_plain_ratio_without_deductions():
    row = county([unit("1", "违法", 30.0), unit("2", "合法", 70.0), unit("3", "其他用地", 500.0)])
    assert row["WFGDMJ"] == pytest.approx(30.0)
    assert row["XZGDMJ"] == pytest.approx(100.0)  # 其他用地 never counts
    assert row["WFBL"] == pytest.approx(30.0)
    assert row["SFWZ"] == 0  # 30 亩 < 100 亩


def test_approved_afterwards_deducts_numerator_only():
    row = county([unit("1", "违法", 100.0, BBGDMJ=20.0), unit("2", "合法", 300.0)])
    assert row["KJBBMJ"] == pytest.approx(20.0)
    assert row["WFGDMJ"] == pytest.approx(80.0)
    assert row["XZGDMJ"] == pytest.approx(400.0)
    assert row["WFBL"] == pytest.approx(20.0)


def test_demolished_restored_deducts_both():
    row = county([unit("1", "违法", 100.0, CCFGMJ=20.0), unit("2", "合法", 300.0)])
    assert row["KJCCMJ"] == pytest.approx(20.0)
    assert row["WFGDMJ"] == pytest.approx(80.0)
    assert row["XZGDMJ"] == pytest.approx(380.0)
    assert row["WFBL"] == pytest.approx(100.0 * 80 / 380)


def test_major_infrastructure_deducts_both_at_county_not_at_province():
    patches = [unit("1", "违法", 120.0), unit("2", "违法", 30.0, ZDJCSS=1, CCFGMJ=10.0), unit("3", "合法", 250.0)]
    row = county(patches)
    assert row["KJZDMJ"] == pytest.approx(30.0)
    assert row["KJCCMJ"] == pytest.approx(0.0)  # the project's own demolition is inside its 30 亩
    assert row["ZDCCMJ"] == pytest.approx(10.0)
    assert row["WFGDMJ"] == pytest.approx(120.0)
    assert row["XZGDMJ"] == pytest.approx(370.0)
    province = acc.aggregate([row], "45", "某省", "province", POLICY)
    # not deducted at provincial level; its demolished 10 亩 still deducts from both
    assert province["KJZDMJ"] == 0.0
    assert province["KJCCMJ"] == pytest.approx(10.0)
    assert province["WFGDMJ"] == pytest.approx(140.0)
    assert province["XZGDMJ"] == pytest.approx(390.0)
    assert province["MJYZ"] == 5000 and province["SFWZ"] == 0


def test_city_aggregate_of_two_counties_uses_city_threshold():
    a = county([unit("1", "违法", 300.0, ZDJCSS=1), unit("2", "违法", 250.0), unit("3", "合法", 450.0)])
    b = county([unit("4", "违法", 260.0, XZQDM="450198", BBGDMJ=10.0), unit("5", "合法", 740.0, XZQDM="450198")])
    city = acc.aggregate([a, b], "4501", "某市", "city", POLICY)
    # illegal = 250 + (260 - 10) = 500 (ZD deducted at city level); base = 250+450 + 260+740 = 1700
    assert city["WFGDMJ"] == pytest.approx(500.0)
    assert city["XZGDMJ"] == pytest.approx(1700.0)
    assert city["MJYZ"] == 500 and city["SFWZ"] == 1  # exactly 500 亩, 29.4 %


def test_existing_and_agricultural_damage_count_in_neither():
    patches = [unit("1", "违法", 50.0), unit("2", "违法", 40.0, XZCL="存量"),
               unit("3", "违法", 25.0, PDXL="农业项目破坏耕地"), unit("4", "合法", 150.0)]
    row = county(patches)
    assert row["CLWFMJ"] == pytest.approx(40.0) and row["NYPHMJ"] == pytest.approx(25.0)
    assert row["WFGDMJ"] == pytest.approx(50.0)
    assert row["XZGDMJ"] == pytest.approx(200.0)


def test_exactly_100_mu_and_20_percent_is_accountable_even_from_float_sums():
    patches = [unit("1", "违法", 33.33), unit("2", "违法", 33.33), unit("3", "违法", 33.34), unit("4", "合法", 400.0)]
    row = county(patches)
    assert row["WFBL"] == pytest.approx(20.0)
    assert row["SFWZ"] == 1
    row = county([unit("1", "违法", 99.99), unit("4", "合法", 400.0)])
    assert row["SFWZ"] == 0


def test_exactly_15_percent_is_accountable_just_below_is_not():
    assert county([unit("1", "违法", 150.0), unit("2", "合法", 850.0)])["SFWZ"] == 1
    below = county([unit("1", "违法", 149.99), unit("2", "合法", 850.01)])
    assert below["WFBL"] == pytest.approx(14.999) and below["SFWZ"] == 0


def test_base_zero_gives_ratio_zero():
    row = county([unit("1", "违法", 0.0), unit("2", "其他用地", 10.0), unit("3", "违法", 5.0, XZCL="存量")])
    assert row["XZGDMJ"] == 0.0 and row["WFBL"] == 0.0 and row["SFWZ"] == 0
    assert row["BLCJCC"] == 0.0 and row["BLCJBB"] == 0.0


def test_fully_demolished_leaves_nothing():
    row = county([unit("1", "违法", 10.0, CCFGMJ=10.0)])
    assert row["WFGDMJ"] == 0.0 and row["XZGDMJ"] == 0.0 and row["WFBL"] == 0.0


def test_partly_rectified_patch():
    row = county([unit("1", "违法", 10.0, CCFGMJ=4.0, ZGZT="整改中"), unit("2", "合法", 10.0)])
    assert row["WFGDMJ"] == pytest.approx(6.0)
    assert row["XZGDMJ"] == pytest.approx(16.0)


def test_patch_both_demolished_and_approved():
    row = county([unit("1", "违法", 10.0, CCFGMJ=3.0, BBGDMJ=5.0), unit("2", "合法", 10.0)])
    assert row["KJCCMJ"] == pytest.approx(3.0) and row["KJBBMJ"] == pytest.approx(5.0)
    assert row["WFGDMJ"] == pytest.approx(2.0)   # 10 - 3 - 5
    assert row["XZGDMJ"] == pytest.approx(17.0)  # 20 - 3


def test_townships_and_county_rows_and_ranking_with_ties():
    patches = [unit("1", "违法", 20.0), unit("2", "合法", 80.0),                  # 甲镇 20 %
               unit("3", "违法", 20.0, town=TOWN_B), unit("4", "合法", 80.0, town=TOWN_B),  # 乙镇 20 %
               unit("5", "违法", 10.0, town="450199103"), unit("6", "合法", 90.0, town="450199103"),
               unit("7", "", 0.0, town="450199103")]
    result = acc.compute(patches, POLICY)
    rows = {r["DWDM"]: r for r in result["rows"]}
    assert [r["DWDM"] for r in result["rows"]][-1] == "450199"
    assert rows[TOWN_A]["PM"] == 1 and rows[TOWN_B]["PM"] == 1 and rows["450199103"]["PM"] == 3
    assert rows["450199"]["PM"] is None
    assert rows["450199103"]["WPDS"] == 1 and rows["450199103"]["TBS"] == 3
    assert rows["450199"]["WFGDMJ"] == pytest.approx(50.0) and rows["450199"]["XZGDMJ"] == pytest.approx(300.0)
    assert rows[TOWN_A]["DWMC"] == "甲镇" and rows["450199"]["DWMC"] == "示范县"


def test_ranking_breaks_equal_ratio_by_area():
    patches = [unit("1", "违法", 20.0), unit("2", "合法", 80.0),
               unit("3", "违法", 40.0, town=TOWN_B), unit("4", "合法", 160.0, town=TOWN_B)]
    assert town(patches, TOWN_B)["PM"] == 1 and town(patches, TOWN_A)["PM"] == 2


def _flips(patches, field, amount, target_jcbh="1"):
    """Accountable after adding `amount` of rectification to patch 1? (re-run the arithmetic, no formula)."""
    changed = [dict(p) for p in patches]
    for p in changed:
        if p["JCBH"] == target_jcbh:
            p[field] = p.get(field, 0.0) + amount
    return county(changed)["SFWZ"]


def test_what_if_amounts_are_the_least_that_end_accountability():
    patches = [unit("1", "违法", 160.0), unit("2", "合法", 640.0)]  # 160 亩, 20 %
    row = county(patches)
    assert row["SFWZ"] == 1
    # area: 160 - x < 100  →  x > 60
    assert row["MJCJ"] == pytest.approx(60.01)
    # ratio by demolition: (160-x)/(800-x) < 0.15  →  x > 40/0.85 = 47.06
    assert row["BLCJCC"] == pytest.approx(47.06)
    # ratio by approval: (160-x)/800 < 0.15  →  x > 40
    assert row["BLCJBB"] == pytest.approx(40.01)
    assert _flips(patches, "CCFGMJ", row["BLCJCC"]) == 0
    assert _flips(patches, "CCFGMJ", row["BLCJCC"] - 0.01) == 1
    assert _flips(patches, "BBGDMJ", row["BLCJBB"]) == 0
    assert _flips(patches, "BBGDMJ", row["BLCJBB"] - 0.01) == 1


def test_what_if_is_zero_when_already_below():
    row = county([unit("1", "违法", 10.0), unit("2", "合法", 990.0)])
    assert row["MJCJ"] == 0.0 and row["BLCJCC"] == 0.0 and row["BLCJBB"] == 0.0


def test_quota_link_frozen_released_deducted_per_month():
    done = dict(SJYSRQ="2022-03-01", ZZQQRRQ="2022-03-20")  # city acceptance and region confirmation
    patches = [unit("1", "违法", 10.0, PC="2022-01", CCFGMJ=4.0, **done),
               unit("2", "违法", 6.0, PC="2022-01", BBGDMJ=6.0, SFLA=1),
               unit("3", "违法", 5.0, PC="2022-02"), unit("4", "违法", 7.0, PC="2022-02", XZCL="存量"),
               unit("5", "违法", 9.0, PC="2022-02", PDXL="农业项目破坏耕地"), unit("6", "合法", 50.0, PC="2022-02")]
    result = acc.compute(patches, POLICY)
    quota = {q["YF"]: q for q in result["quota"]}
    assert set(quota) == {"2022-01", "2022-02"}
    assert quota["2022-01"]["DJZB"] == pytest.approx(16.0)
    assert quota["2022-01"]["JDZB"] == pytest.approx(4.0)
    assert quota["2022-01"]["KJZB"] == pytest.approx(6.0)
    assert quota["2022-01"]["SYDJ"] == pytest.approx(6.0)
    assert quota["2022-02"]["DJZB"] == pytest.approx(5.0) and quota["2022-02"]["SYDJ"] == pytest.approx(5.0)
    countyrow = [r for r in result["rows"] if r["JB"] == "县级"][0]
    assert countyrow["DJZB"] == pytest.approx(21.0) and countyrow["SYDJ"] == pytest.approx(11.0)


def test_month_range_keeps_only_those_batches():
    patches = [unit("1", "违法", 10.0, PC="2022-01"), unit("2", "违法", 20.0, PC="2022-03"),
               unit("3", "合法", 30.0, PC="2022-05")]
    row = county(patches, months=((2022, 2), (2022, 5)))
    assert row["WFGDMJ"] == pytest.approx(20.0) and row["XZGDMJ"] == pytest.approx(50.0)


def test_month_range_needs_readable_batches():
    with pytest.raises(RuleInputError) as err:
        acc.compute([unit("X9", "违法", 1.0, PC="第一批")], POLICY, months=((2022, 1), (2022, 12)))
    assert "X9" in str(err.value) and "PC" in str(err.value)


def test_missing_xzcl_counts_as_new_with_a_warning():
    result = acc.compute([unit("1", "违法", 10.0, XZCL=""), unit("2", "合法", 10.0)], POLICY)
    assert any("1" in w and "新增" in w for w in result["warnings"])
    assert [r for r in result["rows"] if r["JB"] == "县级"][0]["WFGDMJ"] == pytest.approx(10.0)


@pytest.mark.parametrize("bad,field,words", [
    ({"PDLX": "非法"}, "PDLX", "不在"),
    ({"PDXL": "批文"}, "PDXL", "不属于"),
    ({"XZCL": "老的"}, "XZCL", "不在"),
    ({"GDMJ": -1.0}, "GDMJ", "负"),
    ({"GDMJ": "abc"}, "GDMJ", "不是数字"),
    ({"GDMJ": 20.0, "TBMJ": 10.0}, "GDMJ", "大于图斑面积"),
    ({"CCFGMJ": 12.0}, "CCFGMJ", "大于"),
    ({"BBGDMJ": -0.5}, "BBGDMJ", "负"),
    ({"CCFGMJ": 6.0, "BBGDMJ": 6.0}, "CCFGMJ", "之和超过"),
    ({"ZDJCSS": "也许"}, "ZDJCSS", "是/否"),
    ({"GDMJ": None}, "GDMJ", "overlay"),
])
def test_bad_input_names_patch_and_field(bad, field, words):
    patch = unit("BAD-7", "违法", 10.0)
    patch.update(bad)
    with pytest.raises(RuleInputError) as err:
        acc.compute([unit("1", "合法", 5.0), patch], POLICY)
    assert err.value.jcbh == "BAD-7"
    assert field in str(err.value) and words in str(err.value)


def test_missing_policy_year_lists_available_years():
    with pytest.raises(PolicyError) as err:
        load_policy(1999)
    assert "1999" in str(err.value) and "2022" in str(err.value)
    assert 2022 in available_years()


def test_policy_thresholds_are_read_from_the_file(tmp_path):
    """A different year's file changes the outcome without code: here a 50 亩 county threshold."""
    import json
    import os
    from wpzf.rules import policy as pol
    doc = load_policy(2022)
    doc["year"] = 2030
    doc["accountability"]["thresholds_mu"]["county"] = 50
    with open(os.path.join(tmp_path, "2030.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    custom = pol.load_policy(2030, folder=str(tmp_path))
    patches = [unit("1", "违法", 60.0), unit("2", "合法", 100.0)]
    assert county(patches)["SFWZ"] == 0
    assert county(patches, policy=custom)["SFWZ"] == 1


def test_summary_text_names_unit_and_figures():
    row = county([unit("1", "违法", 150.0), unit("2", "合法", 850.0)])
    text = acc.summary_text(row)
    assert "示范县" in text and "150.00" in text and "15.00%" in text and "纳入问责" in text


def test_rectified_areas_rounded_to_two_decimals_are_capped_at_the_farmland():
    row = county([unit("1", "违法", 10.004, CCFGMJ=10.01), unit("2", "合法", 10.0)])
    assert row["WFGDMJ"] == 0.0 and row["KJCCMJ"] == pytest.approx(10.004)
    assert row["XZGDMJ"] == pytest.approx(10.0)


def test_deduction_fields_on_legal_patches_are_ignored():
    row = county([unit("1", "违法", 10.0), unit("2", "合法", 10.0, CCFGMJ=50.0, BBGDMJ=3.0)])
    assert row["KJCCMJ"] == 0.0 and row["KJBBMJ"] == 0.0 and row["XZGDMJ"] == pytest.approx(20.0)


# ---- 增违挂钩 (方案四(二)): released only after city acceptance + region confirmation, deducted only after 查处 ----

def _quota_expected(patches, as_of):
    """Independent: per patch, which part is released, deducted or still frozen and why."""
    out = collections.Counter()
    for p in patches:
        if p["PDLX"] != "违法" or p.get("XZCL") == "存量" or p.get("PDXL") == "农业项目破坏耕地":
            continue
        cc, bb, gd = p.get("CCFGMJ", 0.0), p.get("BBGDMJ", 0.0), p["GDMJ"]
        out["DJZB"] += gd
        city, region = p.get("SJYSRQ") or "", p.get("ZZQQRRQ") or ""
        if cc:
            if city and city <= as_of and region and region <= as_of and region >= city:
                out["JDZB"] += cc
            elif city and city <= as_of:
                out["DJDQR"] += cc
                out["TSDQR"] += 1
            else:
                out["DJDYS"] += cc
                out["TSDYS"] += 1
        if bb:
            if p.get("SFLA") == 1:
                out["KJZB"] += bb
            else:
                out["DJDCC"] += bb
                out["TSDCC"] += 1
        if gd - cc - bb > 1e-9:
            out["DJWZG"] += gd - cc - bb
            out["TSWZG"] += 1
    return out


def quota_patches():
    return [
        unit("Q1", "违法", 10.0, CCFGMJ=10.0),                                              # demolished, no acceptance
        unit("Q2", "违法", 8.0, CCFGMJ=5.0, SJYSRQ="2022-05-10"),                           # city only
        unit("Q3", "违法", 6.0, CCFGMJ=6.0, SJYSRQ="2022-05-10", ZZQQRRQ="2022-06-01"),     # both: released
        unit("Q4", "违法", 4.0, CCFGMJ=4.0, SJYSRQ="2022-06-10", ZZQQRRQ="2022-07-15"),     # confirmed after 6-30
        unit("Q5", "违法", 3.0, BBGDMJ=3.0, SFLA=0),                                        # approved, no case
        unit("Q6", "违法", 2.0, BBGDMJ=2.0, SFLA=1),                                        # approved after 查处
        unit("Q7", "违法", 9.0, CCFGMJ=1.0, BBGDMJ=1.0, SFLA=1, SJYSRQ="2022-01-05", ZZQQRRQ="2022-02-01"),
        unit("Q8", "违法", 5.0, XZCL="存量", CCFGMJ=5.0),                                   # never frozen
        unit("Q9", "合法", 50.0),
    ]


def test_quota_release_needs_acceptance_and_confirmation_before_the_cut_off():
    patches = quota_patches()
    result = acc.compute(patches, POLICY, as_of="2022-06-30")
    row = [r for r in result["rows"] if r["JB"] == "县级"][0]
    e = _quota_expected(patches, "2022-06-30")
    assert row["JDZB"] == pytest.approx(e["JDZB"]) == pytest.approx(7.0)       # Q3 6 + Q7 1
    assert row["KJZB"] == pytest.approx(e["KJZB"]) == pytest.approx(3.0)       # Q6 2 + Q7 1
    for area, count, _why in acc.FROZEN_REASONS:
        assert row[area] == pytest.approx(e[area]), area
        assert row[count] == e[count], count
    # by hand: Q1 awaits the city; Q2 and Q4 (confirmed only on 7-15) await the region; Q5 awaits 查处
    assert (row["TSDYS"], row["TSDQR"], row["TSDCC"], row["TSWZG"]) == (1, 2, 1, 2)
    assert row["SYDJ"] == pytest.approx(e["DJZB"] - e["JDZB"] - e["KJZB"])
    assert row["SYDJ"] == pytest.approx(sum(row[a] for a, _c, _w in acc.FROZEN_REASONS))
    assert "拆除复耕待市级验收 1 个图斑 10.00 亩" in row["DJYY"] and "已补办待查处 1 个图斑 3.00 亩" in row["DJYY"]


def test_quota_release_counts_when_the_cut_off_is_later():
    patches = quota_patches()
    row = [r for r in acc.compute(patches, POLICY, as_of="2022-12-31")["rows"] if r["JB"] == "县级"][0]
    assert row["JDZB"] == pytest.approx(_quota_expected(patches, "2022-12-31")["JDZB"]) == pytest.approx(11.0)
    # without a date (and without a month range) the cut-off is the end of the policy year
    assert acc.compute(patches, POLICY)["as_of"].isoformat() == "2022-12-31"


def test_quota_month_cut_off_from_month_range():
    patches = [dict(p, PC="2022-03") for p in quota_patches()]
    result = acc.compute(patches, POLICY, months=((2022, 1), (2022, 6)))
    assert result["as_of"].isoformat() == "2022-06-30"
    month = result["quota"][0]
    e = _quota_expected(patches, "2022-06-30")
    assert month["JDZB"] == pytest.approx(e["JDZB"]) and month["DJDQR"] == pytest.approx(e["DJDQR"])
    assert month["DJYY"] and month["TSDYS"] == e["TSDYS"]


def test_quota_confirmation_before_acceptance_stays_frozen_with_a_warning():
    patches = [unit("Q1", "违法", 10.0, CCFGMJ=10.0, SJYSRQ="2022-05-10", ZZQQRRQ="2022-05-01")]
    result = acc.compute(patches, POLICY)
    row = [r for r in result["rows"] if r["JB"] == "县级"][0]
    assert row["JDZB"] == 0.0 and row["DJDQR"] == pytest.approx(10.0)
    assert any("Q1" in w and "早于" in w for w in result["warnings"])


def test_quota_unreadable_date_names_patch_and_field():
    with pytest.raises(RuleInputError) as err:
        acc.compute([unit("Q1", "违法", 10.0, CCFGMJ=10.0, SJYSRQ="上个月")], POLICY)
    assert err.value.jcbh == "Q1" and "SJYSRQ" in str(err.value) and "上个月" in str(err.value)


def test_ratio_stays_what_the_plan_says_whatever_the_quota_steps():
    # 方案四(一)2 deducts 已拆除复耕到位 from the ratio; acceptance dates only matter for 增违挂钩
    row = county([unit("1", "违法", 100.0, CCFGMJ=20.0), unit("2", "合法", 300.0)])
    assert row["KJCCMJ"] == pytest.approx(20.0) and row["JDZB"] == 0.0 and row["DJDYS"] == pytest.approx(20.0)


# ---- a ratio printed next to its verdict ----------------------------------------------------------------------

def test_summary_text_never_rounds_onto_the_line():
    # 149.9993 / 1000 = 14.99993 %: below 15 %, so not accountable; "15.00%" would contradict that
    row = county([unit("1", "违法", 149.9993), unit("2", "合法", 850.0007)])
    assert row["SFWZ"] == 0 and row["BLDB"] == 0
    text = acc.summary_text(row)
    assert "= 14.9999%（低于 15%），未纳入问责" in text, text
    assert "15.00%" not in text


def test_summary_text_ratio_reached_but_area_not():
    row = county([unit("1", "违法", 30.0), unit("2", "合法", 70.0)])
    assert acc.summary_text(row).endswith("= 30.00%（达到 15%），未纳入问责（违法面积未达 100 亩）")


# ---- county rules (本县规定): township threshold and ranking basis ------------------------------------------------

def test_small_township_with_a_high_ratio_is_not_ranked_worst():
    patches = [unit("1", "违法", 0.92, town=TOWN_B), unit("2", "合法", 0.08, town=TOWN_B),   # 0.92 亩, 92 %
               unit("3", "违法", 50.0), unit("4", "合法", 450.0)]                             # 50 亩, 10 %
    rows = {r["DWDM"]: r for r in acc.compute(patches, POLICY)["rows"]}
    assert rows[TOWN_B]["WFBL"] == pytest.approx(92.0)
    assert rows[TOWN_A]["PM"] == 1 and rows[TOWN_B]["PM"] == 2


def test_ranking_basis_is_the_countys_choice():
    custom = load_policy(2022)
    custom["local"]["ranking"]["value"] = {"by": ["WFBL", "WFGDMJ"], "order": "desc"}
    patches = [unit("1", "违法", 0.92, town=TOWN_B), unit("2", "合法", 0.08, town=TOWN_B),
               unit("3", "违法", 50.0), unit("4", "合法", 450.0)]
    rows = {r["DWDM"]: r for r in acc.compute(patches, custom)["rows"]}
    assert rows[TOWN_B]["PM"] == 1


def test_township_threshold_is_a_labelled_local_setting():
    from wpzf.rules import local
    e = local.entry(POLICY, "township_threshold_mu")
    assert e["value"] == 100 and e["source"] == "本县规定" and "乡镇" in e["note"]
    assert "thresholds_mu" in POLICY["accountability"] and POLICY["accountability"]["thresholds_mu"]["township"] == 100
    for key in ("ranking", "warning_ratio_pct", "letters", "holidays", "rectify_months_after_clear"):
        assert POLICY["local"][key]["source"].startswith("本县规定"), key
    custom = load_policy(2022)
    custom["local"]["township_threshold_mu"]["value"] = 50
    patches = [unit("1", "违法", 60.0), unit("2", "合法", 100.0)]
    assert town(patches, TOWN_A)["SFWZ"] == 0 and town(patches, TOWN_A, policy=custom)["SFWZ"] == 1
    assert town(patches, TOWN_A, policy=custom)["MJYZ"] == 50


def test_policy_file_without_local_section_still_loads(tmp_path):
    """A file written before the "local" section: township threshold and ranking where they used to be."""
    import json
    import os
    from wpzf.rules import policy as pol
    doc = load_policy(2022)
    doc["year"] = 2031
    del doc["local"]
    doc["accountability"]["thresholds_mu"]["township"] = 80
    doc["accountability"]["ranking"] = {"by": ["WFBL", "WFGDMJ"], "order": "desc"}
    for key in ("interview_report", "accountability_report", "city_feedback"):
        del doc["deadlines"][key]
    with open(os.path.join(tmp_path, "2031.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    old = pol.load_policy(2031, folder=str(tmp_path))
    patches = [unit("1", "违法", 0.92, town=TOWN_B), unit("2", "合法", 0.08, town=TOWN_B),
               unit("3", "违法", 85.0), unit("4", "合法", 15.0)]
    rows = {r["DWDM"]: r for r in acc.compute(patches, old)["rows"]}
    assert rows[TOWN_A]["MJYZ"] == 80 and rows[TOWN_A]["SFWZ"] == 1
    assert rows[TOWN_B]["PM"] == 1  # the old file ranked by ratio first
    from wpzf.rules.deadlines import report_due
    assert report_due("interview_report", "2022-05-09", old).isoformat() == "2022-05-16"


def test_policy_local_entry_without_source_is_refused(tmp_path):
    import json
    import os
    from wpzf.rules import policy as pol
    doc = load_policy(2022)
    doc["year"] = 2032
    doc["local"]["warning_ratio_pct"] = {"value": 12}
    with open(os.path.join(tmp_path, "2032.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    with pytest.raises(PolicyError) as err:
        pol.load_policy(2032, folder=str(tmp_path))
    assert "warning_ratio_pct" in str(err.value)
