"""Self-check: every rule has one failing and one passing case next to a clean baseline patch."""

import datetime

import pytest

from wpzf.rules import selfcheck as sc
from wpzf.rules.policy import load_policy

POLICY = load_policy(2022)
TODAY = datetime.date(2022, 4, 10)  # batch 2022-03: 月清 due 2022-04-30, 月核 due 2022-05-15

BASE = {
    "JCBH": "G1", "PDLX": "违法", "PDXL": "非农化", "XZCL": "新增", "WFZT": "张三", "ZGCS": "拆除复耕",
    "ZGZT": "整改中", "CCFGMJ": 1.0, "BBGDMJ": 0.0, "ZDJCSS": 0, "SFLA": 0,
    "TBMJ": 3.0, "GDMJ": 2.0, "NYDMJ": 2.5, "JSYDMJ": 0.5, "WLYDMJ": 0.0, "YJJBNTMJ": 0.5, "STHXMJ": 0.0,
    "TXDKMJ": 3.0, "TXGDMJ": 2.0, "TXFGNYMJ": 0.5, "TXWLYDMJ": 0.0, "TXJSYDMJ": 0.5, "TXJBNTMJ": 0.5,
    "TXSTHXMJ": 0.0, "DLBM": "0103", "TBLX": "20", "PC": "2022-03", "HSZT": "已确认", "HSX": "2022-02-20",
    "YPPDLX": "违法", "SFFNH": 1, "SFLZJF": 0, "QSX": "2021-12-15",
}


def photo(name, azimuth, taken="2022:03:10 09:00:00", dist=5.0):
    return {"JCBH": "G1", "PATH": "photos/" + name, "AZIMUTH": azimuth, "TAKEN_AT": taken, "DIST_M": dist}


PHOTOS = [photo("a.jpg", 0), photo("b.jpg", 120), photo("c.jpg", 240)]
LEGAL = {"PDLX": "合法", "PDXL": "批文", "PZWH": "桂政土批〔2021〕12号", "PZMJ": 3.0, "CCFGMJ": 0.0,
         "YPPDLX": "合法", "XZCL": "", "WFZT": "", "ZGCS": "", "ZGZT": ""}

# 其他用地 with a record number: the base of the C10/C11 cases
OTHER = {"PDLX": "其他用地", "YPPDLX": "其他用地", "CCFGMJ": 0.0, "SFFNH": None, "BABH": "备〔2022〕1号"}

# rule id -> (failing case, passing case); a case is (patch changes, photos, today)
CASES = {
    "V01": (({"GDMJ": -1.0}, None, None), ({"GDMJ": 2.0}, None, None)),
    "V02": (({"SFLA": "也许"}, None, None), ({"SFLA": "否"}, None, None)),
    "J01": (({"PDLX": ""}, None, None), ({}, None, None)),
    "J02": (({"PDXL": "批文"}, None, None), ({"PDXL": "乱占耕地建房"}, None, None)),
    "J03": (({"PDXL": ""}, None, None), ({}, None, None)),
    "J10": ((dict(LEGAL, PZWH=""), None, None), (LEGAL, None, None)),
    "J11": ((dict(LEGAL, PZMJ=None), None, None), (LEGAL, None, None)),
    "J20": (({"XZCL": ""}, None, None), ({"XZCL": "存量"}, None, None)),
    "J21": (({"WFZT": ""}, None, None), ({"WFZT": "某公司"}, None, None)),
    "J22": (({"ZGCS": "罚款"}, None, None), ({"ZGCS": "立案查处"}, None, None)),
    "J30": (({"PDLX": "其他用地", "PDXL": "设施农业用地", "BABH": "", "YPPDLX": "其他用地", "CCFGMJ": 0.0}, None, None),
            ({"PDLX": "其他用地", "PDXL": "设施农业用地", "BABH": "设农备〔2022〕3号", "YPPDLX": "其他用地",
              "CCFGMJ": 0.0}, None, None)),
    "J40": (({"DLBM": "0402"}, None, None), ({"DLBM": "0301K"}, None, None)),
    "A01": (({"TXDKMJ": 3.5, "TBMJ": 3.5}, None, None), ({"TXDKMJ": 3.005}, None, None)),
    "A02": (({"TBMJ": 3.2}, None, None), ({"TBMJ": 3.005}, None, None)),
    "A03": (({"GDMJ": 2.2, "NYDMJ": 2.7}, None, None), ({"GDMJ": 2.005, "NYDMJ": 2.505}, None, None)),
    "A04": (({"YJJBNTMJ": 0.7}, None, None), ({"YJJBNTMJ": 0.509}, None, None)),
    "A05": (({"NYDMJ": 2.8}, None, None), ({"NYDMJ": 2.51}, None, None)),
    "A06": (({"WLYDMJ": 0.3}, None, None), ({"WLYDMJ": 0.0}, None, None)),
    "A07": (({"JSYDMJ": 0.8}, None, None), ({"JSYDMJ": 0.5}, None, None)),
    "A08": (({"STHXMJ": 0.2}, None, None), ({"STHXMJ": None, "TXSTHXMJ": None}, None, None)),
    "A10": (({"GDMJ": 3.5}, None, None), ({"GDMJ": 3.0}, None, None)),
    "A11": (({"CCFGMJ": 1.5, "BBGDMJ": 1.0}, None, None), ({"CCFGMJ": 1.0, "BBGDMJ": 1.0}, None, None)),
    "C01": ((dict(LEGAL, PZMJ=0.0), None, None), (LEGAL, None, None)),
    "C02": ((dict(LEGAL, PZMJ=2.5), None, None), (dict(LEGAL, PZMJ=2.9995), None, None)),
    "C03": (({"PDLX": "其他用地", "PDXL": "实地未变化", "TBLX": "20", "YPPDLX": "其他用地", "CCFGMJ": 0.0,
              "SFFNH": None}, PHOTOS[:1], None),
            ({"PDLX": "其他用地", "PDXL": "实地未变化", "TBLX": "20", "YPPDLX": "其他用地", "CCFGMJ": 0.0,
              "SFFNH": None, "BZ": "实地仍为旱地，影像变化为覆膜反光"}, None, None)),
    "C04": (({"ZGZT": "已整改", "CCFGMJ": 1.0}, None, None), ({"ZGZT": "已整改", "CCFGMJ": 2.0}, None, None)),
    "C05": (({"ZGZT": "未整改", "CCFGMJ": 1.0}, None, None), ({"ZGZT": "未整改", "CCFGMJ": 0.0}, None, None)),
    "C06": ((dict(LEGAL, BBGDMJ=1.0), None, None), (LEGAL, None, None)),
    "C07": ((dict(LEGAL, SFLA=1), None, None), (dict(LEGAL, SFLA=0), None, None)),
    "C08": (({"PDXL": "乱占耕地建房", "GDMJ": 0.0, "TXGDMJ": 0.0, "CCFGMJ": 0.0}, None, None),
            ({"PDXL": "乱占耕地建房"}, None, None)),
    "C09": (({"YPPDLX": "合法"}, None, None), ({"YPPDLX": "违法"}, None, None)),
    "C10": ((dict(OTHER, PDXL="光伏用地"), None, None),
            (dict(OTHER, PDXL="光伏用地", GDMJ=0.0, TXGDMJ=0.0, NYDMJ=2.5, TXFGNYMJ=2.5), None, None)),
    "C11": ((dict(OTHER, PDXL="临时用地", LSYDMJ=3.0, LSYDQX="2022-03-31"), None, None),
            (dict(OTHER, PDXL="临时用地", LSYDMJ=3.0, LSYDQX="2023-12-31"), None, None)),
    "C12": (({"ZDJCSS": 1, "ZDXMWH": ""}, None, None), ({"ZDJCSS": 1, "ZDXMWH": "发改基础〔2021〕88号"}, None, None)),
    "C13": (({"ZGCS": "立案查处", "SFLA": 0}, None, None), ({"ZGCS": "立案查处", "SFLA": 1}, None, None)),
    "C14": ((dict(LEGAL, PDXL="采矿许可", CKZH="C45000020", CKMJ=3.0), None, None),
            (dict(LEGAL, PDXL="采矿许可", CKZH="C45000020", CKMJ=3.0, TBLX="CK"), None, None)),
    "C15": ((dict(LEGAL, SFFNH=1), None, None), (dict(LEGAL, SFFNH=0), None, None)),
    "C16": (({"ZGCS": "补办手续", "CCFGMJ": 0.0, "BBGDMJ": 1.0, "SFLA": 0}, None, None),
            ({"ZGCS": "补办手续", "CCFGMJ": 0.0, "BBGDMJ": 1.0, "SFLA": 1}, None, None)),
    "J23": (({"XZCL": "存量"}, None, None),
            ({"XZCL": "存量", "JSSJ": "2018-06-01", "JSSJYJ": "2018年度变更调查影像已有建筑"}, None, None)),
    "J50": (({k: None for k in ("TXDKMJ", "TXGDMJ", "TXJBNTMJ", "TXFGNYMJ", "TXWLYDMJ", "TXJSYDMJ", "TXSTHXMJ")},
             None, None), ({}, None, None)),
    "J60": (({"JTHS": 1}, None, None),
            ({"JTHS": 1, "HSRQ": "2022-03-20", "HSJG": "维持违法判定", "HSJYBH": "会审纪要〔2022〕3号"}, None, None)),
    "J70": (({"BSBZ": "非农化、耕地≥50亩需领导小组实地核查"}, None, None),
            ({"BSBZ": "非农化、耕地≥50亩需领导小组实地核查", "LDHCRQ": "2022-03-15", "LDHCR": "王局长、李股长"}, None, None)),
    "R01": (({"XFBG": "2022-04-02 重新下发（批次 2022-04）：图形变化", "HSZT": "待核查"}, None, None),
            ({"XFBG": "2022-04-02 重新下发（批次 2022-04）：图形变化", "HSZT": "已确认"}, None, None)),
    "E01": (({}, [], None), ({}, PHOTOS, None)),
    "E02": (({}, PHOTOS[:1], None), ({}, PHOTOS[:2], None)),
    "E03": (({}, PHOTOS[:2] + [photo("far.jpg", 240, dist=30.0)], None), ({}, PHOTOS, None)),
    "E04": (({}, PHOTOS[:2] + [photo("old.jpg", 240, taken="2022-02-01 10:00:00")], None),
            ({}, PHOTOS[:2] + [photo("new.jpg", 240, taken="2022-02-20 10:00:00")], None)),
    "E05": (({}, PHOTOS[:2] + [photo("x.jpg", 240, taken="")], None), ({}, PHOTOS, None)),
    "E06": (({}, [photo("a.jpg", 350), photo("b.jpg", 20)], None), ({}, [photo("a.jpg", 350), photo("b.jpg", 40)], None)),
    "E07": (({}, PHOTOS + [dict(photo("dup.jpg", 240), SHA256="ab12"), dict(photo("dup.jpg", 240), JCBH="G2",
                                                                           SHA256="ab12")], None),
            ({}, PHOTOS + [dict(photo("own.jpg", 240), SHA256="ab12"), dict(photo("other.jpg", 240), JCBH="G2",
                                                                            SHA256="cd34")], None)),
    "D01": (({"HSZT": "已判定"}, None, datetime.date(2022, 5, 1)), ({"HSZT": "已确认"}, None, datetime.date(2022, 5, 1))),
    "D02": (({"HSZT": "已判定"}, None, datetime.date(2022, 4, 25)),
            ({"HSZT": "已判定"}, None, datetime.date(2022, 4, 20))),
    "D03": (({"WFZT": ""}, None, datetime.date(2022, 5, 16)), ({"WFZT": ""}, None, datetime.date(2022, 5, 15))),
    "D04": (({"PC": "第一批"}, None, TODAY), ({"PC": "2022年3月"}, None, TODAY)),
    "D10": (({}, None, datetime.date(2022, 6, 25)), ({}, None, datetime.date(2022, 5, 25))),
}


def run(case):
    changes, photos, today = case
    patch = dict(BASE, **changes)
    return sc.check_all([patch], POLICY, PHOTOS if photos is None else photos, today=today or TODAY)


def test_baseline_patch_is_clean():
    assert run(({}, None, None)) == []


def test_every_rule_has_a_case():
    # S01 compares geometries of a split patch and its parts: tests/test_split_patches.py checks it on a package
    assert set(CASES) | {"S01"} == set(sc.RULES)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fails_on_its_failing_case(rule_id):
    problems = [p for p in run(CASES[rule_id][0]) if p.rule == rule_id]
    assert problems, "rule %s did not fire" % rule_id
    for p in problems:
        assert p.severity in sc.SEVERITIES
        assert ("G1" in p.message) if rule_id != "D10" else p.message.startswith("全县")


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_passes_on_its_passing_case(rule_id):
    assert [p for p in run(CASES[rule_id][1]) if p.rule == rule_id] == []


@pytest.mark.parametrize("diff,severity", [(0.05, "提示"), (0.5, "警告"), (1.5, "严重")])
def test_area_difference_tiers(diff, severity):
    problems = run(({"TXDKMJ": 3.0 + diff, "TBMJ": 3.0 + diff, "TXGDMJ": 2.0}, None, None))
    assert [p.severity for p in problems if p.rule == "A01"] == [severity]


def test_area_difference_exactly_at_tolerance_passes():
    assert [p for p in run(({"TXDKMJ": 3.01, "TBMJ": 3.01}, None, None)) if p.rule == "A01"] == []


def test_deadline_dates_in_messages():
    problems = run(({"HSZT": "已填报"}, None, datetime.date(2022, 5, 3)))
    d01 = [p for p in problems if p.rule == "D01"][0]
    assert "2022-04-30" in d01.message and "3 天" in d01.message and "已填报" in d01.message


def test_partial_coverage_message_matches_practice_wording():
    problems = run((dict(LEGAL, TBMJ=3.30, PZMJ=2.88, TXDKMJ=3.30, TXJSYDMJ=0.8), None, None))
    c02 = [p for p in problems if p.rule == "C02"][0]
    assert "审批覆盖 87.3%，未覆盖 0.42 亩" in c02.message


def test_results_sorted_by_severity_and_counted():
    problems = run(({"WFZT": "", "YPPDLX": "合法", "TXDKMJ": 3.5, "TBMJ": 3.5}, None, None))
    order = [sc.SEVERITIES.index(p.severity) for p in problems]
    assert order == sorted(order)
    counts = sc.counts(problems)
    assert counts["严重"] >= 1 and counts["提示"] >= 1 and sum(counts.values()) == len(problems)
    assert sc.has_severe(problems)


def test_photos_are_matched_to_their_patch():
    other = dict(BASE, JCBH="G2")
    problems = sc.check_all([BASE, other], POLICY, PHOTOS, today=TODAY)
    assert [p.jcbh for p in problems if p.rule == "E01"] == ["G2"]


def test_skip_leaves_out_rule_families():
    problems = sc.check_all([dict(BASE, WFZT="")], POLICY, [], today=TODAY, skip=("E",))
    assert not [p for p in problems if p.rule.startswith("E")]
    assert [p for p in problems if p.rule == "J21"]


def test_rows_carry_township_and_rule_title():
    patch = dict(BASE, WFZT="", XZMC="甲镇")
    rows = sc.as_rows(sc.check_all([patch], POLICY, PHOTOS, today=TODAY), [patch])
    j21 = [r for r in rows if r["GZBH"] == "J21"][0]
    assert j21["XZMC"] == "甲镇" and j21["GZMC"] == sc.RULES["J21"][1] and j21["JCBH"] == "G1"
    assert set(j21) == {f[0] for f in sc.PROBLEM_FIELDS}


def test_monthly_check_counts_data_problems_not_the_deadline_itself():
    # unconfirmed after both dates, but the data are clean: 月清 is overdue, 月核 has nothing to report
    problems = run(({"HSZT": "已判定"}, None, datetime.date(2022, 5, 20)))
    assert {p.rule for p in problems} == {"D01"}


def test_shared_photo_names_the_other_patch():
    problems = [p for p in run(CASES["E07"][0]) if p.rule == "E07"]
    assert len(problems) == 1 and "dup.jpg" in problems[0].message and "G2" in problems[0].message


def test_quota_release_dates_must_come_in_order():
    def c16(**changes):
        return [p.message for p in run((changes, None, None)) if p.rule == "C16"]
    assert c16(SJYSRQ="2022-05-10", ZZQQRRQ="2022-05-20") == []
    assert "早于市级验收日期" in c16(SJYSRQ="2022-05-10", ZZQQRRQ="2022-05-01")[0]
    assert "没有市级验收日期" in c16(ZZQQRRQ="2022-05-01")[0]
    assert "拆除复耕面积为 0" in c16(SJYSRQ="2022-05-10", CCFGMJ=0.0)[0]
