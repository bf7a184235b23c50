"""挂图作战 and deadlines: each patch's state on the wall map, what falls due, the deadline view.

Part of the periodic documents' figures (rules/reports/__init__.py says how they count)."""

from .. import categories as cat
from .. import city_feedback
from .. import interviews
from ..deadlines import CONFIRMED, monthly_clear_due, next_due, overdue, parse_date, parse_month
from ..errors import RuleInputError
from ..values import jcbh, text
from .common import RECTIFIED, RECTIFYING, setting
from .periods import Period, month_code
from .bulletin import rectify_due

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
