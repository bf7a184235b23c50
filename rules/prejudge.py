"""Pre-judgment (预判): a suggested judgment for one patch, its reasons in plain Chinese, and flags.

Input: a patch dict with the overlay results (TBMJ, GDMJ, YJJBNTMJ, STHXMJ, PZMJ/PZWH, CKMJ/CKZH,
SSNYDMJ, LSYDMJ, JSYDMJ ...) and the issued fields (TBLX, DLBM, CZCSXM, SFYN, SFHX) plus SFJYD.
Rules run in the order of practice (DOMAIN.md): approval/land supply → mining permit → facility
farmland → temporary land → rural road → other → otherwise illegal. The result is only a
suggestion: it goes to YPPDLX/YPPDXL/YPLY/BSBZ, never to PDLX.
"""

from . import categories as cat
from . import landclass, tblx
from .errors import RuleInputError
from .values import coverage_text, fmt_mu, is_empty, jcbh, label, number, text

FLAG_NONAGRI = "非农化"
FLAG_HOUSING = "新增乱占耕地建房"
FLAG_FARMLAND = "涉永久基本农田"
FLAG_REDLINE = "涉生态保护红线"
FLAG_LEADERSHIP = "耕地≥50亩需领导小组实地核查"
FLAG_MILITARY = "涉军用地"
FLAG_SPLIT = "需拆分"
FLAG_LANDCLASS = "地类待确认"
FLAGS = [FLAG_NONAGRI, FLAG_HOUSING, FLAG_FARMLAND, FLAG_REDLINE, FLAG_LEADERSHIP, FLAG_MILITARY, FLAG_SPLIT,
         FLAG_LANDCLASS]

_SPLIT_SOURCE = "本县规定"
URBAN_CZCSXM = ("201", "202")  # 城市、建制镇: buildings there are not 乱占耕地建房 (a rural-housing category)

_AREA_FIELDS = ["GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "YJJBNTMJ", "STHXMJ", "PZMJ", "CKMJ", "SSNYDMJ", "LSYDMJ"]

_EVIDENCE = {
    (cat.LEGAL, "批文"): "需举证：批准/供地文件（文号）及实际用地位于批准红线内的套合图",
    (cat.LEGAL, "采矿许可"): "需举证：采矿许可证（有效期内）及开采范围位于许可范围内的套合图",
    (cat.OTHER, "设施农业用地"): "需举证：设施农业用地备案材料及现场照片",
    (cat.OTHER, "临时用地"): "需举证：临时用地批准文件（期限内）及现场照片",
    (cat.OTHER, "农村道路"): "需举证：路面宽度（一般 2–8 米）及用途的实地照片",
    (cat.OTHER, "光伏用地"): "需举证：光伏方阵不改变原用地性质（桩基架空、板下可继续种植）的材料与照片",
    (cat.OTHER, "实地未变化"): "需举证：多方向实地照片，证明实地未发生建设",
    (cat.ILLEGAL, None): "需查明：违法主体、新增或存量（建设时间）、整改措施",
}

_SOURCES = [
    # (area field, number field, judgment, subtype, wording)
    ("PZMJ", "PZWH", cat.LEGAL, "批文", "审批"),
    ("CKMJ", "CKZH", cat.LEGAL, "采矿许可", "采矿许可"),
    ("SSNYDMJ", None, cat.OTHER, "设施农业用地", "设施农用地备案"),
    ("LSYDMJ", None, cat.OTHER, "临时用地", "临时用地批准"),
]


def _yes(value):
    """Lenient yes for issued flags (SFYN/SFHX/SFJYD come as 是/Y/1/涉及/true)."""
    word = text(value).upper()
    return word in ("1", "Y", "YES", "T", "TRUE", "是", "涉及") or word.startswith("是")


def _pct(part, whole):
    return 100.0 * part / whole if whole > 0 else 0.0


def prejudge(patch, policy):
    """Suggestion for one patch.

    Returns {"YPPDLX", "YPPDXL", "YPLY", "BSBZ", "reasons": [...], "flags": [...], "rule": id}.
    Raises RuleInputError when an overlay result is missing, negative or larger than the patch.
    """
    cfg = policy["prejudge"]
    cover_tol = float(cfg["approval_coverage_tolerance_mu"])
    eps = float(cfg["area_epsilon_mu"])
    size_tol = float(policy["selfcheck"]["area_tolerance_mu"]["equal"])
    tbmj = number(patch, "TBMJ", default=None)
    if tbmj is None:
        raise RuleInputError("缺少图斑面积，请先运行套合分析（wpzf:overlay）", jcbh=jcbh(patch), field=label("TBMJ"))
    a = {f: number(patch, f) for f in _AREA_FIELDS}
    a["TBMJ"] = tbmj
    for field, value in a.items():
        if value > tbmj + size_tol:
            raise RuleInputError("%s 亩大于图斑面积 %s 亩，请重新套合" % (fmt_mu(value), fmt_mu(tbmj)),
                                 jcbh=jcbh(patch), field=label(field), value=value)
    kind = tblx.normalize(patch.get("TBLX"))
    reasons, flags = [_situation(patch, tbmj, a, kind)], []
    dlbm = patch.get("DLBM")
    if landclass.category(dlbm) is None and not is_empty(dlbm):
        flags.append(FLAG_LANDCLASS)
        if landclass.known(dlbm):
            reasons.append("原地类 %s %s 未归入三大类，需人工确认" % (text(dlbm), landclass.name(dlbm)))
        else:
            reasons.append("原地类编码 %s 不在地类表中，需人工确认" % text(dlbm))

    # 1-4: approvals, permits and records, in the order of practice.
    split_tol = float(cfg.get("split_tolerance_mu", cover_tol))
    covered, rejected = [], []
    for area_field, number_field, pdlx, pdxl, wording in _SOURCES:
        area = min(a[area_field], tbmj)
        if area <= cover_tol:
            continue
        if pdxl == "采矿许可" and kind and not tblx.in_group(kind, "mining"):
            reasons.append("位于采矿许可范围内 %s 亩，但变化类型为%s，不能据采矿许可判合法"
                           % (fmt_mu(area), tblx.name(kind) or kind))
            rejected.append(wording)
            continue
        numbers = text(patch.get(number_field)) if number_field else ""
        covered.append((area, pdlx, pdxl, wording, numbers))

    suggestion, rule = None, None
    for area, pdlx, pdxl, wording, numbers in covered:
        uncovered = tbmj - area
        tag = "（%s）" % numbers if numbers else ""
        share = coverage_text(area, tbmj, cover_tol)
        if uncovered <= cover_tol:
            reasons.append("%s%s覆盖 %s，实际用地在范围内" % (wording, tag, share))
        elif uncovered <= split_tol:
            reasons.append("%s%s覆盖 %s，未覆盖 %s 亩，不超过拆分容差 %s 亩（%s），按数字化误差处理"
                           % (wording, tag, share, fmt_mu(uncovered), fmt_mu(split_tol), _SPLIT_SOURCE))
        else:
            reasons.append("%s%s覆盖 %s，未覆盖 %s 亩（超过拆分容差 %s 亩）需拆分后另行判定"
                           % (wording, tag, share, fmt_mu(uncovered), fmt_mu(split_tol)))
            continue
        suggestion, rule = (pdlx, pdxl), "covered:" + pdxl
        break
    outside = None
    if suggestion is None and covered:
        # 二(三): 合法 only where the use lies inside the approved area; the rest is judged on its own
        flags.append(FLAG_SPLIT)
        biggest = max(covered, key=lambda c: c[0])
        outside = tbmj - biggest[0]
        reasons.append("%s范围内 %s 亩可拆分判定为%s/%s；范围外 %s 亩按下列规则预判（本预判针对范围外部分）"
                       % (biggest[3], fmt_mu(biggest[0]), biggest[1], biggest[2], fmt_mu(outside)))

    # 5-6: rural road, photovoltaic, no real change.
    if suggestion is None:
        suggestion, rule = _by_type(kind, a, eps, reasons)

    # 7: otherwise illegal.
    if suggestion is None:
        suggestion, rule = _illegal(patch, kind, a, eps, reasons, outside=outside, rejected=rejected)

    pdlx, pdxl = suggestion
    _flags(patch, pdlx, pdxl, kind, a, eps, cfg, flags, reasons)
    evidence = _EVIDENCE.get((pdlx, pdxl)) or _EVIDENCE.get((pdlx, None))
    if evidence:
        reasons.append(evidence)
    reasons = list(dict.fromkeys(reasons))  # one sentence once, in the order found
    return {
        "YPPDLX": pdlx, "YPPDXL": pdxl,
        "SFFNH": 1 if FLAG_NONAGRI in flags else 0, "SFLZJF": 1 if FLAG_HOUSING in flags else 0,
        "YPLY": "；".join(reasons),
        "BSBZ": "、".join(flags),
        "reasons": reasons, "flags": flags, "rule": rule,
    }


def _situation(patch, tbmj, a, kind):
    parts = ["图斑面积 %s 亩" % fmt_mu(tbmj), "耕地 %s 亩" % fmt_mu(a["GDMJ"])]
    if a["YJJBNTMJ"] > 0:
        parts.append("永久基本农田 %s 亩" % fmt_mu(a["YJJBNTMJ"]))
    if a["STHXMJ"] > 0:
        parts.append("生态保护红线 %s 亩" % fmt_mu(a["STHXMJ"]))
    dlbm = text(patch.get("DLBM"))
    if dlbm:
        parts.append("原地类 %s %s" % (dlbm, landclass.name(dlbm) or text(patch.get("DLMC"))))
    if kind:
        parts.append("变化类型 %s %s" % (kind, tblx.name(kind) or ""))
    return "，".join(p.strip() for p in parts)


def _by_type(kind, a, eps, reasons):
    if tblx.in_group(kind, "rural_road"):
        reasons.append("变化类型为农村道路")
        return (cat.OTHER, "农村道路"), "type:rural_road"
    if tblx.in_group(kind, "photovoltaic"):
        if a["GDMJ"] <= eps:
            reasons.append("变化类型为光伏且未占用耕地")
            return (cat.OTHER, "光伏用地"), "type:photovoltaic"
        reasons.append("光伏占用耕地 %s 亩，不属于不改变原用地性质的光伏用地" % fmt_mu(a["GDMJ"]))
        return None, None
    if tblx.in_group(kind, "agricultural"):
        reasons.append("变化后为%s，未见建设" % tblx.name(kind))
        return (cat.OTHER, "实地未变化"), "type:agricultural"
    if tblx.in_group(kind, "water"):
        if a["GDMJ"] > eps:
            reasons.append("变化后为%s，占用耕地 %s 亩，疑似挖塘等破坏耕地" % (tblx.name(kind), fmt_mu(a["GDMJ"])))
            return (cat.ILLEGAL, "农业项目破坏耕地"), "type:water_on_farmland"
        reasons.append("变化后为%s，未占用耕地" % tblx.name(kind))
        return (cat.OTHER, "实地未变化"), "type:water"
    return None, None


def _illegal(patch, kind, a, eps, reasons, outside=None, rejected=()):
    gd = a["GDMJ"] if outside is None else min(a["GDMJ"], outside)  # farmland the uncovered part can hold at most
    building = tblx.in_group(kind, "building")
    works = tblx.in_group(kind, "construction") or tblx.in_group(kind, "disturbance")
    urban = text(patch.get("CZCSXM")) in URBAN_CZCSXM
    if outside is not None:
        reasons.append("范围外 %s 亩未见批准、许可或备案" % fmt_mu(outside))
    elif rejected:
        reasons.append("除%s外未见其他批准、许可或备案覆盖" % "、".join(rejected))
    else:
        reasons.append("未见批准、许可或备案覆盖")
    if tblx.in_group(kind, "mining"):
        reasons.append("变化类型为采矿，未在采矿许可范围内")
        return (cat.ILLEGAL, "采矿"), "illegal:mining"
    farmland = fmt_mu(gd) if outside is None else "至多 %s" % fmt_mu(gd)
    if building and gd > eps and not urban:
        reasons.append("新建建(构)筑物占用耕地 %s 亩" % farmland)
        return (cat.ILLEGAL, "乱占耕地建房"), "illegal:housing"
    if works and gd > eps:
        reasons.append("%s占用耕地 %s 亩" % (tblx.name(kind) or kind, farmland))
        return (cat.ILLEGAL, "非农化"), "illegal:nonagri"
    if a["JSYDMJ"] > 0 and a["JSYDMJ"] >= a["GDMJ"] + a["NYDMJ"] + a["WLYDMJ"] - eps:
        reasons.append("原地类全部为建设用地，如属原址改建需核实建设时间与手续")
    return (cat.ILLEGAL, "其他违法"), "illegal:other"


def farmland_outside_approval(a, eps):
    """(low, high) 亩 of farmland outside the approvals: exact when the patch is uncovered or fully covered; the
    overlay does not intersect farmland with approvals, so a partly covered patch has bounds until it is split."""
    gd, tbmj, inside = a["GDMJ"], a.get("TBMJ", 0.0), min(a["PZMJ"], a.get("TBMJ", a["PZMJ"]))
    if inside <= eps:
        return gd, gd
    return max(gd - inside, 0.0), max(min(gd, tbmj - inside), 0.0)


def _flags(patch, pdlx, pdxl, kind, a, eps, cfg, flags, reasons):
    if pdlx == cat.ILLEGAL and pdxl in ("非农化", "乱占耕地建房"):
        flags.append(FLAG_NONAGRI)
    if pdlx == cat.ILLEGAL and pdxl == "乱占耕地建房":
        flags.append(FLAG_HOUSING)
    if a["YJJBNTMJ"] > eps or _yes(patch.get("SFYN")):
        flags.append(FLAG_FARMLAND)
    if a["STHXMJ"] > eps or _yes(patch.get("SFHX")):
        flags.append(FLAG_REDLINE)
    leader = float(cfg["leadership_check_mu"])
    groups = cfg.get("leadership_check_tblx_groups") or ["construction", "disturbance"]
    applies = any(tblx.in_group(kind, g) for g in groups)
    low, high = farmland_outside_approval(a, eps)
    if pdlx == cat.ILLEGAL and applies and high >= leader - eps:
        flags.append(FLAG_LEADERSHIP)
        amount = fmt_mu(high) if high - low <= eps else "%s–%s" % (fmt_mu(low), fmt_mu(high))
        reasons.append("新增建(构)筑物疑似违法占用批准范围外耕地 %s 亩（≥%g 亩），县卫片办领导小组须逐一实地核查%s"
                       % (amount, leader, "" if high - low <= eps else "（拆分后可得确数）"))
    if _yes(patch.get("SFJYD")):
        flags.append(FLAG_MILITARY)
        reasons.append("涉军用地，须填报军用土地登记表并以机要件单独上报")


def prejudge_all(patches, policy):
    """{JCBH: result} for many patches; the first bad patch raises before anything is returned."""
    return {jcbh(p): prejudge(p, policy) for p in patches}
