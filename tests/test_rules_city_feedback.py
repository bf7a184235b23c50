"""rules/city_feedback.py: the city's header spellings, missing columns by name, states backed by notes and dates."""
import pytest

from wpzf.rules import city_feedback as cf
from wpzf.rules.errors import RuleInputError


@pytest.mark.parametrize("header", [
    ["序号", "监测编号", "问题描述", "整改要求", "期限"],
    ["序 号", "图斑编号", "存在问题", "整改意见", "整改期限（日期）"],
    ["NO.", "JCBH", "问题", "整改措施", "完成时限*"],
    ["问题序号", "监测图斑编号", "反馈问题", "处理意见", "截止日期"],
])
def test_header_variants(header):
    head, columns = cf.header_map([["某市反馈清单"], [], header, [1, "A", "x", "y", "2022-05-01"]])
    assert head == 2 and [columns[k] for k in ("XH", "JCBH", "WTMS", "ZGYQ", "QX")] == [0, 1, 2, 3, 4]


def test_missing_columns_are_named():
    with pytest.raises(RuleInputError) as err:
        cf.header_map([["序号", "图斑编号", "问题描述"]])
    assert "缺少列：整改要求、期限" in str(err.value) and "读到的表头：序号、图斑编号、问题描述" in str(err.value)


def test_duplicate_number_in_one_list():
    rows = [["序号", "监测编号", "问题描述", "整改要求", "期限"], [1, "A", "x", "y", "2022-05-01"],
            [1, "B", "x", "y", "2022-05-01"]]
    with pytest.raises(RuleInputError) as err:
        cf.read_items(rows, "4月")
    assert "第 3 行" in str(err.value) and "重复" in str(err.value)


def test_states_need_their_backing():
    item = {"ID": "4月-1", "ZT": "已整改", "ZGSM": "", "XHRQ": ""}
    with pytest.raises(RuleInputError):
        cf.check(item)
    cf.check(dict(item, ZGSM="已补拍"))
    with pytest.raises(RuleInputError):
        cf.check(dict(item, ZT="已销号", ZGSM="已补拍"))
    with pytest.raises(RuleInputError):
        cf.check(dict(item, ZT="未整改", XHRQ="2022-05-01"))
    cf.check(dict(item, ZT="已销号", ZGSM="已补拍", XHRQ="2022-05-01"))


def test_next_months_list_adds_and_keeps_the_county_columns():
    april = cf.read_items([["序号", "监测编号", "问题描述", "整改要求", "期限"], [1, "A", "x", "y", "2022-05-01"]], "4月")
    items, counts = cf.merge([], april, "t1")
    items, _c = cf.merge(items, [], "t2")
    items, changed = cf.update(items, "1", "t3", state="已整改", note="已改")
    # the same April list imported again (the city re-sent it with a new deadline) keeps the county's state
    again = cf.read_items([["序号", "监测编号", "问题描述", "整改要求", "期限"], [1, "A", "x", "y", "2022-05-10"]], "4月")
    items, counts = cf.merge(items, again, "t4")
    assert counts == {"added": 0, "updated": 1, "unchanged": 0}
    assert items[0]["ZT"] == "已整改" and items[0]["QX"] == "2022-05-10"
    may = cf.read_items([["序号", "监测编号", "问题描述", "整改要求", "期限"], [1, "B", "z", "w", "2022-06-01"]], "5月")
    items, counts = cf.merge(items, may, "t5")
    assert counts["added"] == 1 and [i["ID"] for i in items] == ["4月-1", "5月-1"]
    with pytest.raises(RuleInputError) as err:
        cf.find(items, "1")  # 序号 1 is in both lists; 4月-1 is 已整改 (open), so ambiguous
    assert "4月-1" in str(err.value) and "5月-1" in str(err.value)
