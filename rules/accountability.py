"""Accountability arithmetic (问责比例), per township and county, as DESIGN.md states it.

Over judged units (patches or parts) with their GDMJ:
- base (XZGDMJ) = Σ GDMJ of 合法 and 违法 units, leaving out 违法 units that are 存量 or 农业项目破坏耕地;
- illegal (WFGDMJ) = Σ GDMJ of the 违法 units in base;
- deductions: BBGDMJ from illegal only; CCFGMJ from illegal and base; the GDMJ of 违法 units with
  ZDJCSS = 1 from illegal and base, except at the provincial level;
- ratio = illegal / base (0 when base is 0); accountable when illegal >= threshold and ratio >= 15 %.
Which deductions exist, the thresholds and the exclusions come from the year's policy file.

A unit with ZDJCSS = 1 is deducted whole; its own CCFGMJ/BBGDMJ are kept apart (ZDCCMJ/ZDBBMJ) so
they are not deducted twice, and so a province, which does not deduct such projects, can still
deduct their demolished/approved farmland when it merges county tables (see aggregate()).
"""

from . import categories as cat
from .deadlines import parse_month
from .errors import PolicyError, RuleInputError
from .values import flag, fmt_mu, jcbh, label, number, text

LEVEL_NAMES = {"township": "乡镇", "county": "县级", "city": "市级", "province": "省级"}
_EPS = 1e-6  # 亩: float sums of areas given to 0.01 must still reach "exactly 100"
_STEP = 0.01  # what-if amounts are reported to 0.01 亩, rounded up

# Output columns: (name, type, Chinese header, unit). Names <= 10 ASCII characters.
FIELDS = [
    ("DWDM", "str", "单位代码", ""),
    ("DWMC", "str", "单位名称", ""),
    ("JB", "str", "级别", ""),
    ("TBS", "int", "图斑数", "个"),
    ("WPDS", "int", "未判定图斑数", "个"),
    ("HFGDMJ", "real", "合法占用耕地", "亩"),
    ("YSWFMJ", "real", "违法占用耕地(扣减前)", "亩"),
    ("YSXZMJ", "real", "新增建设占用耕地(扣减前)", "亩"),
    ("CLWFMJ", "real", "存量违法占用耕地(不计入)", "亩"),
    ("NYPHMJ", "real", "农业项目破坏耕地(不计入)", "亩"),
    ("KJBBMJ", "real", "已补办手续扣减(仅分子)", "亩"),
    ("KJCCMJ", "real", "已拆除复耕扣减(分子分母)", "亩"),
    ("KJZDMJ", "real", "重大基础设施扣减(分子分母)", "亩"),
    ("ZDCCMJ", "real", "重大基础设施中已拆除复耕", "亩"),
    ("ZDBBMJ", "real", "重大基础设施中已补办", "亩"),
    ("WFGDMJ", "real", "违法占用耕地(扣减后)", "亩"),
    ("XZGDMJ", "real", "新增建设占用耕地(扣减后)", "亩"),
    ("WFBL", "real", "违法占用耕地比例", "%"),
    ("MJYZ", "real", "面积阈值", "亩"),
    ("SFWZ", "int", "是否纳入问责", "1=是"),
    ("PM", "int", "乡镇排名", "名"),
    ("MJCJ", "real", "降至面积阈值以下需整改", "亩"),
    ("BLCJCC", "real", "比例降至阈值以下需拆除复耕", "亩"),
    ("BLCJBB", "real", "比例降至阈值以下需补办手续", "亩"),
    ("DJZB", "real", "增违挂钩冻结指标", "亩"),
    ("JDZB", "real", "增违挂钩解冻指标", "亩"),
    ("KJZB", "real", "增违挂钩扣减指标", "亩"),
    ("SYDJ", "real", "增违挂钩仍冻结指标", "亩"),
]
FIELD_NAMES = [f[0] for f in FIELDS]

# Monthly 增违挂钩 view.
QUOTA_FIELDS = [
    ("DWDM", "str", "单位代码", ""),
    ("DWMC", "str", "单位名称", ""),
    ("YF", "str", "批次月份", ""),
    ("DJZB", "real", "冻结指标", "亩"),
    ("JDZB", "real", "解冻指标", "亩"),
    ("KJZB", "real", "扣减指标", "亩"),
    ("SYDJ", "real", "仍冻结指标", "亩"),
]

_SUMS = ["TBS", "WPDS", "HFGDMJ", "YSWFMJ", "CLWFMJ", "NYPHMJ", "BBMJ", "CCMJ", "ZDGDMJ", "ZDCCMJ", "ZDBBMJ",
         "DJZB", "JDZB", "KJZB"]
NO_MONTH = "未注明批次"


class Unit:
    """One judged unit, validated. Areas in 亩."""

    __slots__ = ("jcbh", "xzdm", "xzmc", "xzqdm", "xmc", "pdlx", "pdxl", "xzcl", "gdmj", "ccfgmj", "bbgdmj",
                 "zdjcss", "month")


def read_units(patches, policy, months=None, batch_field="PC"):
    """Validate patch dicts into Units. Returns (units, unjudged, warnings).

    unjudged: the patches with an empty PDLX (counted per unit, not used in the sums).
    months: optional ((y, m), (y, m)) inclusive range of batch months; the batch month is read
    from `batch_field`, and a patch without a readable one is an error when a range is given.
    Raises RuleInputError naming the patch and field on the first bad value.
    """
    tol = policy["selfcheck"]["area_tolerance_mu"]["equal"]
    units, unjudged, warnings = [], [], []
    for patch in patches:
        u = Unit()
        u.jcbh = jcbh(patch)
        u.xzdm, u.xzmc = text(patch.get("XZDM")), text(patch.get("XZMC"))
        u.xzqdm = text(patch.get("XZQDM")) or u.xzdm[:6]
        u.xmc = text(patch.get("XMC"))
        u.month = parse_month(patch.get(batch_field))
        if months is not None:
            if u.month is None:
                raise RuleInputError("按月份统计需要批次月份，但批次 %r 读不出月份（应如 2022-03）"
                                     % text(patch.get(batch_field)), jcbh=u.jcbh, field=label(batch_field))
            if not (months[0] <= u.month <= months[1]):
                continue
        u.pdlx, u.pdxl, u.xzcl = text(patch.get("PDLX")), text(patch.get("PDXL")), text(patch.get("XZCL"))
        if u.pdlx == "":
            unjudged.append(u)
            continue
        if u.pdlx not in cat.PDLX:
            raise RuleInputError("判定类型 %r 不在 %s 之中" % (u.pdlx, "/".join(cat.PDLX)),
                                 jcbh=u.jcbh, field=label("PDLX"), value=u.pdlx)
        if u.pdxl and u.pdxl not in cat.subtypes(u.pdlx):
            raise RuleInputError("判定子类 %r 不属于“%s”（可选：%s）" % (u.pdxl, u.pdlx, "/".join(cat.subtypes(u.pdlx))),
                                 jcbh=u.jcbh, field=label("PDXL"), value=u.pdxl)
        if u.pdlx == cat.ILLEGAL:
            if u.xzcl == "":
                u.xzcl = cat.NEW
                warnings.append("图斑 %s 违法但未填新增/存量，按新增计入" % u.jcbh)
            elif u.xzcl not in cat.XZCL:
                raise RuleInputError("新增/存量 %r 不在 %s 之中" % (u.xzcl, "/".join(cat.XZCL)),
                                     jcbh=u.jcbh, field=label("XZCL"), value=u.xzcl)
        u.gdmj = number(patch, "GDMJ", default=None)
        if u.gdmj is None:
            if u.pdlx == cat.OTHER:
                u.gdmj = 0.0
            else:
                raise RuleInputError("缺少耕地面积，请先运行套合分析（wpzf:overlay）", jcbh=u.jcbh, field=label("GDMJ"))
        tbmj = number(patch, "TBMJ", default=None)
        if tbmj is not None and u.gdmj > tbmj + tol:
            raise RuleInputError("耕地面积 %s 亩大于图斑面积 %s 亩" % (fmt_mu(u.gdmj), fmt_mu(tbmj)),
                                 jcbh=u.jcbh, field=label("GDMJ"), value=u.gdmj)
        u.ccfgmj = number(patch, "CCFGMJ")
        u.bbgdmj = number(patch, "BBGDMJ")
        if u.pdlx == cat.ILLEGAL:  # on other judgments they are not used (self-check C06 reports them)
            _check_rectified(u, tol)
        else:
            u.ccfgmj = u.bbgdmj = 0.0
        u.zdjcss = flag(patch, "ZDJCSS")
        units.append(u)
    return units, unjudged, warnings


def _check_rectified(u, tol):
    for field, value in (("CCFGMJ", u.ccfgmj), ("BBGDMJ", u.bbgdmj)):
        if value > u.gdmj + tol:
            raise RuleInputError("%s 亩大于该图斑的耕地面积 %s 亩" % (fmt_mu(value), fmt_mu(u.gdmj)),
                                 jcbh=u.jcbh, field=label(field), value=value)
    if u.ccfgmj + u.bbgdmj > u.gdmj + tol:
        raise RuleInputError("拆除复耕 %s 亩与补办 %s 亩之和超过耕地面积 %s 亩（同一块耕地只能计一次）"
                             % (fmt_mu(u.ccfgmj), fmt_mu(u.bbgdmj), fmt_mu(u.gdmj)),
                             jcbh=u.jcbh, field=label("CCFGMJ") + "+" + label("BBGDMJ"))
    # values filled to 0.01 亩 may pass the full-precision farmland by a rounding hair: cap them
    u.ccfgmj = min(u.ccfgmj, u.gdmj)
    u.bbgdmj = min(u.bbgdmj, u.gdmj - u.ccfgmj)


def _is_excluded(u, policy):
    excluded = policy["accountability"]["excluded_from_both"]
    return u.pdlx == cat.ILLEGAL and (u.xzcl in excluded.get("XZCL", []) or u.pdxl in excluded.get("PDXL", []))


def _is_frozen(u, policy):
    """增违挂钩 freezes new illegal farmland occupation for non-agricultural construction."""
    return u.pdlx == cat.ILLEGAL and not _is_excluded(u, policy)


def _tally(units, unjudged, policy):
    t = dict.fromkeys(_SUMS, 0.0)
    t["TBS"] = len(units) + len(unjudged)
    t["WPDS"] = len(unjudged)
    for u in units:
        if u.pdlx == cat.LEGAL:
            t["HFGDMJ"] += u.gdmj
        elif u.pdlx == cat.ILLEGAL:
            if _is_excluded(u, policy):
                if u.pdxl in policy["accountability"]["excluded_from_both"].get("PDXL", []):
                    t["NYPHMJ"] += u.gdmj
                else:
                    t["CLWFMJ"] += u.gdmj
                continue
            t["YSWFMJ"] += u.gdmj
            if u.zdjcss:
                t["ZDGDMJ"] += u.gdmj
                t["ZDCCMJ"] += u.ccfgmj
                t["ZDBBMJ"] += u.bbgdmj
            else:
                t["CCMJ"] += u.ccfgmj
                t["BBMJ"] += u.bbgdmj
        if _is_frozen(u, policy):
            t["DJZB"] += u.gdmj
            t["JDZB"] += u.ccfgmj
            t["KJZB"] += u.bbgdmj
    return t


def _deduction_applies(policy, key, level):
    rule = policy["accountability"]["deductions"].get(key)
    return bool(rule) and level not in rule.get("not_at_levels", [])


def figures(t, level, policy):
    """Output figures of one unit of account from its sums `t` (see _tally)."""
    acc = policy["accountability"]
    if level not in acc["thresholds_mu"]:
        raise PolicyError("政策 %s 年没有 %s 级的面积阈值" % (policy["year"], level))
    threshold = float(acc["thresholds_mu"][level])
    r = float(acc["ratio_threshold_pct"]) / 100.0
    bb, cc = t["BBMJ"], t["CCMJ"]
    zd = 0.0
    if _deduction_applies(policy, "major_infrastructure", level):
        zd = t["ZDGDMJ"]
    else:  # the project counts as ordinary illegal land: its own demolition/approval deducts as usual
        bb += t["ZDBBMJ"]
        cc += t["ZDCCMJ"]
    if not _deduction_applies(policy, "approved_afterwards", level):
        bb = 0.0
    if not _deduction_applies(policy, "demolished_restored", level):
        cc = 0.0
    base_raw = t["HFGDMJ"] + t["YSWFMJ"]
    illegal = _clip(t["YSWFMJ"] - bb - cc - zd)
    base = _clip(base_raw - cc - zd)
    ratio = illegal / base if base > _EPS else 0.0

    def over_area(x):
        return illegal - x >= threshold - _EPS

    def over_ratio(i, b):
        return b > _EPS and i >= r * b - _EPS

    accountable = over_area(0) and over_ratio(illegal, base)
    row = {
        "JB": LEVEL_NAMES.get(level, level),
        "TBS": int(t["TBS"]), "WPDS": int(t["WPDS"]),
        "HFGDMJ": t["HFGDMJ"], "YSWFMJ": t["YSWFMJ"], "YSXZMJ": base_raw,
        "CLWFMJ": t["CLWFMJ"], "NYPHMJ": t["NYPHMJ"],
        "KJBBMJ": bb, "KJCCMJ": cc, "KJZDMJ": zd, "ZDCCMJ": t["ZDCCMJ"], "ZDBBMJ": t["ZDBBMJ"],
        "WFGDMJ": illegal, "XZGDMJ": base, "WFBL": ratio * 100.0,
        "MJYZ": threshold, "SFWZ": 1 if accountable else 0, "PM": None,
        "MJCJ": _least(over_area),
        "BLCJCC": _least(lambda x: over_ratio(illegal - x, base - x)),
        "BLCJBB": _least(lambda x: over_ratio(illegal - x, base)),
        "DJZB": t["DJZB"], "JDZB": t["JDZB"], "KJZB": t["KJZB"],
        "SYDJ": _clip(t["DJZB"] - t["JDZB"] - t["KJZB"]),
    }
    return row


def _clip(value):
    return 0.0 if value < _EPS and value > -_EPS else max(value, 0.0)


def _least(still_over):
    """Smallest multiple of 0.01 亩 of rectification after which `still_over` is false (0 when already)."""
    if not still_over(0.0):
        return 0.0
    lo, hi = 1, 1
    while still_over(hi * _STEP):
        lo, hi = hi, hi * 2
        if hi > 10 ** 12:
            raise ArithmeticError("模拟整改面积无法收敛")
    while lo < hi:  # still_over(lo*step) may be true, still_over(hi*step) is false
        mid = (lo + hi) // 2
        if still_over(mid * _STEP):
            lo = mid + 1
        else:
            hi = mid
    return round(hi * _STEP, 2)


def compute(patches, policy, months=None, batch_field="PC"):
    """The accountability table: township rows, then one row per county.

    Returns {"rows": [...], "quota": [...], "warnings": [...]} where rows carry FIELD_NAMES and
    quota the monthly 增违挂钩 rows (QUOTA_FIELDS). Raises RuleInputError on bad input.
    """
    units, unjudged, warnings = read_units(patches, policy, months=months, batch_field=batch_field)
    everything = units + unjudged
    townships, counties = {}, {}
    for u in everything:
        townships.setdefault((u.xzqdm, u.xzdm), []).append(u)
        counties.setdefault(u.xzqdm, []).append(u)
    rows = []
    for county_code in sorted(counties):
        members = counties[county_code]
        town_rows = []
        for (cc, town_code), town_units in sorted(townships.items()):
            if cc != county_code:
                continue
            row = _row(town_units, "township", policy)
            row["DWDM"] = town_code
            row["DWMC"] = _first(u.xzmc for u in town_units) or ("（未落乡镇）" if not town_code else town_code)
            town_rows.append(row)
        rank(town_rows, policy)
        county = _row(members, "county", policy)
        county["DWDM"] = county_code
        county["DWMC"] = _first(u.xmc for u in members) or county_code
        rows.extend(town_rows)
        rows.append(county)
    return {"rows": rows, "quota": quota_by_month(units, policy), "warnings": warnings}


def _row(members, level, policy):
    judged = [u for u in members if u.pdlx]
    unjudged = [u for u in members if not u.pdlx]
    return figures(_tally(judged, unjudged, policy), level, policy)


def _first(values):
    for v in values:
        if v:
            return v
    return ""


def rank(rows, policy):
    """Set PM on township rows: worst first by the policy's keys; ties share a rank (1, 2, 2, 4)."""
    keys = policy["accountability"]["ranking"]["by"]
    desc = policy["accountability"]["ranking"].get("order", "desc") == "desc"

    def key(row):
        return tuple(round(row[k], 6) for k in keys)

    ordered = sorted(rows, key=lambda row: tuple(-v for v in key(row)) if desc else key(row))
    previous, position = None, 0
    for index, row in enumerate(ordered, start=1):
        if key(row) != previous:
            position, previous = index, key(row)
        row["PM"] = position
    return rows


def quota_by_month(units, policy):
    """增违挂钩 per county and batch month: frozen, released, deducted, still frozen (亩)."""
    buckets = {}
    for u in units:
        if not _is_frozen(u, policy):
            continue
        month = "%04d-%02d" % u.month if u.month else NO_MONTH
        b = buckets.setdefault((u.xzqdm, month), {"DWMC": u.xmc, "DJZB": 0.0, "JDZB": 0.0, "KJZB": 0.0})
        b["DJZB"] += u.gdmj
        b["JDZB"] += u.ccfgmj
        b["KJZB"] += u.bbgdmj
        b["DWMC"] = b["DWMC"] or u.xmc
    rows = []
    for (code, month), b in sorted(buckets.items()):
        rows.append({"DWDM": code, "DWMC": b["DWMC"] or code, "YF": month, "DJZB": b["DJZB"],
                     "JDZB": b["JDZB"], "KJZB": b["KJZB"], "SYDJ": _clip(b["DJZB"] - b["JDZB"] - b["KJZB"])})
    return rows


def aggregate(rows, code, name, level, policy):
    """Merge county rows (e.g. from several counties' runs) into one city or province row.

    Uses the raw sums the rows carry, so the level's own rules apply (a province does not deduct
    major infrastructure, but does deduct the farmland of such projects that was demolished or approved).
    """
    levels = {v: k for k, v in LEVEL_NAMES.items()}
    t = dict.fromkeys(_SUMS, 0.0)
    for row in rows:
        zd_in_row = _deduction_applies(policy, "major_infrastructure", levels.get(row["JB"], row["JB"]))
        t["TBS"] += row["TBS"]
        t["WPDS"] += row["WPDS"]
        for key in ("HFGDMJ", "YSWFMJ", "CLWFMJ", "NYPHMJ", "ZDCCMJ", "ZDBBMJ", "DJZB", "JDZB", "KJZB"):
            t[key] += row[key]
        t["ZDGDMJ"] += row["KJZDMJ"]
        # KJBBMJ/KJCCMJ of a row that did not deduct major infrastructure include ZDBBMJ/ZDCCMJ.
        t["BBMJ"] += row["KJBBMJ"] - (0.0 if zd_in_row else row["ZDBBMJ"])
        t["CCMJ"] += row["KJCCMJ"] - (0.0 if zd_in_row else row["ZDCCMJ"])
    out = figures(t, level, policy)
    out["DWDM"], out["DWMC"] = code, name
    return out


def summary_text(row):
    """One line for logs: '某镇：违法占用耕地 12.34 亩 / 新增建设占用耕地 56.78 亩 = 21.73%，未纳入问责'."""
    state = "纳入问责" if row["SFWZ"] else "未纳入问责"
    return "%s：违法占用耕地 %s 亩 / 新增建设占用耕地 %s 亩 = %.2f%%，%s" % (
        row["DWMC"], fmt_mu(row["WFGDMJ"]), fmt_mu(row["XZGDMJ"]), row["WFBL"], state)
