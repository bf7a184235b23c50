"""Land-class table: the three-way split as DOMAIN.md states it, letter codes, unplaced codes."""

import json
import os

import pytest

from wpzf.rules import landclass as lc

A, C, U = "农用地", "建设用地", "未利用地"


@pytest.mark.parametrize("code,expected", [
    ("0101", A), ("0103", A), ("0204", A), ("0307", A), ("0401", A), ("0403", A),
    ("1006", A), ("1104", A), ("1107", A), ("1202", A), ("1203", A),
    ("05H1", C), ("0508", C), ("0601", C), ("0603", C), ("0702", C), ("08H1", C), ("08H2", C),
    ("09", C), ("1001", C), ("1005", C), ("1007", C), ("1009", C), ("1103", C), ("1109", C), ("1201", C),
    ("0404", U), ("1101", U), ("1102", U), ("1105", U), ("1106", U), ("1108", U), ("1110", U),
    ("1204", U), ("1207", U),
])
def test_three_way_split_follows_domain(code, expected):
    assert lc.category(code) == expected


@pytest.mark.parametrize("code", ["0201K", "0301K", "0307K", "0403K", "1104K"])
def test_k_suffix_is_agricultural_but_not_cultivated(code):
    assert lc.category(code) == A
    assert not lc.is_cultivated(code)
    assert lc.name(code).startswith("可调整")


def test_k_suffix_on_non_agricultural_or_cultivated_base_is_not_placed():
    assert lc.category("0601K") is None
    assert lc.category("0101K") is None


def test_unplaced_and_unknown_codes_give_none():
    assert lc.category("0402") is None
    assert lc.known("0402") and lc.name("0402") == "沼泽草地"
    assert lc.category("9999") is None and not lc.known("9999") and lc.name("9999") is None
    assert lc.category(None) is None and lc.category("  ") is None


def test_cultivated_is_exactly_paddy_irrigated_dry():
    cultivated = [c for c in lc.codes() if lc.is_cultivated(c)]
    assert sorted(cultivated) == ["0101", "0102", "0103"]


def test_spelling_is_normalised():
    assert lc.category(" 05h1 ") == C
    assert lc.is_cultivated(101) and lc.is_cultivated("101") and lc.is_cultivated(103.0)
    assert lc.category(9) == C  # "09" written as a number
    assert lc.name("0301k") == "可调整乔木林地"


def test_table_names_its_source_and_every_row_is_consistent():
    path = os.path.join(os.path.dirname(lc.__file__), "landclass.json")
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    assert "GB/T 21010-2017" in doc["source"] and "三调" in doc["source"]
    codes = [r["code"] for r in doc["classes"]]
    assert len(codes) == len(set(codes))
    for row in doc["classes"]:
        assert lc.category(row["code"]) == row["category"]
