"""Export profiles (rules, no QGIS), value conversion, and safe file names."""
import copy
import datetime
import json
import os

import pytest

from wpzf.rules import export_profile as EP
from wpzf.rules.errors import RuleInputError
from wpzf.rules.fields import PATCH_FIELD_NAMES


def default():
    with open(os.path.join(EP.PROFILE_DIR, "default.json"), encoding="utf-8") as fh:
        return json.load(fh)


def test_default_profile_is_valid_and_shapefile_legal():
    prof = EP.load_profile("")
    assert prof["encoding"] == "GBK" and prof["crs"] is None
    names = [f["name"] for f in prof["fields"]]
    assert len(names) == len(set(names))
    for f in prof["fields"]:
        assert len(f["name"]) <= 10 and f["name"].isascii()
        assert f["source"] in PATCH_FIELD_NAMES or f["source"] in EP.COMPUTED
        if f["type"] == "str":
            assert 1 <= f["width"] <= 254
    # the fields people fill (DOMAIN.md) are all there, in 亩 with two decimals
    for name in ("TXDKMJ", "TXGDMJ", "TXJBNTMJ", "TXFGNYMJ", "TXWLYDMJ", "TXJSYDMJ", "TXSTHXMJ"):
        spec = next(f for f in prof["fields"] if f["name"] == name)
        assert spec["type"] == "real" and spec["decimals"] == 2 and "亩" in spec["alias"]


def test_every_problem_is_listed_at_once():
    data = default()
    data["encoding"] = "latin1"
    data["crs"] = "EPSG:4326"
    data["fields"][0].update(name="lower", source="XZQDM")
    data["fields"][1]["type"] = "text"
    data["fields"][2]["width"] = 255
    data["fields"][3]["source"] = "NOPE"
    data["fields"].append(dict(data["fields"][5]))
    with pytest.raises(EP.ProfileError) as err:
        EP.validate_profile(data, "x.json")
    problems = err.value.problems
    text = "\n".join(problems)
    assert "latin1" in text and "EPSG:4326" in text and "lower" in text and "'text'" in text
    assert "255" in text and "NOPE" in text and "重名" in text
    assert len(problems) == 7


def test_profile_without_jcbh_is_refused():
    data = default()
    data["fields"] = [f for f in data["fields"] if f["name"] != "JCBH"]
    with pytest.raises(EP.ProfileError) as err:
        EP.validate_profile(data)
    assert "JCBH" in str(err.value)


def test_real_field_decimals_must_fit_width():
    data = default()
    spec = next(f for f in data["fields"] if f["name"] == "TBMJ")
    spec["decimals"] = 11  # width 12: no room for the integer part and the point
    with pytest.raises(EP.ProfileError):
        EP.validate_profile(data)


def test_unknown_profile_name_lists_the_available_ones():
    with pytest.raises(EP.ProfileError) as err:
        EP.load_profile("guangxi2099")
    assert "default" in str(err.value)


def test_crs_spelling_is_normalised():
    data = default()
    data["crs"] = "epsg:4524"
    assert EP.validate_profile(data)["crs"] == "EPSG:4524"


@pytest.mark.parametrize("value, decimals, expected", [
    (2.675, 2, 2.68), (2.665, 2, 2.67), (0.004999, 2, 0.0), (0.005, 2, 0.01), (-1.005, 2, -1.01),
    (12345.6789, 0, 12346.0), (1e-12, 2, 0.0)])
def test_round_half_up(value, decimals, expected):
    assert EP.round_half_up(value, decimals) == expected


def field(ftype, width=10, decimals=0, name="F", alias="字段"):
    return {"name": name, "type": ftype, "width": width, "decimals": decimals, "alias": alias, "source": name}


def test_text_is_cut_on_a_character_boundary_in_bytes():
    spec = field("str", width=5)
    assert EP.convert(spec, "示范县", "GBK", "J1") == ("示范", "文本超过 5 字节，shapefile 中已截断（台账保留全文）")
    assert EP.convert(spec, "示范", "GBK", "J1") == ("示范", None)
    assert EP.convert(spec, "示范", "UTF-8", "J1")[0] == "示"  # 3 bytes per character in UTF-8
    assert EP.convert(spec, "  ", "GBK") == (None, None)


def test_character_outside_gbk_names_patch_and_field():
    with pytest.raises(RuleInputError) as err:
        EP.convert(field("str", 20, name="WFZT", alias="违法主体"), "王𠀾", "GBK", "4501")
    assert "4501" in str(err.value) and "WFZT" in str(err.value) and "𠀾" in str(err.value)
    assert EP.convert(field("str", 20), "王𠀾", "UTF-8") == ("王𠀾", None)


def test_numbers_dates_and_widths():
    assert EP.convert(field("real", 6, 2), "12.345", "GBK") == (12.35, None)
    with pytest.raises(RuleInputError):
        EP.convert(field("real", 6, 2), 1234.5, "GBK")  # "1234.50" needs 7 characters
    with pytest.raises(RuleInputError):
        EP.convert(field("real", 8, 2), "约3亩", "GBK", "J9")
    assert EP.convert(field("int", 1), 1.0, "GBK") == (1, None)
    with pytest.raises(RuleInputError):
        EP.convert(field("int", 1), 1.5, "GBK")
    assert EP.convert(field("date"), "2022/3/5", "GBK") == (datetime.date(2022, 3, 5), None)
    assert EP.convert(field("date"), "2022年3月5日", "GBK")[0] == datetime.date(2022, 3, 5)
    assert EP.convert(field("date"), "2022-03-05 10:11:12", "GBK")[0] == datetime.date(2022, 3, 5)
    with pytest.raises(RuleInputError):
        EP.convert(field("date"), "三月五日", "GBK", "J9")


def test_profile_dict_is_not_changed_by_validation():
    data = default()
    before = copy.deepcopy(data)
    EP.validate_profile(data)
    assert data == before


# ----- safe names -------------------------------------------------------------------------------------------------
def test_safe_names_cannot_escape_or_break_windows():
    from wpzf.core.safe_names import UniqueNames, inside, safe_name
    for hostile in ("../../etc/passwd", "..", ".", "a/b\\c", "C:\\x", "CON", "con.txt", "LPT1", "a:b*c?d\"e<f>g|h",
                    "trailing. ", "\x00\x1fctl", "   "):
        name = safe_name(hostile)
        assert name and not name.startswith(".") and not name.endswith((".", " "))
        assert not set('<>:"/\\|?*') & set(name)
        assert all(ord(ch) >= 32 for ch in name)
        assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "LPT1"}
        assert os.path.dirname(inside("/tmp/root", name)) == os.path.realpath("/tmp/root")
    assert safe_name("4501992022010001") == "4501992022010001"
    assert safe_name("示范县 图斑") == "示范县 图斑"
    assert len(safe_name("长" * 200).encode("utf-8")) <= 120
    names = UniqueNames()
    assert [names.take(x) for x in ("a/b", "a:b", "A_B", "c")] == ["a_b", "a_b_2", "A_B_3", "c"]
    with pytest.raises(ValueError):
        inside("/tmp/root", "..", "x")
