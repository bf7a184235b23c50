"""Accountability arithmetic, hand-computed: every deduction rule, threshold edges, what-if, 增违挂钩, bad input."""

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
    patches = [unit("1", "违法", 10.0, PC="2022-01", CCFGMJ=4.0), unit("2", "违法", 6.0, PC="2022-01", BBGDMJ=6.0),
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
