"""Pre-judgment: order of practice, coverage wording, flags, bad input."""

import pytest

from wpzf.rules.errors import RuleInputError
from wpzf.rules.policy import load_policy
from wpzf.rules.prejudge import prejudge

POLICY = load_policy(2022)


def patch(**kw):
    row = {"JCBH": "P1", "TBMJ": 4.0, "GDMJ": 0.0, "TBLX": "20", "DLBM": "0103", "CZCSXM": "203"}
    row.update(kw)
    return row


def test_full_approval_coverage_is_legal():
    r = prejudge(patch(PZMJ=3.9995, PZWH="桂政土批〔2021〕12号", GDMJ=3.0), POLICY)  # within 0.001 亩
    assert (r["YPPDLX"], r["YPPDXL"]) == ("合法", "批文")
    assert "桂政土批〔2021〕12号" in r["YPLY"] and "覆盖 100%，实际用地在范围内" in r["YPLY"]
    assert "需拆分" not in r["flags"]


def test_partial_approval_coverage_is_never_legal_for_the_whole_patch():
    """二(三): 合法 only where the use lies inside the approval; more than half covered is no exception."""
    r = prejudge(patch(TBMJ=3.30, PZMJ=2.88, GDMJ=2.0), POLICY)
    # 2.88 / 3.30 = 87.27 %, 0.42 亩 uncovered
    assert "审批覆盖 87.3%，未覆盖 0.42 亩（超过拆分容差 0.05 亩）需拆分后另行判定" in r["YPLY"]
    assert "审批范围内 2.88 亩可拆分判定为合法/批文；范围外 0.42 亩" in r["YPLY"]
    assert (r["YPPDLX"], r["YPPDXL"]) == ("违法", "乱占耕地建房") and "需拆分" in r["flags"]
    assert "占用耕地 至多 0.42 亩" in r["YPLY"]  # the outside part cannot hold more farmland than its area


def test_minor_approval_coverage_falls_through_to_illegal():
    r = prejudge(patch(TBMJ=10.0, PZMJ=2.0, GDMJ=6.0), POLICY)
    assert "审批覆盖 20.0%，未覆盖 8.00 亩（超过拆分容差 0.05 亩）需拆分后另行判定" in r["YPLY"]
    assert (r["YPPDLX"], r["YPPDXL"]) == ("违法", "乱占耕地建房")
    assert "需拆分" in r["flags"] and "范围外 8.00 亩未见批准、许可或备案" in r["YPLY"]


def test_a_digitising_sliver_is_not_a_split():
    r = prejudge(patch(TBMJ=3.0, PZMJ=2.97, GDMJ=2.0, PZWH="桂政土批〔2021〕12号"), POLICY)  # 0.03 亩 outside
    assert (r["YPPDLX"], r["YPPDXL"]) == ("合法", "批文") and "需拆分" not in r["flags"]
    assert "未覆盖 0.03 亩，不超过拆分容差 0.05 亩（本县规定），按数字化误差处理" in r["YPLY"]


def test_coverage_is_never_printed_as_100_percent_beside_an_uncovered_area():
    r = prejudge(patch(TBMJ=100.0, PZMJ=99.94, GDMJ=2.0), POLICY)  # 99.94 %: 0.06 亩 outside, over the tolerance
    assert "覆盖 99.9%，未覆盖 0.06 亩" in r["YPLY"] and "100.0%" not in r["YPLY"]


def test_reasons_are_not_repeated_or_contradictory():
    r = prejudge(patch(TBLX="20", CKMJ=4.0, GDMJ=1.0), POLICY)  # inside a mining permit, but a building
    assert "未见批准、许可或备案覆盖" not in r["YPLY"] and "除采矿许可外未见其他批准、许可或备案覆盖" in r["YPLY"]
    assert len(r["reasons"]) == len(set(r["reasons"]))


def test_both_marks_are_suggested_separately():
    r = prejudge(patch(GDMJ=1.5), POLICY)
    assert (r["SFFNH"], r["SFLZJF"]) == (1, 1)
    r = prejudge(patch(TBLX="YH", GDMJ=1.5), POLICY)
    assert (r["SFFNH"], r["SFLZJF"]) == (1, 0)


def test_order_of_practice_approval_before_facility():
    r = prejudge(patch(PZMJ=4.0, SSNYDMJ=4.0), POLICY)
    assert r["YPPDXL"] == "批文"
    r = prejudge(patch(SSNYDMJ=4.0, LSYDMJ=4.0), POLICY)
    assert (r["YPPDLX"], r["YPPDXL"]) == ("其他用地", "设施农业用地")
    r = prejudge(patch(LSYDMJ=4.0), POLICY)
    assert r["YPPDXL"] == "临时用地"


def test_mining_permit_counts_only_for_mining():
    r = prejudge(patch(TBLX="CK", CKMJ=4.0, CKZH="C4500002010"), POLICY)
    assert (r["YPPDLX"], r["YPPDXL"]) == ("合法", "采矿许可")
    r = prejudge(patch(TBLX="20", CKMJ=4.0, GDMJ=1.0), POLICY)
    assert r["YPPDLX"] == "违法" and "不能据采矿许可判合法" in r["YPLY"]
    r = prejudge(patch(TBLX="CK"), POLICY)
    assert r["YPPDXL"] == "采矿"


def test_rural_road_photovoltaic_and_no_change():
    assert prejudge(patch(TBLX="ND", GDMJ=1.0), POLICY)["YPPDXL"] == "农村道路"
    assert prejudge(patch(TBLX="GF"), POLICY)["YPPDXL"] == "光伏用地"
    on_farmland = prejudge(patch(TBLX="GF", GDMJ=2.0), POLICY)
    assert on_farmland["YPPDLX"] == "违法" and on_farmland["YPPDXL"] == "非农化"
    assert prejudge(patch(TBLX="01"), POLICY)["YPPDXL"] == "实地未变化"
    assert prejudge(patch(TBLX="KT", GDMJ=2.0), POLICY)["YPPDXL"] == "农业项目破坏耕地"


def test_illegal_housing_and_nonagri_flags():
    r = prejudge(patch(GDMJ=1.5), POLICY)
    assert (r["YPPDLX"], r["YPPDXL"]) == ("违法", "乱占耕地建房")
    assert "非农化" in r["flags"] and "新增乱占耕地建房" in r["flags"]
    urban = prejudge(patch(GDMJ=1.5, CZCSXM="201"), POLICY)
    assert urban["YPPDXL"] == "非农化" and "新增乱占耕地建房" not in urban["flags"]
    hardening = prejudge(patch(TBLX="YH", GDMJ=1.5), POLICY)
    assert hardening["YPPDXL"] == "非农化" and "非农化" in hardening["flags"]
    no_farmland = prejudge(patch(GDMJ=0.0), POLICY)
    assert no_farmland["YPPDXL"] == "其他违法" and "非农化" not in no_farmland["flags"]


def test_farmland_redline_military_flags():
    r = prejudge(patch(YJJBNTMJ=0.5, GDMJ=1.0), POLICY)
    assert "涉永久基本农田" in r["flags"] and "永久基本农田 0.50 亩" in r["YPLY"]
    assert "涉永久基本农田" in prejudge(patch(SFYN="是"), POLICY)["flags"]
    assert "涉永久基本农田" not in prejudge(patch(SFYN="否"), POLICY)["flags"]
    assert "涉生态保护红线" in prejudge(patch(STHXMJ=0.2), POLICY)["flags"]
    military = prejudge(patch(SFJYD=1), POLICY)
    assert "涉军用地" in military["flags"] and "军用土地登记表" in military["YPLY"]
    assert "涉军用地" not in prejudge(patch(SFJYD=0), POLICY)["flags"]


def test_leadership_check_at_exactly_50_mu():
    assert "耕地≥50亩需领导小组实地核查" in prejudge(patch(TBMJ=60.0, GDMJ=50.0), POLICY)["flags"]
    assert "耕地≥50亩需领导小组实地核查" not in prejudge(patch(TBMJ=60.0, GDMJ=49.99), POLICY)["flags"]
    legal = prejudge(patch(TBMJ=60.0, GDMJ=55.0, PZMJ=60.0), POLICY)
    assert "耕地≥50亩需领导小组实地核查" not in legal["flags"]


def test_leadership_check_applies_to_the_policy_types_and_farmland_outside_approvals():
    flag = "耕地≥50亩需领导小组实地核查"
    assert flag not in prejudge(patch(TBLX="DT", TBMJ=60.0, GDMJ=55.0), POLICY)["flags"]  # 动土: not a building
    assert flag not in prejudge(patch(TBLX="KT", TBMJ=60.0, GDMJ=55.0), POLICY)["flags"]  # 挖塘
    # 80 亩 with 55 亩 farmland, 40 亩 approved: 15–40 亩 of farmland outside: under 50 either way
    assert flag not in prejudge(patch(TBMJ=80.0, GDMJ=55.0, PZMJ=40.0), POLICY)["flags"]
    # 120 亩 with 70 亩 farmland, 20 亩 approved: at least 50 亩 outside
    r = prejudge(patch(TBMJ=120.0, GDMJ=70.0, PZMJ=20.0), POLICY)
    assert flag in r["flags"] and "批准范围外耕地 50.00–70.00 亩" in r["YPLY"]
    own = dict(POLICY, prejudge=dict(POLICY["prejudge"], leadership_check_tblx_groups=["building", "disturbance"]))
    assert flag in prejudge(patch(TBLX="DT", TBMJ=60.0, GDMJ=55.0), own)["flags"]


def test_unplaced_land_class_is_reported_not_guessed():
    r = prejudge(patch(DLBM="0402"), POLICY)
    assert "地类待确认" in r["flags"] and "0402" in r["YPLY"]
    assert "地类待确认" not in prejudge(patch(DLBM="0301K"), POLICY)["flags"]


def test_output_fields_fit_the_work_package():
    r = prejudge(patch(GDMJ=60.0, TBMJ=60.0, YJJBNTMJ=30.0, STHXMJ=2.0, SFJYD=1, PZMJ=10.0), POLICY)
    assert len(r["BSBZ"]) <= 254 and len(r["YPPDXL"]) <= 20 and len(r["YPPDLX"]) <= 10
    assert r["BSBZ"] == "、".join(r["flags"]) and r["YPLY"] == "；".join(r["reasons"])


@pytest.mark.parametrize("bad,field", [({"TBMJ": None}, "TBMJ"), ({"GDMJ": -1}, "GDMJ"),
                                       ({"PZMJ": 9.0}, "PZMJ"), ({"YJJBNTMJ": "x"}, "YJJBNTMJ")])
def test_bad_overlay_values_raise_naming_patch_and_field(bad, field):
    with pytest.raises(RuleInputError) as err:
        prejudge(patch(**bad), POLICY)
    assert err.value.jcbh == "P1" and field in str(err.value)
