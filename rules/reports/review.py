"""Figures of the 季度小结 (quarterly review): disagreements, rectification problems, rule summary.

Part of the periodic documents' figures (rules/reports/__init__.py says how they count)."""

import collections

from .. import categories as cat
from .. import selfcheck
from ..deadlines import parse_date
from ..values import jcbh, number, text
from .common import NO_TOWNSHIP
from .patches import batch_month, in_months, one_county, township_list, township_of
from .bulletin import is_rectified

DISAGREEMENT_FIELDS = [
    ("JCBH", "监测编号", "", "text"),
    ("XZMC", "乡镇", "", "text"),
    ("YP", "预判结果", "", "text"),
    ("PD", "最终判定", "", "text"),
    ("YPLY", "预判理由", "", "text"),
    ("GPYJ", "改判依据", "", "text"),
]
RECTIFICATION_FIELDS = [
    ("JCBH", "监测编号", "", "text"),
    ("XZMC", "乡镇", "", "text"),
    ("ZGCS", "整改措施", "", "text"),
    ("SYMJ", "剩余耕地", "亩", "mu"),
    ("WT", "问题", "", "text"),
]
RULE_SUMMARY_FIELDS = [
    ("GZBH", "规则编号", "", "text"),
    ("GZMC", "检查内容", "", "text"),
    ("YZCD", "严重程度", "", "text"),
    ("WTS", "问题数", "个", "int"),
    ("TBS", "涉及图斑", "个", "int"),
]
REVIEW_TOWN_FIELDS = [
    ("DWMC", "乡镇", "", "text"),
    ("LJXF", "累计下发", "个", "int"),
    ("YPD", "已判定", "个", "int"),
    ("BYZ", "预判不一致", "个", "int"),
    ("WSM", "改判未说明理由", "个", "int"),
    ("ZGBS", "整改不实", "个", "int"),
    ("ZJWT", "举证问题图斑", "个", "int"),
    ("YZ", "严重问题", "个", "int"),
    ("JG", "警告", "个", "int"),
]
EVIDENCE_RULES = ("E01", "E02", "E03", "E04", "E05", "E06")
_RECTIFICATION_RULES = ("C04", "C05")


def _judgment_text(pdlx, pdxl):
    return "%s/%s" % (pdlx, pdxl) if pdlx and pdxl else (pdlx or "（未判定）")


def disagreements(patches):
    """Patches whose final judgment differs from the pre-judgment (type or subtype), with both reasons.

    GPYJ (改判依据): the remark, approval or record numbers a person gave; empty when the change is unexplained.
    """
    found = []
    for p in patches:
        yp, yx = text(p.get("YPPDLX")), text(p.get("YPPDXL"))
        pd, px = text(p.get("PDLX")), text(p.get("PDXL"))
        if not (yp and pd):
            continue
        if yp == pd and (not yx or not px or yx == px):
            continue
        basis = [text(p.get("BZ"))]
        if pd == cat.LEGAL and text(p.get("PZWH")):
            basis.append("批准文号 " + text(p.get("PZWH")))
        if pd == cat.OTHER and text(p.get("BABH")):
            basis.append("备案/批准编号 " + text(p.get("BABH")))
        found.append({"JCBH": jcbh(p), "XZDM": text(p.get("XZDM")), "XZMC": text(p.get("XZMC")) or NO_TOWNSHIP,
                      "YP": _judgment_text(yp, yx), "PD": _judgment_text(pd, px), "YPLY": text(p.get("YPLY")),
                      "GPYJ": "；".join(b for b in basis if b)})
    return found


def rectification_problems(patches, photos_by_jcbh, problems):
    """Illegal patches whose rectification is not proven: self-check C04/C05, plus a patch marked 已整改 without
    a completion date (ZGRQ) or without a photo taken on or after it. [{JCBH, XZDM, XZMC, ZGCS, SYMJ, WT}]"""
    by_patch = collections.defaultdict(list)
    for prob in problems:
        if prob.rule in _RECTIFICATION_RULES:
            by_patch[prob.jcbh].append(prob.message.split("：", 1)[-1])
    found = []
    for p in patches:
        if text(p.get("PDLX")) != cat.ILLEGAL:
            continue
        key = jcbh(p)
        issues = list(by_patch.get(key, []))
        if is_rectified(p):
            done = parse_date(p.get("ZGRQ"))
            if done is None:
                issues.append("已整改但未填整改完成日期，无法核对整改后照片")
            else:
                after = [ph for ph in photos_by_jcbh.get(key, ())
                         if parse_date(ph.get("TAKEN_AT")) is not None and parse_date(ph.get("TAKEN_AT")) >= done]
                if not after:
                    issues.append("没有 %s 整改完成之后拍摄的照片，整改真实性无法证明" % done.isoformat())
        if issues:
            remaining = max(number(p, "GDMJ") - number(p, "CCFGMJ") - number(p, "BBGDMJ"), 0.0)
            found.append({"JCBH": key, "XZDM": text(p.get("XZDM")), "XZMC": text(p.get("XZMC")) or NO_TOWNSHIP,
                          "ZGCS": text(p.get("ZGCS")), "SYMJ": remaining, "WT": "；".join(issues)})
    return found


def rule_summary(problems, rule_ids=None):
    """Problem counts per self-check rule: [{GZBH, GZMC, YZCD, WTS, TBS}] in catalogue order."""
    counts, patches = collections.Counter(), collections.defaultdict(set)
    severities = {}
    for prob in problems:
        if rule_ids is not None and prob.rule not in rule_ids:
            continue
        counts[prob.rule] += 1
        patches[prob.rule].add(prob.jcbh)
        severities.setdefault(prob.rule, collections.Counter())[prob.severity] += 1
    rows = []
    for rule_id, (severity, title) in selfcheck.RULES.items():
        if counts[rule_id]:
            seen = severities[rule_id]
            shown = "/".join(s for s in selfcheck.SEVERITIES if seen[s]) if len(seen) > 1 else next(iter(seen))
            rows.append({"GZBH": rule_id, "GZMC": title, "YZCD": shown, "WTS": counts[rule_id],
                         "TBS": len(patches[rule_id] - {""})})
    return rows


def review_figures(patches, photos, period, policy, today=None, townships=(), county_code="", batch_field="PC"):
    """The 季度小结 audit of the year's batches up to the period's end.

    Returns {period, scope_count, period_count, judged, prejudged_both, agreed, disagreements, unexplained,
    rectification, evidence_rules, evidence_patches, quality_rules, severity_counts, towns, problems}.
    """
    patches, county_code = one_county(patches, county_code, batch_field)
    scope = in_months(patches, period.year_first, period.last, batch_field)
    keys = {jcbh(p) for p in scope}
    photos = [ph for ph in photos if text(ph.get("JCBH")) in keys]
    by_jcbh = collections.defaultdict(list)
    for ph in photos:
        by_jcbh[text(ph.get("JCBH"))].append(ph)
    problems = selfcheck.check_all(scope, policy, photos, today)
    differ = disagreements(scope)
    rect = rectification_problems(scope, by_jcbh, problems)
    evidence = [p for p in problems if p.rule in EVIDENCE_RULES]
    quality = [p for p in problems if p.rule not in EVIDENCE_RULES]
    both = [p for p in scope if text(p.get("YPPDLX")) and text(p.get("PDLX"))]
    town_of = {jcbh(p): township_of(p)[0] for p in scope}
    towns = collections.OrderedDict((code, dict.fromkeys([f[0] for f in REVIEW_TOWN_FIELDS[1:]], 0))
                                    for code, _n in township_list(patches, townships))
    names = dict(township_list(patches, townships))
    for code, row in towns.items():
        row["DWDM"], row["DWMC"] = code, names[code]
    for p in scope:
        row = towns[township_of(p)[0]]
        row["LJXF"] += 1
        row["YPD"] += 1 if text(p.get("PDLX")) else 0
    for d in differ:
        towns[d["XZDM"]]["BYZ"] += 1
        towns[d["XZDM"]]["WSM"] += 0 if d["GPYJ"] else 1
    for r in rect:
        towns[r["XZDM"]]["ZGBS"] += 1
    for key in {p.jcbh for p in evidence if p.jcbh in town_of}:
        towns[town_of[key]]["ZJWT"] += 1
    for prob in problems:
        if prob.jcbh in town_of:
            if prob.severity == selfcheck.SEVERE:
                towns[town_of[prob.jcbh]]["YZ"] += 1
            elif prob.severity == selfcheck.WARNING:
                towns[town_of[prob.jcbh]]["JG"] += 1
    return {
        "period": period, "county_code": county_code,
        "scope_count": len(scope),
        "period_count": sum(1 for p in scope if period.contains(batch_month(p, batch_field))),
        "judged": sum(1 for p in scope if text(p.get("PDLX"))),
        "prejudged_both": len(both),
        "agreed": len(both) - len(differ),
        "disagreements": differ,
        "unexplained": sum(1 for d in differ if not d["GPYJ"]),
        "rectified": sum(1 for p in scope if text(p.get("PDLX")) == cat.ILLEGAL and is_rectified(p)),
        "rectification": rect,
        "evidence_rules": rule_summary(evidence),
        "evidence_patches": len({p.jcbh for p in evidence}),
        "quality_rules": rule_summary(quality),
        "severity_counts": selfcheck.counts(problems),
        "towns": list(towns.values()),
        "problems": problems,
    }
