"""The county's own settings (本县规定): numbers and choices the 2022 plan does not give, kept apart from the plan's.

They live in the "local" section of the year's policy file, each as {"value", "source", "note"}, so a document that
uses one can say it is the county's rule and why ("乡镇面积阈值 100 亩（本县规定：…）"). A policy file written before
the section existed still works: each setting falls back to where it used to be (thresholds_mu.township,
accountability.ranking, the accountability ratio line, the periodic section) and then to the defaults below, which
are labelled 本县规定 as well.
"""

from .errors import PolicyError

LOCAL = "本县规定"

_DEFAULTS = {
    "township_threshold_mu": {
        "value": 100, "source": LOCAL,
        "note": "方案四(一)6只规定县级、涉区市、省级的面积阈值，乡镇套用县级100亩"},
    "ranking": {
        "value": {"by": ["WFGDMJ", "WFBL"], "order": "desc"}, "source": LOCAL,
        "note": "方案五(一)只要求定期排名，未定排名依据；按扣减后违法占用耕地面积排名，面积相同按比例"},
    "warning_ratio_pct": {
        "value": 15, "source": LOCAL,
        "note": "通报中乡镇的比例警戒线；方案四(一)6的15%是县级以上的问责线"},
    "rectify_months_after_clear": {
        "value": 3, "source": LOCAL,
        "note": "违法图斑月清后仍未整改到位即列入警示提醒的月数；方案未定期限"},
    "holidays": {
        "value": [], "workdays": [], "source": LOCAL,
        "note": "法定节假日（不计工作日）和调休上班日；未录入时只按周六、周日计"},
    "letters": {
        "value": {
            "order": ["supervision", "warning"],
            "supervision": {"label": "自然资源执法监督建议函",
                            "when": {"accountable": True, "ratio_warning_twice": True, "rectify_overdue_mu": 10}},
            "warning": {"label": "警示提醒函",
                        "when": {"clear_overdue": True, "ratio_warning": True, "rectify_overdue": True}},
        },
        "source": LOCAL,
        "note": "方案二(九)只说适时发警示提醒函或自然资源执法监督建议函，未定发函条件；每个乡镇只发较重的一种"},
}

RANK_KEYS = {"WFGDMJ": "扣减后违法占用耕地面积", "WFBL": "违法占用耕地比例", "XZGDMJ": "扣减后新增建设占用耕地面积",
             "YSWFMJ": "扣减前违法占用耕地面积"}


def _legacy(policy, key):
    """Where a file without a "local" section kept the setting (None when it did not)."""
    acc = policy.get("accountability", {})
    if key == "township_threshold_mu":
        return acc.get("thresholds_mu", {}).get("township")
    if key == "ranking" and "ranking" in acc:
        return {"by": acc["ranking"]["by"], "order": acc["ranking"].get("order", "desc")}
    if key == "warning_ratio_pct":
        return acc.get("ratio_threshold_pct")
    if key == "rectify_months_after_clear":
        return policy.get("periodic", {}).get(key)
    return None


def entry(policy, key):
    """{"value", "source", "note", ...} of a local setting: the policy's "local" section, an older file's place,
    or the default. PolicyError for a name no one defined (a typo in code must not pass silently)."""
    if key not in _DEFAULTS:
        raise PolicyError("没有名为 %s 的本县规定" % key)
    given = policy.get("local", {}).get(key)
    if isinstance(given, dict) and "value" in given:
        return dict(_DEFAULTS[key], **given)
    old = _legacy(policy, key)
    if old is not None:
        return dict(_DEFAULTS[key], value=old)
    return dict(_DEFAULTS[key])


def value(policy, key):
    return entry(policy, key)["value"]


def label(policy, key):
    """'本县规定：<note>' for the notes of documents; the source is printed as the file gives it."""
    e = entry(policy, key)
    return "%s：%s" % (e.get("source") or LOCAL, e.get("note", ""))


def ranking_text(policy):
    """'按扣减后违法占用耕地面积由大到小排名，相同时按违法占用耕地比例（本县规定）'."""
    rule = value(policy, "ranking")
    words = [RANK_KEYS.get(k, k) for k in rule["by"]]
    order = "由大到小" if rule.get("order", "desc") == "desc" else "由小到大"
    text = "按%s%s排名" % (words[0], order)
    if len(words) > 1:
        text += "，相同时依次按%s" % "、".join(words[1:])
    return "%s（%s）" % (text, entry(policy, "ranking").get("source") or LOCAL)


# Rows for the 本县规定 sheet every workbook using these settings carries: (key, what it is).
_SHOWN = [
    ("township_threshold_mu", "乡镇问责面积阈值（亩）"),
    ("ranking", "乡镇排名依据"),
    ("warning_ratio_pct", "通报比例警戒线（%）"),
    ("rectify_months_after_clear", "月清后应整改到位的月数"),
    ("letters", "发函条件"),
    ("holidays", "节假日（计算工作日）"),
]


def _value_text(policy, key):
    v = value(policy, key)
    if key == "ranking":
        return ranking_text(policy)
    if key == "letters":
        return "；".join(letter_rule_text(policy, name) for name in v.get("order", []))
    if key == "holidays":
        e = entry(policy, key)
        return "休 %d 段，调休上班 %d 天" % (len(v), len(e.get("workdays", [])))
    return "%g" % v


def rows(policy, keys=None):
    """[{XM, QZ, LY, SM}] (item, value, source, note) of the local settings `keys` (all when None)."""
    out = []
    for key, what in _SHOWN:
        if keys is not None and key not in keys:
            continue
        e = entry(policy, key)
        out.append({"XM": what, "QZ": _value_text(policy, key), "LY": e.get("source") or LOCAL,
                    "SM": e.get("note", "")})
    return out


TRIGGERS = {
    "accountable": "达到问责条件",
    "ratio_warning": "比例达到警戒线",
    "ratio_warning_twice": "连续两期比例达到警戒线",
    "clear_overdue": "有图斑超过月清期限",
    "rectify_overdue": "有违法图斑逾期未整改到位",
    "rectify_overdue_mu": "逾期未整改耕地达到 %g 亩",
}


def letter_rule_text(policy, name):
    """'自然资源执法监督建议函：达到问责条件、…或逾期未整改耕地达到 10 亩'."""
    rule = value(policy, "letters")[name]
    parts = []
    for trigger, setting in rule["when"].items():
        if trigger not in TRIGGERS:
            raise PolicyError("发函条件 %s 不认识（可用：%s）" % (trigger, "、".join(TRIGGERS)))
        if setting is False or setting is None:
            continue
        parts.append(TRIGGERS[trigger] % setting if "%" in TRIGGERS[trigger] else TRIGGERS[trigger])
    return "%s：%s" % (rule["label"], "或".join(parts) if parts else "（不发）")


# Columns of the 本县规定 table in documents and workbooks (key, header, unit, kind as rules/reports tables).
FIELDS = [
    ("XM", "项目", "", "text"),
    ("QZ", "取值", "", "text"),
    ("LY", "来源", "", "text"),
    ("SM", "说明", "", "text"),
]
