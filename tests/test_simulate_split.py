"""tools/simulate_judgments.py on the parts of a split patch: judged together on one day (a patch is split after its
field check, so its parts are not left open by chance), or all still open before that day."""
import datetime

from conftest import load_tool

SUGGESTION = {"YPPDLX": "违法", "YPPDXL": "乱占耕地建房", "flags": []}


def parts(jcbh, n):
    return [{"JCBH": "{}-{}".format(jcbh, k), "_JCBH": jcbh, "PC": "2022-02", "TBMJ": 1.0, "GDMJ": 0.5,
             "NYDMJ": 0.5, "TBZT": "拆分"} for k in range(1, n + 1)]


def test_the_parts_of_one_patch_are_judged_together():
    sim = load_tool("simulate_judgments")
    days = []
    for i in range(60):
        values = [sim.simulate_patch(p, SUGGESTION, 7, datetime.date(2022, 6, 10))
                  for p in parts("45019920220200{:02d}".format(i), 3)]
        assert all("PDLX" in v for v in values), values
        assert len({v["PDRQ"] for v in values}) == 1  # the same day
        days.append(datetime.date.fromisoformat(values[0]["PDRQ"]))
        early = [sim.simulate_patch(p, SUGGESTION, 7, days[-1] - datetime.timedelta(days=1))
                 for p in parts("45019920220200{:02d}".format(i), 3)]
        assert not any("PDLX" in v for v in early)  # before that day all are still open
    assert len(set(days)) > 5


def test_an_unsplit_patch_is_judged_as_before():
    sim = load_tool("simulate_judgments")
    patch = {"JCBH": "4501992022020001", "PC": "2022-02", "TBMJ": 1.0, "GDMJ": 0.5, "NYDMJ": 0.5}
    same = dict(patch, _JCBH=patch["JCBH"])  # as WorkPackage.patches gives it
    assert sim.simulate_patch(patch, SUGGESTION, 7) == sim.simulate_patch(same, SUGGESTION, 7)
