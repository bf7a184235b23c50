"""Deterministic, plausible judgments for a work package's patches after overlay — for the demo and tests.

    /usr/bin/python3 tools/simulate_judgments.py PACKAGE.gpkg [--seed 7] [--overwrite]

For every patch without a judgment (PDLX empty) it starts from the pre-judgment rules and fills what a county's
technicians would: PDLX/PDXL, for 违法 the 新增/存量, subject, measure, rectification state and the demolished /
approved farmland (CCFGMJ/BBGDMJ, partly for patches still being rectified), ZDJCSS for some road and railway
projects, record numbers for 其他用地, the filled areas (TX*, rounded to 0.01 亩), dates and the workflow state.
A few patches are left unjudged, a few judged against the suggestion, a few carry a typo in a filled area or miss
a record number, so the self-check has something real to find. Each patch's choices depend only on the seed and its
JCBH (a part's on its number, except that the parts of one split patch are judged together on one day and never
left open by chance: a patch is split after its field check). Writes through the WorkPackage API (one transaction,
history action "simulate").
"""
import argparse
import datetime
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = os.path.join(ROOT, ".build", "plugins")

SUBJECTS_PERSON = ["村民王某", "村民李某", "村民张某", "村民陈某", "村民黄某", "村民刘某"]
SUBJECTS_COMPANY = ["某建材有限公司", "某农业开发公司", "某物流有限公司", "某村民委员会", "某交通投资公司"]
MEASURES = [("拆除复耕", 50), ("补办手续", 25), ("立案查处", 15), ("拆除复耕+补办手续", 10)]
STATES = [("未整改", 35), ("整改中", 30), ("已整改", 35)]
# Everything this tool may fill; --overwrite clears them first so no value of an earlier run survives.
MANAGED = ["HSZT", "PDLX", "PDXL", "XZCL", "WFZT", "ZGCS", "ZGZT", "SFLA", "ZDJCSS", "CCFGMJ", "BBGDMJ", "JTHS",
           "TXDKMJ", "TXGDMJ", "TXJBNTMJ", "TXFGNYMJ", "TXWLYDMJ", "TXJSYDMJ", "TXSTHXMJ", "HCRQ", "PDRQ", "TBRQ",
           "QRRQ", "ZGRQ", "BABH", "SFJYD", "SFFNH", "SFLZJF", "JSSJ", "JSSJYJ", "ZDXMWH", "HSRQ", "HSJG", "HSJYBH",
           "LDHCRQ", "LDHCR", "SJYSRQ", "ZZQQRRQ"]
RATES = {"military": 0.03, "unjudged": 0.08, "disagree": 0.05, "existing": 0.15, "typo": 0.04, "no_record": 0.15,
         "major_project": 0.4, "no_review_record": 0.1, "accepted": 0.7}


def _weighted(rng, pairs):
    total = sum(w for _v, w in pairs)
    pick = rng.uniform(0, total)
    for value, weight in pairs:
        pick -= weight
        if pick <= 0:
            return value
    return pairs[-1][0]


def _num(value):
    return float(value) if value not in (None, "") else 0.0


def _day_in(month, rng, start_day=1, end_day=28):
    year, mon = month
    return datetime.date(year, mon, rng.randint(start_day, end_day))


def simulate_patch(patch, suggestion, seed, today=None):
    """{field: value} for one patch (empty when the patch is left unjudged)."""
    from wpzf.rules.deadlines import add_months, parse_month
    rng = random.Random("{}:{}".format(seed, patch["JCBH"]))
    # the parts of a split patch are judged together on one day; a patch is split once its field check showed
    # several legal states, so its parts are not among those left open by chance
    issued = patch.get("_JCBH") or patch["JCBH"]
    visit = rng if issued == patch["JCBH"] else random.Random("{}:{}".format(seed, issued))
    month = parse_month(patch.get("PC")) or (2022, 1)
    judged_on = _day_in(add_months(month, 1), visit, 1, 20)
    left_open = visit.random() < RATES["unjudged"] and visit is rng
    if left_open or (today is not None and judged_on > today):
        return {"HSZT": rng.choice(["待核查", "已核查"])}
    pdlx, pdxl = suggestion["YPPDLX"], suggestion["YPPDXL"]
    if rng.random() < RATES["disagree"]:
        pdlx, pdxl = ("其他用地", "实地未变化") if pdlx == "违法" else ("违法", "非农化")
    gd = _num(patch.get("GDMJ"))
    out = {"PDLX": pdlx, "PDXL": pdxl}
    if pdlx == "违法":
        out["XZCL"] = "存量" if rng.random() < RATES["existing"] else "新增"
        company = pdxl in ("非农化", "采矿") or gd > 5
        out["WFZT"] = rng.choice(SUBJECTS_COMPANY if company else SUBJECTS_PERSON)
        measure = _weighted(rng, MEASURES)
        state = _weighted(rng, STATES)
        if measure == "立案查处" and state == "已整改":
            state = "整改中"  # a case alone removes nothing: rectified only once the farmland is restored or approved
        out.update(ZGCS=measure, ZGZT=state, SFLA=1 if measure == "立案查处" else 0)
        out["SFFNH"] = 1 if "非农化" in suggestion["flags"] or pdxl in ("非农化", "乱占耕地建房") else 0
        out["SFLZJF"] = 1 if pdxl == "乱占耕地建房" and "新增乱占耕地建房" in suggestion["flags"] else 0
        if out["XZCL"] == "存量":
            year = (parse_month(patch.get("PC")) or (2022, 1))[0] - rng.randint(2, 5)
            out["JSSJ"] = "{}-{:02d}-01".format(year, rng.randint(1, 12))
            out["JSSJYJ"] = "{} 年度变更调查影像已有建筑".format(year)
        done = {"已整改": 1.0, "整改中": round(rng.uniform(0.2, 0.8), 2), "未整改": 0.0}[state]
        amount = round(gd * done, 2) if done < 1.0 else gd
        if measure == "拆除复耕":
            out["CCFGMJ"] = amount
        elif measure == "补办手续":
            out["BBGDMJ"] = amount
        elif measure == "拆除复耕+补办手续":
            share = round(rng.uniform(0.3, 0.7), 2)
            out["CCFGMJ"] = round(amount * share, 2)
            out["BBGDMJ"] = max(0.0, min(amount - out["CCFGMJ"], gd - out["CCFGMJ"]))
        if str(patch.get("TBLX") or "").upper() in ("DL1", "DL2", "DL3", "TL", "SJ") \
                and rng.random() < RATES["major_project"]:
            out["ZDJCSS"] = 1
            out["ZDXMWH"] = "桂发改交通〔{}〕{}号".format(month[0] - 1, rng.randint(10, 300))
        finished = _day_in(add_months(month, 2), rng)
        if state == "已整改" and (today is None or finished <= today):
            out["ZGRQ"] = finished.isoformat()
            accepted = finished + datetime.timedelta(days=rng.randint(10, 25))
            if out.get("CCFGMJ") and rng.random() < RATES["accepted"] and (today is None or accepted <= today):
                out["SJYSRQ"] = accepted.isoformat()  # the city's acceptance of the restored farmland
                confirmed = accepted + datetime.timedelta(days=rng.randint(5, 20))
                if today is None or confirmed <= today:
                    out["ZZQQRRQ"] = confirmed.isoformat()
    elif pdlx == "其他用地" and pdxl in ("设施农业用地", "临时用地", "光伏用地"):
        if rng.random() >= RATES["no_record"]:
            prefix = {"设施农业用地": "设农备", "临时用地": "临用批", "光伏用地": "光伏备"}[pdxl]
            out["BABH"] = "{}〔{}〕{}号".format(prefix, month[0], rng.randint(1, 300))
    out.update(_filled_areas(patch, rng))
    out.update(HCRQ=(judged_on - datetime.timedelta(days=rng.randint(1, 6))).isoformat(),
               PDRQ=judged_on.isoformat())
    state = _weighted(rng, [("已确认", 70), ("已填报", 15), ("已判定", 15)])
    filled_on = judged_on + datetime.timedelta(days=rng.randint(1, 5))
    confirmed_on = judged_on + datetime.timedelta(days=rng.randint(6, 8))
    if today is not None:  # nothing happens after "today"
        if state == "已确认" and confirmed_on > today:
            state = "已填报"
        if state == "已填报" and filled_on > today:
            state = "已判定"
    out["HSZT"] = state
    if state in ("已填报", "已确认"):
        out["TBRQ"] = filled_on.isoformat()
    if state == "已确认":
        out["QRRQ"] = confirmed_on.isoformat()
    if "耕地≥50亩需领导小组实地核查" in suggestion["flags"] or "涉永久基本农田" in suggestion["flags"]:
        out["JTHS"] = 1
        if rng.random() >= RATES["no_review_record"]:
            reviewed = judged_on + datetime.timedelta(days=rng.randint(1, 4))
            if today is None or reviewed <= today:
                out.update(HSRQ=reviewed.isoformat(), HSJYBH="卫片会审纪要〔{}〕{}号".format(month[0], rng.randint(1, 40)),
                           HSJG="维持{}判定".format(pdlx))
    if "耕地≥50亩需领导小组实地核查" in suggestion["flags"]:
        out.update(LDHCRQ=(judged_on - datetime.timedelta(days=rng.randint(1, 5))).isoformat(),
                   LDHCR="县卫片执法领导小组（分管副县长、自然资源局局长）")
    if rng.random() < RATES["military"]:  # a few lie in a military zone: reported apart (军用土地登记表)
        out["SFJYD"] = 1
    return out


def _filled_areas(patch, rng):
    tb, gd = _num(patch.get("TBMJ")), _num(patch.get("GDMJ"))
    parts = {"TXGDMJ": round(gd, 2), "TXFGNYMJ": round(max(_num(patch.get("NYDMJ")) - gd, 0.0), 2),
             "TXWLYDMJ": round(_num(patch.get("WLYDMJ")), 2), "TXJSYDMJ": round(_num(patch.get("JSYDMJ")), 2)}
    out = dict(parts, TXDKMJ=round(tb, 2), TXJBNTMJ=round(_num(patch.get("YJJBNTMJ")), 2),
               TXSTHXMJ=round(_num(patch.get("STHXMJ")), 2))
    # people make the parts add up to the filled total: the largest part absorbs the rounding
    biggest = max(parts, key=parts.get)
    out[biggest] = round(out[biggest] + out["TXDKMJ"] - sum(parts.values()), 2)
    if rng.random() < RATES["typo"]:
        out["TXGDMJ"] = round(out["TXGDMJ"] + rng.choice([0.05, 0.5, 1.5]), 2)
    return out


def simulate(package, seed=7, overwrite=False, today=None):
    """Fill judgments into `package` (today: a date or "2022-06-10"; nothing dated after it); returns {"judged": n, "unjudged": n, "skipped": n, "changed": n}."""
    from wpzf.core.store.workpackage import WorkPackage
    from wpzf.rules.errors import RuleInputError
    from wpzf.rules.policy import load_policy
    from wpzf.rules.deadlines import parse_date
    from wpzf.rules.prejudge import prejudge
    if today is not None and parse_date(today) is None:
        raise SystemExit("日期“{}”无法识别，请写成 2022-06-10 的形式".format(today))
    today = parse_date(today)
    wp = WorkPackage(package)
    policy = load_policy(wp.setting("policy_year") or 2022)
    changes, tally = {}, {"judged": 0, "unjudged": 0, "skipped": 0}
    for patch in sorted(wp.patches(), key=lambda p: p["JCBH"]):
        if patch.get("PDLX") and not overwrite:
            tally["skipped"] += 1
            continue
        try:
            suggestion = prejudge(patch, policy)
        except RuleInputError as exc:
            raise SystemExit("无法模拟判定（请先运行 wpzf:overlay）：{}".format(exc))
        values = simulate_patch(patch, suggestion, seed, today)
        tally["judged" if "PDLX" in values else "unjudged"] += 1
        if overwrite:
            values = dict(dict.fromkeys(MANAGED), **values)
        changes[patch["JCBH"]] = values
    tally["changed"] = wp.update_patches(changes, action="simulate") if changes else 0
    return tally


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("package")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--overwrite", action="store_true", help="也覆盖已有判定（默认只填未判定图斑）")
    parser.add_argument("--today", help="模拟的当前日期（如 2022-06-10），晚于它的日期不出现")
    args = parser.parse_args(argv)
    if not os.path.isdir(os.path.join(PLUGINS, "wpzf")):
        raise SystemExit("缺少 {}/wpzf，请先运行 make link".format(PLUGINS))
    sys.path.insert(0, PLUGINS)
    print(simulate(args.package, seed=args.seed, overwrite=args.overwrite, today=args.today))


if __name__ == "__main__":
    main()
