"""Figures of the periodic documents: 通报 (bulletin), 季度小结, half-year and annual reports, 挂图作战, deadlines.

Pure functions over patch dicts (rules/fields.py names) and photo dicts. The accountability arithmetic and the
deadline calendar are not repeated here: they come from rules/accountability.py and rules/deadlines.py; the data
checks of the quarterly review come from rules/selfcheck.py.

Scope of a document: a period (month, quarter, half-year, year) is read with parse_period(). The accountability
ratio is a yearly figure, so every document counts the patches of the batches issued from January of the period's
year up to the end of the period (年初至期末累计); "本期" columns count the batches issued within the period. The
judgments are those in the package when the document is made. The previous period is recomputed the same way with
the batches up to its end, so the comparison shows how the new batches and the work since moved each township.

Numbers the 2022 plan does not give (how long after 月清 an illegal patch may stay unrectified before a township is
warned, the warning line of the bulletin, which township gets which letter, the quarter-end review dates) are county
rules (本县规定): the policy file's "local" section (rules/local.py), an older file's `periodic` section, or the
defaults below. Documents label them as such.

Every ratio printed next to a verdict or a warning line goes through rules/ratio_text.py, so 14.99993 % is never
shown as "15.00%" beside "未达到".
"""

import calendar
import collections
import datetime
import re

from . import accountability
from . import categories as cat
from . import city_feedback
from . import interviews
from . import local
from . import selfcheck
from .deadlines import (CONFIRMED, add_months, monthly_clear_due, next_due, overdue, parse_date, parse_month)
from .errors import PolicyError, RuleInputError
from .fields import MU_PER_M2
from .ratio_text import line_text, ratio_text
from .values import flag, fmt_mu, jcbh, label, number, text

# County practice (see module doc); a policy file may override them under "periodic".
DEFAULTS = {
    "rectify_months_after_clear": 3,   # an illegal patch should be rectified within 3 months after its 月清
    "quarter_review_label": "季度小结（季度末全面审核）",
    "due_table_rows": 12,              # rows of the due table on a 挂图作战 page
}

FILLED_STATES = ("已填报", CONFIRMED)
RECTIFIED = "已整改"
RECTIFYING = "整改中"
NO_TOWNSHIP = "（未落乡镇）"


def setting(policy, key):
    if key == "rectify_months_after_clear":  # a county rule: "local" section first (rules/local.py)
        return local.value(policy, key)
    return policy.get("periodic", {}).get(key, DEFAULTS[key])


# ---- periods -----------------------------------------------------------------------------------------------------

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIOD_FORMS = "2022-03 或 2022年3月（月）、2022Q1 或 2022年第一季度（季度）、2022H1 或 2022年上半年（半年）、2022（年度）"
_YEAR_RE = re.compile(r"^(\d{4})\s*(?:年度?)?$")
_QUARTER_RE = re.compile(r"^(\d{4})\s*[-_ ]?\s*(?:[Qq]([1-4])|年?\s*第?([一二三四1-4])\s*季度?)$")
_HALF_RE = re.compile(r"^(\d{4})\s*[-_ ]?\s*(?:[Hh]([12])|年?\s*([上下])半年)$")
_MONTH_RE = re.compile(r"^(\d{4})\s*(?:[-/._年]\s*(\d{1,2})|(\d{2}))\s*月?(?:份)?$")


class Period:
    """A month, quarter, half-year or year. first/last are (year, month); start/end are dates."""

    KINDS = ("month", "quarter", "half", "year")
    _SPAN = {"month": 1, "quarter": 3, "half": 6, "year": 12}

    def __init__(self, kind, year, index=1):
        if kind not in self.KINDS:
            raise ValueError(kind)
        self.kind, self.year, self.index = kind, int(year), int(index)
        span = self._SPAN[kind]
        self.first = (self.year, (self.index - 1) * span + 1)
        self.last = (self.year, self.index * span)

    @property
    def code(self):
        """Canonical text: 2022-03, 2022Q1, 2022H1, 2022 (safe in file names)."""
        return {"month": "%d-%02d" % (self.year, self.index), "quarter": "%dQ%d" % (self.year, self.index),
                "half": "%dH%d" % (self.year, self.index), "year": "%d" % self.year}[self.kind]

    @property
    def label(self):
        if self.kind == "month":
            return "%d年%d月" % (self.year, self.index)
        if self.kind == "quarter":
            return "%d年第%s季度" % (self.year, "一二三四"[self.index - 1])
        if self.kind == "half":
            return "%d年%s半年" % (self.year, "上下"[self.index - 1])
        return "%d年度" % self.year

    @property
    def start(self):
        return datetime.date(self.first[0], self.first[1], 1)

    @property
    def end(self):
        return datetime.date(self.last[0], self.last[1], calendar.monthrange(*self.last)[1])

    @property
    def year_first(self):
        """The first month of the accumulation (January of the period's year)."""
        return (self.year, 1)

    def months(self):
        return [(self.year, m) for m in range(self.first[1], self.last[1] + 1)]

    def contains(self, month):
        return month is not None and self.first <= tuple(month) <= self.last

    def previous(self):
        count = 12 // self._SPAN[self.kind]
        if self.index > 1:
            return Period(self.kind, self.year, self.index - 1)
        return Period(self.kind, self.year - 1, count)

    def __eq__(self, other):
        return isinstance(other, Period) and (self.kind, self.year, self.index) == (other.kind, other.year, other.index)

    def __hash__(self):
        return hash((self.kind, self.year, self.index))

    def __repr__(self):
        return "Period(%s)" % self.code


def parse_period(value):
    """A Period from text; RuleInputError listing the accepted forms when it cannot be read."""
    raw = text(value)
    compact = raw.replace(" ", "")
    period = None
    m = _YEAR_RE.match(compact)
    if m:
        period = ("year", m.group(1), 1)
    elif _QUARTER_RE.match(compact):
        m = _QUARTER_RE.match(compact)
        period = ("quarter", m.group(1), _CN_DIGITS[m.group(2) or m.group(3)])
    elif _HALF_RE.match(compact):
        m = _HALF_RE.match(compact)
        period = ("half", m.group(1), int(m.group(2)) if m.group(2) else (1 if m.group(3) == "上" else 2))
    elif _MONTH_RE.match(compact):
        m = _MONTH_RE.match(compact)
        month = int(m.group(2) or m.group(3))
        if not 1 <= month <= 12:
            raise RuleInputError("统计期 %r 的月份 %d 不在 1–12 之间；可写作 %s" % (raw, month, _PERIOD_FORMS))
        period = ("month", m.group(1), month)
    else:
        raise RuleInputError("读不出统计期 %r；可写作 %s" % (raw, _PERIOD_FORMS))
    year = int(period[1])
    if not 2000 <= year <= 2099:
        raise RuleInputError("统计期 %r 的年份 %d 不合理（应在 2000–2099 之间）；可写作 %s" % (raw, year, _PERIOD_FORMS))
    return Period(period[0], year, period[2])


def month_code(month):
    return "%04d-%02d" % tuple(month)


# ---- reading patches ---------------------------------------------------------------------------------------------

def batch_month(patch, batch_field="PC"):
    """(year, month) of a patch's batch; RuleInputError naming the patch when it cannot be read."""
    month = parse_month(patch.get(batch_field))
    if month is None:
        raise RuleInputError("批次 %r 读不出月份（应如 2022-03），无法按统计期汇总；请在工作库中更正批次"
                             % text(patch.get(batch_field)), jcbh=jcbh(patch), field=label(batch_field))
    return month


def in_months(patches, first, last, batch_field="PC"):
    """The patches whose batch month lies in [first, last] (inclusive)."""
    return [p for p in patches if first <= batch_month(p, batch_field) <= last]


def patch_area(patch):
    """Patch area in 亩: the overlay's TBMJ, else the issued MJ (m²) converted."""
    tbmj = number(patch, "TBMJ", default=None)
    if tbmj is not None:
        return tbmj
    return number(patch, "MJ") * MU_PER_M2


def township_of(patch):
    return text(patch.get("XZDM")), text(patch.get("XZMC"))


def township_list(patches, extra=()):
    """[(code, name)] of every township met in the patches (and in `extra`), by code; unplaced patches last."""
    names = {}
    for code, name in list(extra) + [township_of(p) for p in patches]:
        if code not in names or (name and not names[code]):
            names[code] = name
    ordered = sorted(c for c in names if c)
    if "" in names:
        ordered.append("")
    return [(c, names[c] or (c if c else NO_TOWNSHIP)) for c in ordered]


def is_military(patch):
    """Patch flagged as military land (SFJYD): reported in the 军用土地登记表, never in the ordinary export."""
    return flag(patch, "SFJYD")


def _one_county(patches, county_code, batch_field="PC"):
    """Copies of the patches with XZQDM filled, so accountability puts them all in one county, and the batch read
    once into a (year, month) tuple (which rules/deadlines.parse_month takes as it is)."""
    codes = {text(p.get("XZQDM")) for p in patches} - {""}
    if county_code:
        codes.add(county_code)
    if len(codes) > 1:
        raise RuleInputError("工作库中有多个县级代码（%s），通报按一个县统计；请分县建库或更正 XZQDM"
                             % "、".join(sorted(codes)))
    code = county_code or (codes.pop() if codes else "")
    return [dict(p, XZQDM=text(p.get("XZQDM")) or code, **{batch_field: batch_month(p, batch_field)})
            for p in patches], code


# ---- bulletin (通报) ---------------------------------------------------------------------------------------------

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
    patches, county_code = _one_county(patches, county_code, batch_field)
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


# ---- quarterly review (季度小结) ------------------------------------------------------------------------------------

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
    patches, county_code = _one_county(patches, county_code, batch_field)
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


# ---- half-year and annual report ----------------------------------------------------------------------------------

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
    patches, county_code = _one_county(patches, county_code, batch_field)
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


# ---- 军用土地登记表 --------------------------------------------------------------------------------------------------

MILITARY_FIELDS = [
    ("XH", "序号", "", "int"),
    ("JCBH", "监测编号", "", "text"),
    ("XZQDM", "县级行政区代码", "", "text"),
    ("XMC", "县级行政区名称", "", "text"),
    ("XZMC", "乡镇", "", "text"),
    ("PC", "批次", "", "text"),
    ("TBLX", "图斑类型", "", "text"),
    ("HSX", "后时相", "", "text"),
    ("MJ", "图斑面积", "亩", "mu"),
    ("GDMJ", "耕地", "亩", "mu"),
    ("ZXJD", "中心点经度", "°", "coord"),
    ("ZXWD", "中心点纬度", "°", "coord"),
    ("PDLX", "判定类型", "", "text"),
    ("HSZT", "核查状态", "", "text"),
    ("BZ", "备注", "", "text"),
]


def military_rows(patches, period=None, batch_field="PC"):
    """Rows of the 军用土地登记表: the patches flagged SFJYD (of the period's batches when one is given)."""
    rows = []
    chosen = [p for p in patches if is_military(p)]
    if period is not None:
        chosen = [p for p in chosen if period.contains(batch_month(p, batch_field))]
    for i, p in enumerate(sorted(chosen, key=jcbh), start=1):
        rows.append({"XH": i, "JCBH": jcbh(p), "XZQDM": text(p.get("XZQDM")), "XMC": text(p.get("XMC")),
                     "XZMC": text(p.get("XZMC")), "PC": text(p.get(batch_field)), "TBLX": text(p.get("TBLX")),
                     "HSX": text(p.get("HSX")), "MJ": patch_area(p), "GDMJ": number(p, "GDMJ"),
                     "ZXJD": p.get("_lon"), "ZXWD": p.get("_lat"), "PDLX": text(p.get("PDLX")) or "未判定",
                     "HSZT": text(p.get("HSZT")), "BZ": text(p.get("BZ"))})
    return rows


# ---- 挂图作战 and deadlines --------------------------------------------------------------------------------------

UNJUDGED_STATE = "未判定"
ILLEGAL_OPEN = "违法未整改"
RECTIFYING_STATE = "整改中"
DONE_STATE = "已办结"
BATTLE_STATES = [UNJUDGED_STATE, ILLEGAL_OPEN, RECTIFYING_STATE, DONE_STATE]
BATTLE_COLORS = {UNJUDGED_STATE: "#9e9e9e", ILLEGAL_OPEN: "#d7191c", RECTIFYING_STATE: "#fdae61",
                 DONE_STATE: "#1a9641"}

DUE_FIELDS = [
    ("JCBH", "监测编号", "", "text"),
    ("ZT", "状态", "", "text"),
    ("SX", "到期事项", "", "text"),
    ("DQR", "到期日", "", "text"),
    ("YQ", "逾期/剩余", "天", "text"),
]


def battle_state(patch):
    """State on the 挂图作战 map: 未判定, 违法未整改, 整改中 or 已办结 (judged legal/other, or rectified)."""
    pdlx = text(patch.get("PDLX"))
    if not pdlx:
        return UNJUDGED_STATE
    if pdlx != cat.ILLEGAL:
        return DONE_STATE
    state = text(patch.get("ZGZT"))
    if state == RECTIFIED:
        return DONE_STATE
    return RECTIFYING_STATE if state == RECTIFYING else ILLEGAL_OPEN


def due_items(patches, today, policy, batch_field="PC"):
    """What each patch still owes, most urgent first: 月清 (not confirmed) and 整改 (illegal, not rectified).

    [{JCBH, XZDM, XZMC, ZT, SX, due (date), DQR, days (negative = overdue), YQ}]; patches without a readable
    batch month are left out (the self-check reports them).
    """
    today = parse_date(today)
    items = []
    for p in patches:
        month = parse_month(p.get(batch_field))
        if month is None:
            continue
        state = battle_state(p)
        owed = []
        if text(p.get("HSZT")) != CONFIRMED:
            owed.append(("%s批次月清（判定、填报、确认）" % month_code(month), monthly_clear_due(month, policy)))
        if state in (ILLEGAL_OPEN, RECTIFYING_STATE):
            owed.append(("整改到位", rectify_due(month, policy)))
        for what, due in owed:
            days = (due - today).days
            items.append({"JCBH": jcbh(p), "XZDM": text(p.get("XZDM")), "XZMC": text(p.get("XZMC")), "ZT": state,
                          "SX": what, "due": due, "DQR": due.isoformat(), "days": days,
                          "YQ": ("逾期 %d 天" % -days) if days < 0 else ("剩余 %d 天" % days)})
    return sorted(items, key=lambda i: (i["due"], i["JCBH"], i["SX"]))


def quarter_ends(year):
    return [Period("quarter", year, q).end for q in range(1, 5)]


def obligations(settings, today, policy):
    """What the package's settings say is owed besides the patches: the 约谈/启动问责 reports (5 working days,
    方案六(三)) and the open items of the 市级反馈问题清单 (方案二(四)). Returns (items, warnings); a damaged setting
    becomes a warning, so it never hides the rest of the deadline view."""
    items, warnings = [], []
    for module in (interviews, city_feedback):
        try:
            items += module.deadline_items(module.decode((settings or {}).get(module.SETTING_KEY)), today, policy)
        except (ValueError, KeyError, TypeError) as exc:
            warnings.append("工作库设置 %s 无法读取，未列入期限：%s" % (module.SETTING_KEY, exc))
    return items, warnings


def deadline_view(patches, today, policy, batch_field="PC", settings=None):
    """What the dock shows: overdue patches and the calendar ahead.

    Returns {"today", "overdue": [{JCBH, XZMC, due, days_late, state}] (most overdue first),
    "upcoming": [{date, kind, label, days_left, soon}] (soonest first: 月清/月核 per batch month, the quarter-end
    review, the policy milestones 6-20/6-30/2-28, and with `settings` (the package's settings table) the reports
    owed after a 约谈/启动问责 and the open 市级反馈 items, these also when already overdue),
    "obligations": those last ones alone (each with `overdue`), "warnings", "next_monthly_check": date or None,
    "next_quarter_end": date}. `soon` is true within the policy's warn_days_before.
    """
    today = parse_date(today)
    if today is None:
        raise RuleInputError("需要今天的日期才能计算期限")
    names = {jcbh(p): text(p.get("XZMC")) for p in patches}
    late = [{"JCBH": j, "XZMC": names.get(j, ""), "due": due, "days_late": days, "state": state}
            for j, due, days, state in overdue(patches, today, policy, batch_field)]
    late.sort(key=lambda r: (-r["days_late"], r["JCBH"]))
    months = {parse_month(p.get(batch_field)) for p in patches} - {None}
    upcoming = [{"date": d, "kind": kind, "label": lab} for d, kind, lab in next_due(today, policy, months)]
    review = setting(policy, "quarter_review_label")
    for year in (today.year, today.year + 1):
        for q, day in enumerate(quarter_ends(year), start=1):
            if day >= today:
                upcoming.append({"date": day, "kind": "quarter_review:%dQ%d" % (year, q),
                                 "label": "%d年第%s季度%s" % (year, "一二三四"[q - 1], review)})
    warn = int(policy["deadlines"].get("warn_days_before", 7))
    for item in upcoming:
        item["days_left"] = (item["date"] - today).days
        item["soon"] = item["days_left"] <= warn
    owed, warnings = obligations(settings, today, policy)
    upcoming += owed
    upcoming.sort(key=lambda i: (i["date"], i["kind"]))
    checks = [i["date"] for i in upcoming if i["kind"].startswith("monthly_check:")]
    return {"today": today, "overdue": late, "upcoming": upcoming,
            "obligations": sorted(owed, key=lambda i: (i["date"], i["kind"])), "warnings": warnings,
            "next_monthly_check": min(checks) if checks else None,
            "next_quarter_end": min(i["date"] for i in upcoming if i["kind"].startswith("quarter_review:"))}
