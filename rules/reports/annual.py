"""Figures of the half-year and annual reports: categories, ages, measures, months.

Part of the periodic documents' figures (rules/reports/__init__.py says how they count)."""

import collections

from .. import accountability
from .. import categories as cat
from ..errors import RuleInputError
from ..values import flag, jcbh, label, number, text
from .common import RECTIFIED, RECTIFYING
from .periods import month_code
from .patches import batch_month, in_months, one_county, patch_area, township_list

CATEGORY_FIELDS = [
    ("PDLX", "判定类型", "", "text"),
    ("PDXL", "判定子类", "", "text"),
    ("TBS", "图斑数", "个", "int"),
    ("MJ", "面积", "亩", "mu"),
    ("GDMJ", "耕地", "亩", "mu"),
    ("JBNTMJ", "永久基本农田", "亩", "mu"),
]
ILLEGAL_AGE_FIELDS = [
    ("XZCL", "新增/存量", "", "text"),
    ("TBS", "违法图斑", "个", "int"),
    ("MJ", "违法用地面积", "亩", "mu"),
    ("GDMJ", "占用耕地", "亩", "mu"),
    ("JBNTMJ", "占用永久基本农田", "亩", "mu"),
]
MEASURE_FIELDS = [
    ("ZGCS", "整改措施", "", "text"),
    ("TBS", "违法图斑", "个", "int"),
    ("YZG", "已整改", "个", "int"),
    ("ZGZ", "整改中", "个", "int"),
    ("WZG", "未整改", "个", "int"),
    ("CCFGMJ", "拆除复耕耕地", "亩", "mu"),
    ("BBGDMJ", "补办手续耕地", "亩", "mu"),
    ("LAS", "立案", "个", "int"),
]
MONTH_FIELDS = [
    ("YF", "批次月份", "", "text"),
    ("TBS", "下发图斑", "个", "int"),
    ("MJ", "图斑面积", "亩", "mu"),
    ("WFTBS", "违法图斑", "个", "int"),
    ("WFGD", "违法占用耕地", "亩", "mu"),
]
UNJUDGED = "（未判定）"
UNSPECIFIED = "（未填）"


def _bucket():
    return {"TBS": 0, "MJ": 0.0, "GDMJ": 0.0, "JBNTMJ": 0.0}


def _add(bucket, patch):
    bucket["TBS"] += 1
    bucket["MJ"] += patch_area(patch)
    bucket["GDMJ"] += number(patch, "GDMJ")
    bucket["JBNTMJ"] += number(patch, "YJJBNTMJ")


def category_rows(patches):
    """Judgments by category and subtype with a subtotal per category and a grand total (in that order)."""
    groups = collections.OrderedDict()
    for pdlx in cat.PDLX + [UNJUDGED]:
        groups[pdlx] = collections.OrderedDict()
    for p in patches:
        pdlx = text(p.get("PDLX")) or UNJUDGED
        pdxl = text(p.get("PDXL")) or ("" if pdlx == UNJUDGED else UNSPECIFIED)
        if pdlx not in groups:
            raise RuleInputError("判定类型 %r 不在 %s 之中" % (pdlx, "/".join(cat.PDLX)),
                                 jcbh=jcbh(p), field=label("PDLX"), value=pdlx)
        _add(groups[pdlx].setdefault(pdxl, _bucket()), p)
    rows, total = [], _bucket()
    for pdlx, subs in groups.items():
        if not subs:
            continue
        sub_total = _bucket()
        order = cat.subtypes(pdlx) + [UNSPECIFIED, ""]
        for pdxl in sorted(subs, key=lambda s: order.index(s) if s in order else len(order)):
            rows.append(dict(subs[pdxl], PDLX=pdlx, PDXL=pdxl or "—"))
            for k in sub_total:
                sub_total[k] += subs[pdxl][k]
        if pdlx != UNJUDGED:
            rows.append(dict(sub_total, PDLX=pdlx, PDXL="小计", subtotal=True))
        for k in total:
            total[k] += sub_total[k]
    rows.append(dict(total, PDLX="合计", PDXL="", subtotal=True))
    return rows


def illegal_age_rows(patches):
    buckets = collections.OrderedDict((k, _bucket()) for k in cat.XZCL + [UNSPECIFIED])
    for p in patches:
        if text(p.get("PDLX")) == cat.ILLEGAL:
            _add(buckets[text(p.get("XZCL")) if text(p.get("XZCL")) in cat.XZCL else UNSPECIFIED], p)
    rows = [dict(b, XZCL=k) for k, b in buckets.items() if b["TBS"] or k != UNSPECIFIED]
    total = _bucket()
    for r in rows:
        for k in total:
            total[k] += r[k]
    return rows + [dict(total, XZCL="合计", subtotal=True)]


def measure_rows(patches):
    """Illegal patches by rectification measure (ZGCS) and state."""
    keys = cat.ZGCS + [UNSPECIFIED]
    buckets = collections.OrderedDict((k, {"TBS": 0, "YZG": 0, "ZGZ": 0, "WZG": 0, "CCFGMJ": 0.0, "BBGDMJ": 0.0,
                                           "LAS": 0}) for k in keys)
    for p in patches:
        if text(p.get("PDLX")) != cat.ILLEGAL:
            continue
        measure = text(p.get("ZGCS"))
        b = buckets[measure if measure in cat.ZGCS else UNSPECIFIED]
        b["TBS"] += 1
        state = text(p.get("ZGZT"))
        b["YZG" if state == RECTIFIED else "ZGZ" if state == RECTIFYING else "WZG"] += 1
        b["CCFGMJ"] += number(p, "CCFGMJ")
        b["BBGDMJ"] += number(p, "BBGDMJ")
        b["LAS"] += 1 if flag(p, "SFLA") else 0
    rows = [dict(b, ZGCS=k) for k, b in buckets.items() if b["TBS"]]
    total = dict.fromkeys(buckets[UNSPECIFIED], 0)
    for r in rows:
        for k in total:
            total[k] += r[k]
    return rows + [dict(total, ZGCS="合计", subtotal=True)]


def month_rows(patches, batch_field="PC"):
    by_month = collections.OrderedDict()
    for p in sorted(patches, key=lambda p: batch_month(p, batch_field)):
        b = by_month.setdefault(month_code(batch_month(p, batch_field)),
                                {"TBS": 0, "MJ": 0.0, "WFTBS": 0, "WFGD": 0.0})
        b["TBS"] += 1
        b["MJ"] += patch_area(p)
        if text(p.get("PDLX")) == cat.ILLEGAL:
            b["WFTBS"] += 1
            b["WFGD"] += number(p, "GDMJ")
    return [dict(b, YF=m) for m, b in by_month.items()]


def zero_accountability_row(code, name, policy):
    """An accountability row (accountability.FIELD_NAMES) of a township without patches."""
    row = {name_: (0 if ftype == "int" else 0.0) for name_, ftype, _h, _u in accountability.FIELDS}
    row.update({"DWDM": code, "DWMC": name, "JB": accountability.LEVEL_NAMES["township"], "PM": None,
                "MJYZ": accountability.threshold_mu(policy, "township"),
                "BLYZ": float(policy["accountability"]["ratio_threshold_pct"]), "DJYY": ""})
    return row


_FROZEN_KEYS = [k for area, count, _why in accountability.FROZEN_REASONS for k in (area, count)]


def annual_figures(patches, period, policy, townships=(), county_code="", batch_field="PC"):
    """Half-year (H1/H2) or annual report figures over the year's batches up to the period's end.

    Returns {period, scope, categories, illegal_age, measures, months, accountability, county, quota, quota_total,
    warnings, as_of}; as_of (the period's end) is the cut-off of the 增违挂钩 acceptance and confirmation dates.
    """
    if period.kind not in ("half", "year"):
        raise RuleInputError("半年和年度报告的统计期应为半年（如 2022H1）或年度（如 2022），而不是 %s" % period.code)
    patches, county_code = one_county(patches, county_code, batch_field)
    scope = in_months(patches, period.year_first, period.last, batch_field)
    result = accountability.compute(scope, policy, as_of=period.end) if scope else \
        {"rows": [], "quota": [], "warnings": []}
    towns = {r["DWDM"]: r for r in result["rows"] if r["JB"] == accountability.LEVEL_NAMES["township"]}
    county = next((r for r in result["rows"] if r["JB"] == accountability.LEVEL_NAMES["county"]), None)
    acc_rows = []
    for code, name in township_list(patches, townships):
        row = towns.get(code)
        if row is None:  # a township without patches this year still appears, with zeros
            row = zero_accountability_row(code, name, policy)
        acc_rows.append(row)
    accountability.rank(acc_rows, policy)
    quota_total = accountability.quota_row({k: sum(q[k] for q in result["quota"])
                                            for k in ["DJZB", "JDZB", "KJZB"] + _FROZEN_KEYS})
    return {"period": period, "county_code": county_code, "scope": scope, "categories": category_rows(scope),
            "illegal_age": illegal_age_rows(scope), "measures": measure_rows(scope),
            "months": month_rows(scope, batch_field), "accountability": acc_rows, "county": county,
            "quota": result["quota"], "quota_total": quota_total, "warnings": result["warnings"],
            "as_of": period.end}
