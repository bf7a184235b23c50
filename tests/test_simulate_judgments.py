"""tools/simulate_judgments.py: deterministic, valid judgments that the rules accept."""
import pytest

from conftest import load_tool
from test_judging_algorithms import make_package

from wpzf.rules import accountability as acc
from wpzf.rules import categories as cat
from wpzf.rules.policy import load_policy


def judged(wp):
    keep = ("PDLX", "PDXL", "XZCL", "ZGCS", "ZGZT", "CCFGMJ", "BBGDMJ", "TXDKMJ", "TXGDMJ", "HSZT", "BABH")
    return {p["JCBH"]: {k: p[k] for k in keep} for p in wp.patches()}


def test_same_seed_same_judgments_and_only_unjudged_filled(tmp_path):
    sim = load_tool("simulate_judgments")
    a = make_package(tmp_path / "a", judged=False)
    b = make_package(tmp_path / "b", judged=False)
    tally = sim.simulate(a.path, seed=3)
    sim.simulate(b.path, seed=3)
    assert judged(a) == judged(b)
    assert tally["judged"] + tally["unjudged"] == 6 and tally["skipped"] == 0
    again = sim.simulate(a.path, seed=99)
    assert again["skipped"] == tally["judged"]  # people's (here: earlier) judgments are kept
    assert [h for h in a.history() if h["ACTION"] == "simulate"]


def test_simulated_values_pass_the_rules(tmp_path):
    sim = load_tool("simulate_judgments")
    wp = make_package(tmp_path, judged=False)
    for seed in range(8):
        sim.simulate(wp.path, seed=seed, overwrite=True)
        patches = wp.patches()
        for p in patches:
            assert cat.is_valid_judgment(p["PDLX"], p["PDXL"]) or p["PDLX"] is None
            if p["PDLX"] == "违法":
                assert p["XZCL"] in cat.XZCL and p["ZGCS"] in cat.ZGCS and p["ZGZT"] in cat.ZGZT
                assert (p["CCFGMJ"] or 0) + (p["BBGDMJ"] or 0) <= p["GDMJ"] + 0.01
        acc.compute(patches, load_policy(2022))  # raises on anything the arithmetic cannot take


def test_today_keeps_dates_in_the_past(tmp_path):
    sim = load_tool("simulate_judgments")
    wp = make_package(tmp_path, judged=False)
    sim.simulate(wp.path, seed=1, today="2022-04-05")
    for p in wp.patches():
        for field in ("HCRQ", "PDRQ", "TBRQ", "QRRQ", "ZGRQ"):
            assert p[field] is None or p[field] <= "2022-04-05"
