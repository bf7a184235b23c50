"""约谈 and 启动问责 records and the report each one owes the county office (方案六(三)): a township that held a
警示约谈 reports it with the notice, plan and speeches within 5 working days; one that started 问责 reports that
within 5 working days of starting it. Working days skip Saturdays, Sundays and the holidays of the policy's "local"
section (rules/deadlines.WorkCalendar).

Records are kept in the work package's settings table as JSON (SETTING_KEY): [{ID, XZDM, XZMC, LX, RQ, BSRQ, BZ}]
where LX is 约谈 or 启动问责, RQ the day it happened and BSRQ the day the report reached the county office (empty
while it is owed). Pure Python.
"""

import json

from .deadlines import parse_date, report_due, report_rule
from .errors import RuleInputError
from .values import is_empty, text

SETTING_KEY = "interviews"
KINDS = {"约谈": "interview_report", "启动问责": "accountability_report"}

REPORT_FIELDS = [
    ("XZMC", "乡镇", "", "text"),
    ("LX", "类型", "", "text"),
    ("RQ", "约谈/启动日期", "", "text"),
    ("QX", "报告期限", "", "text"),
    ("BSRQ", "报送日期", "", "text"),
    ("ZT", "状态", "", "text"),
    ("BZ", "备注", "", "text"),
]


def decode(value):
    if is_empty(value):
        return []
    records = json.loads(value) if isinstance(value, str) else value
    if not isinstance(records, list):
        raise RuleInputError("工作库设置 %s 不是约谈问责登记（应为 JSON 数组）" % SETTING_KEY)
    return records


def _day(value, what):
    day = parse_date(value)
    if day is None:
        raise RuleInputError("%s %r 无法识别（应如 2022-05-09）" % (what, text(value)))
    return day


def record(records, kind, code, name, day, reported=None, note=""):
    """Records with one 约谈/启动问责 added, or completed when the same township, kind and day is already there
    (its report date and note). Returns (records, the record, "新增" or "更新")."""
    if kind not in KINDS:
        raise RuleInputError("类型 %r 应为 %s 之一" % (kind, "/".join(KINDS)))
    if not (text(code) or text(name)):
        raise RuleInputError("请填写乡镇（代码或名称）")
    day = _day(day, "约谈或启动问责日期")
    sent = _day(reported, "报送日期") if text(reported) else None
    if sent is not None and sent < day:
        raise RuleInputError("报送日期 %s 早于%s日期 %s" % (sent.isoformat(), kind, day.isoformat()))
    rid = "%s-%s-%s" % (text(code) or text(name), kind, day.isoformat())
    new = {"ID": rid, "XZDM": text(code), "XZMC": text(name), "LX": kind, "RQ": day.isoformat(),
           "BSRQ": sent.isoformat() if sent else "", "BZ": text(note)}
    for i, old in enumerate(records):
        if old["ID"] == rid:
            merged = dict(old, BSRQ=new["BSRQ"] or old.get("BSRQ", ""), BZ=new["BZ"] or old.get("BZ", ""))
            return records[:i] + [merged] + records[i + 1:], merged, "更新"
    return list(records) + [new], new, "新增"


def due(rec, policy):
    return report_due(KINDS[rec["LX"]], rec["RQ"], policy)


def label(rec, policy):
    """'甲镇 2022-05-09 约谈：约谈情况报告（5个工作日内报县卫片办，方案六(三)）'."""
    rule = report_rule(KINDS[rec["LX"]], policy)
    return "%s %s %s：%s（%d个工作日内报县卫片办，%s）" % (
        rec.get("XZMC") or rec.get("XZDM"), rec["RQ"], rec["LX"], rule["label"], int(rule["workdays_after"]),
        rule["source"])


def state(rec, policy, today):
    """'已报送（2022-05-12）', '逾期 3 天未报送' or '待报送（剩余 2 天）'."""
    if rec.get("BSRQ"):
        late = (parse_date(rec["BSRQ"]) - due(rec, policy)).days
        return "已报送（%s%s）" % (rec["BSRQ"], "，逾期 %d 天" % late if late > 0 else "")
    days = (due(rec, policy) - parse_date(today)).days
    return ("逾期 %d 天未报送" % -days) if days < 0 else ("待报送（剩余 %d 天）" % days)


def report_rows(records, policy, today):
    rows = []
    for rec in sorted(records, key=lambda r: (r["RQ"], r["ID"])):
        rows.append(dict(rec, XZMC=rec.get("XZMC") or rec.get("XZDM"), QX=due(rec, policy).isoformat(),
                         ZT=state(rec, policy, today)))
    return rows


def deadline_items(records, today, policy):
    """Reports still owed, in the shape of rules/reports.deadline_view's upcoming list (overdue ones included)."""
    today = parse_date(today)
    warn = int(policy["deadlines"].get("warn_days_before", 7))
    out = []
    for rec in records:
        if rec.get("BSRQ"):
            continue
        day = due(rec, policy)
        days = (day - today).days
        out.append({"date": day, "kind": "%s:%s" % (KINDS[rec["LX"]], rec["ID"]), "label": label(rec, policy),
                    "days_left": days, "soon": days <= warn, "overdue": days < 0})
    return out
