"""Figures of the 通报 (bulletin): township progress, illegal land, ranking, trend, warnings.

Part of the periodic documents' figures (rules/reports/__init__.py says how they count)."""

import collections

from .. import accountability
from .. import categories as cat
from .. import local
from ..deadlines import CONFIRMED, add_months, monthly_clear_due, overdue, parse_date
from ..errors import PolicyError
from ..ratio_text import line_text, ratio_text
from ..values import flag, fmt_mu, jcbh, number, text
from .common import FILLED_STATES, RECTIFIED, setting
from .periods import Period, month_code
from .patches import batch_month, in_months, one_county, patch_area, township_list, township_of

# Columns of the township table: (key, Chinese header, unit, kind). kind: int, mu, pct, pp (percentage points),
# rank, delta (signed int), text. The same list drives the .docx and the .xlsx.
PROGRESS_FIELDS = [
    ("DWMC", "乡镇", "", "text"),
    ("BQXF", "本期下发", "个", "int"),
    ("LJXF", "累计下发", "个", "int"),
    ("YPD", "已判定", "个", "int"),
    ("YTB", "已填报", "个", "int"),
    ("YQR", "已确认", "个", "int"),
    ("QRL", "确认率", "%", "pct"),
    ("YQS", "超月清期限", "个", "int"),
]
ILLEGAL_FIELDS = [
    ("DWMC", "乡镇", "", "text"),
    ("WFTBS", "违法图斑", "个", "int"),
    ("WFMJ", "违法用地面积", "亩", "mu"),
    ("WFGD", "占用耕地", "亩", "mu"),
    ("WFJBNT", "占用永久基本农田", "亩", "mu"),
    ("CCFG", "拆除复耕", "亩", "mu"),
    ("BBSX", "补办手续", "亩", "mu"),
    ("LAS", "立案查处", "个", "int"),
    ("YZG", "已整改", "个", "int"),
    ("WZG", "未整改到位", "个", "int"),
    ("SYGD", "剩余未整改耕地", "亩", "mu"),
]
RANKING_FIELDS = [
    ("PM", "排名", "名", "rank"),
    ("DWMC", "乡镇", "", "text"),
    ("WFGDMJ", "扣减后违法占用耕地", "亩", "mu"),
    ("XZGDMJ", "扣减后新增建设占用耕地", "亩", "mu"),
    ("WFBL", "违法占用耕地比例", "%", "ratio"),
    ("SQWFBL", "上期比例", "%", "ratio"),
    ("BLBH", "比例变化", "百分点", "pp"),
    ("SQPM", "上期排名", "名", "rank"),
    ("PMBH", "名次变化", "位", "delta"),
    ("SFWZ", "达到问责条件", "", "yesno"),
]
TREND_FIELDS = [
    ("YF", "截至月份", "", "text"),
    ("WFGDMJ", "扣减后违法占用耕地", "亩", "mu"),
    ("XZGDMJ", "扣减后新增建设占用耕地", "亩", "mu"),
    ("WFBL", "违法占用耕地比例", "%", "ratio"),
]
WARNING_FIELDS = [
    ("DWMC", "乡镇", "", "text"),
    ("HJ", "拟发函件", "", "text"),
    ("YY", "触及警戒线的情形", "", "text"),
    ("JY", "建议措施", "", "text"),
]
_COUNTS = ["BQXF", "LJXF", "YPD", "YTB", "YQR", "YQS", "WFTBS", "LAS", "YZG", "WZG", "ZGYQ"]
_AREAS = ["WFMJ", "WFGD", "WFJBNT", "CCFG", "BBSX", "SYGD", "ZGYQGD"]


def _empty_row(code, name):
    row = dict.fromkeys(_COUNTS, 0)
    row.update(dict.fromkeys(_AREAS, 0.0))
    row.update({"DWDM": code, "DWMC": name, "QRL": 0.0, "WFGDMJ": 0.0, "XZGDMJ": 0.0, "WFBL": 0.0, "SFWZ": 0,
                "BLDB": 0, "BLYZ": None, "PM": None, "SQWFBL": None, "SQBLDB": None, "BLBH": None, "SQPM": None,
                "PMBH": None, "YQTS": 0})
    return row


# What a period row takes over from the accountability row of its township (BLDB: the ratio's own verdict, so the
# printed ratio agrees with it).
_ACC_KEYS = ("WFGDMJ", "XZGDMJ", "WFBL", "BLYZ", "BLDB", "SFWZ")


def rectify_due(month, policy):
    """Date by which an illegal patch of batch `month` should be rectified (月清 + rectify months, month end)."""
    return monthly_clear_due(add_months(month, int(setting(policy, "rectify_months_after_clear"))), policy)


def is_rectified(patch):
    return text(patch.get("ZGZT")) == RECTIFIED


def _add_patch(row, patch, period, today, policy, late, batch_field):
    month = batch_month(patch, batch_field)
    row["LJXF"] += 1
    if period.contains(month):
        row["BQXF"] += 1
    pdlx, state = text(patch.get("PDLX")), text(patch.get("HSZT"))
    if pdlx:
        row["YPD"] += 1
    if state in FILLED_STATES:
        row["YTB"] += 1
    if state == CONFIRMED:
        row["YQR"] += 1
    if jcbh(patch) in late:
        row["YQS"] += 1
        row["YQTS"] = max(row["YQTS"], late[jcbh(patch)])
    if pdlx != cat.ILLEGAL:
        return
    gd, cc, bb = number(patch, "GDMJ"), number(patch, "CCFGMJ"), number(patch, "BBGDMJ")
    row["WFTBS"] += 1
    row["WFMJ"] += patch_area(patch)
    row["WFGD"] += gd
    row["WFJBNT"] += number(patch, "YJJBNTMJ")
    row["CCFG"] += cc
    row["BBSX"] += bb
    row["SYGD"] += max(gd - cc - bb, 0.0)
    if flag(patch, "SFLA"):
        row["LAS"] += 1
    if is_rectified(patch):
        row["YZG"] += 1
    else:
        row["WZG"] += 1
        if today is not None and today > rectify_due(month, policy):
            row["ZGYQ"] += 1
            row["ZGYQGD"] += max(gd - cc - bb, 0.0)


def _ratio_rows(patches, policy, as_of=None):
    """{township code: accountability row} and the county row for these patches (already one county)."""
    rows = accountability.compute(patches, policy, as_of=as_of)["rows"] if patches else []
    towns = {r["DWDM"]: r for r in rows if r["JB"] == accountability.LEVEL_NAMES["township"]}
    county = [r for r in rows if r["JB"] == accountability.LEVEL_NAMES["county"]]
    return towns, (county[0] if county else None)


def period_rows(patches, period, policy, today=None, townships=(), batch_field="PC"):
    """Township rows and the county row of one period (year-to-date through the period's end).

    patches: every patch of the package (one county); townships: extra (code, name) to list even without patches.
    Returns (rows, county_row). Rows carry the keys of PROGRESS_FIELDS, ILLEGAL_FIELDS and RANKING_FIELDS.
    """
    today = parse_date(today)
    scope = in_months(patches, period.year_first, period.last, batch_field)
    late = {j: days for j, _due, days, _state in overdue(scope, today, policy, batch_field)} if today else {}
    rows = collections.OrderedDict((code, _empty_row(code, name))
                                   for code, name in township_list(patches, townships))
    county = _empty_row("", "合计")
    for patch in scope:
        code, _name = township_of(patch)
        _add_patch(rows[code], patch, period, today, policy, late, batch_field)
        _add_patch(county, patch, period, today, policy, late, batch_field)
    towns, county_acc = _ratio_rows(scope, policy, period.end)
    for row in list(rows.values()) + [county]:
        row["BLYZ"] = float(policy["accountability"]["ratio_threshold_pct"])
    for code, row in rows.items():
        acc = towns.get(code)
        if acc:
            row.update({k: acc[k] for k in _ACC_KEYS})
    if county_acc:
        county.update({k: county_acc[k] for k in _ACC_KEYS})
        county["DWDM"], county["DWMC"] = county_acc["DWDM"], county_acc["DWMC"] or "合计"
    result = list(rows.values())
    for row in result + [county]:
        row["QRL"] = 100.0 * row["YQR"] / row["LJXF"] if row["LJXF"] else 0.0
    accountability.rank(result, policy)
    return result, county


def compare(rows, previous_rows):
    """Fill the 上期 columns of `rows` from the previous period's rows (matched by township code)."""
    before = {r["DWDM"]: r for r in previous_rows or []}
    for row in rows:
        old = before.get(row["DWDM"])
        if old is None:
            continue
        row["SQWFBL"], row["SQBLDB"], row["SQPM"] = old["WFBL"], old.get("BLDB"), old["PM"]
        row["BLBH"] = row["WFBL"] - old["WFBL"]
        if old["PM"] is not None and row["PM"] is not None:
            row["PMBH"] = old["PM"] - row["PM"]  # positive: moved towards rank 1 (the worst)
    return rows


def ratio_trend(patches, period, policy, batch_field="PC"):
    """County ratio at the end of each month of the year up to the period's end: [{YF, WFGDMJ, XZGDMJ, WFBL}]."""
    trend = []
    for month in Period("year", period.year).months():
        if month > period.last:
            break
        scope = in_months(patches, period.year_first, month, batch_field)
        _towns, county = _ratio_rows(scope, policy, Period("month", *month).end)
        trend.append({"YF": month_code(month), "WFGDMJ": county["WFGDMJ"] if county else 0.0,
                      "XZGDMJ": county["XZGDMJ"] if county else 0.0, "WFBL": county["WFBL"] if county else 0.0,
                      "BLDB": county["BLDB"] if county else 0})
    return trend


def warning_line(policy):
    """The bulletin's ratio warning line (本县规定, rules/local.py)."""
    return float(local.value(policy, "warning_ratio_pct"))


def warning_reached(row, policy):
    """Whether a township's ratio reaches the warning line. When the line is the plan's ratio line, the
    accountability verdict (BLDB) decides, so the warning and the verdict never disagree on the same figure."""
    line = warning_line(policy)
    if row.get("BLDB") is not None and line == float(policy["accountability"]["ratio_threshold_pct"]):
        return bool(row["BLDB"])
    return row["XZGDMJ"] > 0 and row["WFBL"] >= line


def _triggers(row, before, policy):
    """The facts the county's letter rules look at (rules/local.TRIGGERS)."""
    ratio = warning_reached(row, policy)
    return {"accountable": bool(row["SFWZ"]), "ratio_warning": ratio,
            "ratio_warning_twice": ratio and before is not None and warning_reached(before, policy),
            "clear_overdue": row["YQS"] > 0, "rectify_overdue": row["ZGYQ"] > 0,
            "rectify_overdue_mu": row["ZGYQGD"]}


def _fires(trigger, setting, fact):
    if trigger not in local.TRIGGERS:
        raise PolicyError("发函条件 %s 不认识（可用：%s）" % (trigger, "、".join(local.TRIGGERS)))
    if setting is True:
        return bool(fact)
    if setting in (False, None):
        return False
    return fact >= float(setting) - 1e-6  # an amount (亩) the fact must reach


def choose_letter(facts, policy):
    """(letter label, the rule that chose it) by the county's rules: the first letter in `order` any of whose
    conditions holds; ("", "") when none does."""
    rules = local.value(policy, "letters")
    for name in rules.get("order", []):
        rule = rules[name]
        met = [t for t, setting in rule["when"].items() if _fires(t, setting, facts[t])]
        if met:
            return rule["label"], "、".join(local.TRIGGERS[t] % rule["when"][t] if "%" in local.TRIGGERS[t]
                                           else local.TRIGGERS[t] for t in met)
    return "", ""


def warning_findings(rows, policy, previous_rows=None):
    """Townships crossing a warning line, ready for a 警示提醒函 or 自然资源执法监督建议函:
    [{DWDM, DWMC, HJ (letter), HJYJ (why that letter), YY, JY, reasons: [...]}]. The warning line, the rectification
    months and the letter rules are county rules (本县规定)."""
    line = warning_line(policy)
    months = int(setting(policy, "rectify_months_after_clear"))
    before = {r["DWDM"]: r for r in previous_rows or []}
    found = []
    for row in rows:
        reasons, actions = [], []
        facts = _triggers(row, before.get(row["DWDM"]), policy)
        if row["YQS"]:
            reasons.append("%d 个图斑超过月清期限仍未确认（最长逾期 %d 天）" % (row["YQS"], row["YQTS"]))
            actions.append("限期完成核查判定、填报和确认")
        if facts["ratio_warning"]:
            reasons.append("违法占用耕地比例 %s，达到 %s 警戒线（本县规定）%s" % (
                ratio_text(row["WFBL"], line, True), line_text(line),
                "，上期亦达到" if facts["ratio_warning_twice"] else ""))
            actions.append("加快拆除复耕、补办手续，降低违法比例")
        if row["ZGYQ"]:
            reasons.append("%d 个违法图斑月清后 %d 个月（本县规定）仍未整改到位（剩余耕地 %s 亩）"
                           % (row["ZGYQ"], months, fmt_mu(row["ZGYQGD"])))
            actions.append("明确整改责任和时限，逐图斑销号")
        if row["SFWZ"]:
            reasons.append("违法占用耕地 %s 亩、比例 %s，已达到问责条件" % (
                fmt_mu(row["WFGDMJ"]), ratio_text(row["WFBL"], row.get("BLYZ"), row.get("BLDB"))))
            actions.append("提请县人民政府约谈")
        if reasons:
            letter, basis = choose_letter(facts, policy)
            found.append({"DWDM": row["DWDM"], "DWMC": row["DWMC"], "reasons": reasons, "HJ": letter or "不发函",
                          "HJYJ": basis, "YY": "；".join(reasons), "JY": "；".join(actions)})
    return found


def bulletin_figures(patches, period, policy, today=None, townships=(), county_code="", batch_field="PC"):
    """Everything the 通报 shows: {period, previous, rows, county, trend, warnings}.

    previous is None for the first period of a year (the ratio starts again each year).
    """
    patches, county_code = one_county(patches, county_code, batch_field)
    rows, county = period_rows(patches, period, policy, today, townships, batch_field)
    prev, prev_rows = period.previous(), None
    if prev.year == period.year:
        prev_rows, prev_county = period_rows(patches, prev, policy, today, townships, batch_field)
        compare(rows, prev_rows)
        compare([county], [dict(prev_county, DWDM=county["DWDM"])])
    else:
        prev = None
    return {"period": period, "previous": prev, "rows": rows, "county": county, "county_code": county_code,
            "trend": ratio_trend(patches, period, policy, batch_field),
            "warnings": warning_findings(rows, policy, prev_rows)}
