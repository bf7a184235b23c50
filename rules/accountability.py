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

增违挂钩 (方案四(二)) follows the plan's steps, not the ratio's: the quota frozen for new illegal farmland is released
only for demolished farmland (CCFGMJ) whose city acceptance (SJYSRQ) and the region's confirmation (ZZQQRRQ) are
both dated on or before the cut-off day, and deducted for approved farmland (BBGDMJ) only once the case was handled
(SFLA = 1); everything else stays frozen, with its reason counted (FROZEN_REASONS).

The township area threshold and the ranking basis are county rules (本县规定), read through rules/local.py.
"""

import calendar
import datetime

from . import categories as cat
from . import local
from .deadlines import parse_date, parse_month
from .errors import PolicyError, RuleInputError
from .ratio_text import ratio_text
from .values import flag, fmt_mu, jcbh, label, number, text

LEVEL_NAMES = {"township": "乡镇", "county": "县级", "city": "市级", "province": "省级"}
_EPS = 1e-6  # 亩: float sums of areas given to 0.01 must still reach "exactly 100"
_STEP = 0.01  # what-if amounts are reported to 0.01 亩, rounded up

# Why quota stays frozen (方案四(二)): (area key, count key, reason). SYDJ is the sum of the area keys.
FROZEN_REASONS = [
    ("DJWZG", "TSWZG", "未拆除复耕或补办"),
    ("DJDYS", "TSDYS", "拆除复耕待市级验收"),
    ("DJDQR", "TSDQR", "市级已验收待自治区确认"),
    ("DJDCC", "TSDCC", "已补办待查处"),
]


def _reason_fields():
    """Output columns of the still-frozen quota: area and patch count per reason, and the reasons as text."""
    out = []
    for area, count, why in FROZEN_REASONS:
        out += [(area, "real", "仍冻结：" + why, "亩"), (count, "int", "仍冻结：%s图斑数" % why, "个")]
    return out + [("DJYY", "str", "仍冻结原因", "")]


_REASON_FIELDS = _reason_fields()

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
    ("BLYZ", "real", "比例阈值", "%"),
    ("BLDB", "int", "比例达到阈值", "1=是"),
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
] + _REASON_FIELDS

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
] + _REASON_FIELDS

_QUOTA_SUMS = ["DJZB", "JDZB", "KJZB"] + [k for a, c, _w in FROZEN_REASONS for k in (a, c)]
_SUMS = ["TBS", "WPDS", "HFGDMJ", "YSWFMJ", "CLWFMJ", "NYPHMJ", "BBMJ", "CCMJ", "ZDGDMJ", "ZDCCMJ", "ZDBBMJ"] \
    + _QUOTA_SUMS
NO_MONTH = "未注明批次"


class Unit:
    """One judged unit, validated. Areas in 亩; sjysrq/zzqqrrq dates or None."""

    __slots__ = ("jcbh", "xzdm", "xzmc", "xzqdm", "xmc", "pdlx", "pdxl", "xzcl", "gdmj", "ccfgmj", "bbgdmj",
                 "zdjcss", "month", "sfla", "sjysrq", "zzqqrrq")


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
        u.sfla, u.sjysrq, u.zzqqrrq = False, None, None
        if u.pdlx == cat.ILLEGAL:  # on other judgments they are not used (self-check C06 reports them)
            _check_rectified(u, tol)
            _read_quota_steps(u, patch, warnings)
        else:
            u.ccfgmj = u.bbgdmj = 0.0
        u.zdjcss = flag(patch, "ZDJCSS")
        units.append(u)
    return units, unjudged, warnings


def _date_field(patch, field):
    value = patch.get(field)
    day = parse_date(value)
    if day is None and text(value):
        raise RuleInputError("日期 %r 无法识别（应如 2022-05-20）" % text(value), jcbh=jcbh(patch), field=label(field),
                             value=value)
    return day


def _read_quota_steps(u, patch, warnings):
    """The 增违挂钩 steps of an illegal unit: case handled (SFLA), city acceptance and region confirmation dates."""
    u.sfla = flag(patch, "SFLA")
    u.sjysrq, u.zzqqrrq = _date_field(patch, "SJYSRQ"), _date_field(patch, "ZZQQRRQ")
    if u.sjysrq and u.zzqqrrq and u.zzqqrrq < u.sjysrq:
        warnings.append("图斑 %s 自治区确认日期 %s 早于市级验收日期 %s，增违挂钩按未确认计（仍冻结）"
                        % (u.jcbh, u.zzqqrrq.isoformat(), u.sjysrq.isoformat()))


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


def _on_time(day, as_of):
    return day is not None and (as_of is None or day <= as_of)


def quota_steps(u, as_of):
    """{key: area} of one frozen unit: JDZB released, KJZB deducted, and the still-frozen rest by reason
    (FROZEN_REASONS area keys). The parts add up to the unit's farmland."""
    accepted = _on_time(u.sjysrq, as_of)
    confirmed = accepted and _on_time(u.zzqqrrq, as_of) and u.zzqqrrq >= u.sjysrq
    out = dict.fromkeys(["JDZB", "KJZB"] + [a for a, _c, _w in FROZEN_REASONS], 0.0)
    out["JDZB" if confirmed else ("DJDQR" if accepted else "DJDYS")] += u.ccfgmj
    out["KJZB" if u.sfla else "DJDCC"] += u.bbgdmj
    out["DJWZG"] += _clip(u.gdmj - u.ccfgmj - u.bbgdmj)
    return out


def _add_quota(t, u, as_of):
    steps = quota_steps(u, as_of)
    t["DJZB"] += u.gdmj
    for key, amount in steps.items():
        t[key] += amount
    for area, count, _why in FROZEN_REASONS:
        t[count] += 1 if steps[area] > _EPS else 0


def _tally(units, unjudged, policy, as_of=None):
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
            _add_quota(t, u, as_of)
    return t


def _deduction_applies(policy, key, level):
    rule = policy["accountability"]["deductions"].get(key)
    return bool(rule) and level not in rule.get("not_at_levels", [])


def threshold_mu(policy, level):
    """Area threshold of a level: the plan's (county, city, province) or the county's own for townships."""
    if level == "township":
        return float(local.value(policy, "township_threshold_mu"))
    thresholds = policy["accountability"]["thresholds_mu"]
    if level not in thresholds:
        raise PolicyError("政策 %s 年没有 %s 级的面积阈值" % (policy["year"], level))
    return float(thresholds[level])


def figures(t, level, policy):
    """Output figures of one unit of account from its sums `t` (see _tally)."""
    acc = policy["accountability"]
    threshold = threshold_mu(policy, level)
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
        "BLYZ": r * 100.0, "BLDB": 1 if over_ratio(illegal, base) else 0,
        "MJYZ": threshold, "SFWZ": 1 if accountable else 0, "PM": None,
        "MJCJ": _least(over_area),
        "BLCJCC": _least(lambda x: over_ratio(illegal - x, base - x)),
        "BLCJBB": _least(lambda x: over_ratio(illegal - x, base)),
    }
    row.update(quota_row(t))
    return row


def quota_row(t):
    """DJZB/JDZB/KJZB/SYDJ, the frozen rest by reason and DJYY (the reasons as one line) from summed steps."""
    row = {k: t[k] for k in _QUOTA_SUMS}
    for _area, count, _why in FROZEN_REASONS:
        row[count] = int(row[count])
    row["SYDJ"] = _clip(t["DJZB"] - t["JDZB"] - t["KJZB"])
    row["DJYY"] = frozen_reasons_text(row)
    return row


def frozen_reasons_text(row):
    """'拆除复耕待市级验收 2 个图斑 3.00 亩；已补办待查处 1 个图斑 0.50 亩' (empty when nothing is frozen)."""
    parts = ["%s %d 个图斑 %s 亩" % (why, row[count], fmt_mu(row[area]))
             for area, count, why in FROZEN_REASONS if row[area] > _EPS]
    return "；".join(parts)


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


def cut_off(policy, months=None, as_of=None):
    """The day up to which 增违挂钩 acceptance and confirmation dates count: `as_of` when given, else the last
    day of the month range, else the end of the policy year."""
    if as_of is not None:
        day = parse_date(as_of)
        if day is None:
            raise RuleInputError("统计截止日 %r 无法识别（应如 2022-06-30）" % (as_of,))
        return day
    year, month = months[1] if months else (int(policy["year"]), 12)
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def compute(patches, policy, months=None, batch_field="PC", as_of=None):
    """The accountability table: township rows, then one row per county.

    Returns {"rows": [...], "quota": [...], "warnings": [...], "as_of": date} where rows carry FIELD_NAMES and
    quota the monthly 增违挂钩 rows (QUOTA_FIELDS); as_of is the cut-off day of the 增违挂钩 steps (cut_off()).
    Raises RuleInputError on bad input.
    """
    as_of = cut_off(policy, months, as_of)
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
            row = _row(town_units, "township", policy, as_of)
            row["DWDM"] = town_code
            row["DWMC"] = _first(u.xzmc for u in town_units) or ("（未落乡镇）" if not town_code else town_code)
            town_rows.append(row)
        rank(town_rows, policy)
        county = _row(members, "county", policy, as_of)
        county["DWDM"] = county_code
        county["DWMC"] = _first(u.xmc for u in members) or county_code
        rows.extend(town_rows)
        rows.append(county)
    return {"rows": rows, "quota": quota_by_month(units, policy, as_of), "warnings": warnings, "as_of": as_of}


def _row(members, level, policy, as_of=None):
    judged = [u for u in members if u.pdlx]
    unjudged = [u for u in members if not u.pdlx]
    return figures(_tally(judged, unjudged, policy, as_of), level, policy)


def _first(values):
    for v in values:
        if v:
            return v
    return ""


def rank(rows, policy):
    """Set PM on township rows: worst first by the county's keys (本县规定, rules/local.py: by default the illegal
    farmland after deductions, then the ratio); ties share a rank (1, 2, 2, 4)."""
    rule = local.value(policy, "ranking")
    keys, desc = rule["by"], rule.get("order", "desc") == "desc"

    def key(row):
        return tuple(round(row[k], 6) for k in keys)

    ordered = sorted(rows, key=lambda row: tuple(-v for v in key(row)) if desc else key(row))
    previous, position = None, 0
    for index, row in enumerate(ordered, start=1):
        if key(row) != previous:
            position, previous = index, key(row)
        row["PM"] = position
    return rows


def quota_by_month(units, policy, as_of=None):
    """增违挂钩 per county and batch month: frozen, released, deducted, still frozen and why (亩, 个)."""
    buckets, names = {}, {}
    for u in units:
        if not _is_frozen(u, policy):
            continue
        month = "%04d-%02d" % u.month if u.month else NO_MONTH
        _add_quota(buckets.setdefault((u.xzqdm, month), dict.fromkeys(_QUOTA_SUMS, 0.0)), u, as_of)
        names[u.xzqdm] = names.get(u.xzqdm) or u.xmc
    rows = []
    for (code, month), b in sorted(buckets.items()):
        rows.append(dict(quota_row(b), DWDM=code, DWMC=names.get(code) or code, YF=month))
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
        for key in ["HFGDMJ", "YSWFMJ", "CLWFMJ", "NYPHMJ", "ZDCCMJ", "ZDBBMJ"] + _QUOTA_SUMS:
            t[key] += row.get(key) or 0.0  # tables written before the reason columns existed have none
        t["ZDGDMJ"] += row["KJZDMJ"]
        # KJBBMJ/KJCCMJ of a row that did not deduct major infrastructure include ZDBBMJ/ZDCCMJ.
        t["BBMJ"] += row["KJBBMJ"] - (0.0 if zd_in_row else row["ZDBBMJ"])
        t["CCMJ"] += row["KJCCMJ"] - (0.0 if zd_in_row else row["ZDCCMJ"])
    out = figures(t, level, policy)
    out["DWDM"], out["DWMC"] = code, name
    return out


def summary_text(row):
    """One line for logs: '某镇：违法占用耕地 12.34 亩 / 新增建设占用耕地 56.78 亩 = 14.9999%（低于 15%），未纳入问责'.

    The ratio is printed with as many digits as it takes to agree with the verdict (rules/ratio_text.py)."""
    state = "纳入问责" if row["SFWZ"] else "未纳入问责"
    if not row["SFWZ"] and row.get("BLDB") and row["WFGDMJ"] < row["MJYZ"]:
        state += "（违法面积未达 %g 亩）" % row["MJYZ"]
    return "%s：违法占用耕地 %s 亩 / 新增建设占用耕地 %s 亩 = %s，%s" % (
        row["DWMC"], fmt_mu(row["WFGDMJ"]), fmt_mu(row["XZGDMJ"]), ratio_line(row), state)


def ratio_line(row):
    """'14.9999%（低于 15%）' for a row of FIELDS (its own line BLYZ and verdict BLDB)."""
    return ratio_text(row["WFBL"], row.get("BLYZ"), row.get("BLDB"), verdict=row.get("BLYZ") is not None)
