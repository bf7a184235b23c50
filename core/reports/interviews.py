"""约谈 and 启动问责 records in the work package (方案六(三)): each owes the county office a report within 5 working
days. The rules are in rules/interviews.py; the records are kept as JSON in the package's settings table under
rules.interviews.SETTING_KEY (every change a history row), and the deadline view lists the reports still owed."""
import json

from ...rules import interviews as iv
from ...rules.errors import RuleInputError
from ...rules.values import text
from ..errors import InputError
from ..i18n import tr
from .gather import user_errors
from .tables import Table, write_workbook
from ..store.workpackage import WorkPackage


def load(wp):
    with user_errors():
        try:
            return iv.decode(wp.setting(iv.SETTING_KEY))
        except ValueError as exc:
            raise RuleInputError(tr("工作库中的约谈问责登记已损坏：{}").format(exc))


def township(wp, given):
    """(code, name) of a township given by code or name, as the package's patches know it. InputError listing the
    known ones when it is none of them (a misspelt name must not start its own record)."""
    given = text(given)
    known = {}
    for p in wp.patches(fields=["XZDM", "XZMC"]):
        if text(p.get("XZDM")) or text(p.get("XZMC")):
            known[text(p.get("XZDM"))] = text(p.get("XZMC"))
    for code, name in known.items():
        if given in (code, name):
            return code, name
    if not known:  # a package without township results yet: take it as written
        return "", given
    raise InputError(tr("乡镇 {} 不在工作库中（可填代码或名称：{}）。").format(
        given, tr("、").join("%s %s" % (c, n) for c, n in sorted(known.items()))))


def run(wp_path, policy, today, township_text, kind, day, reported=None, note="", out_xlsx=None):
    """Record (or complete) one 约谈/启动问责; returns {"record", "action", "due", "records", "OPEN", "OVERDUE"}."""
    wp = WorkPackage(wp_path)
    code, name = township(wp, township_text)
    records = load(wp)
    with user_errors():
        records, rec, action = iv.record(records, kind, code, name, day, reported, note)
        due = iv.due(rec, policy)
        owed = iv.deadline_items(records, today, policy)
    wp.set_settings({iv.SETTING_KEY: json.dumps(records, ensure_ascii=False)})
    result = {"record": rec, "action": action, "due": due, "records": records, "OPEN": len(owed),
              "OVERDUE": sum(1 for o in owed if o["overdue"])}
    if out_xlsx:
        rows = iv.report_rows(records, policy, today)
        result["OUTPUT_XLSX"] = write_workbook(out_xlsx, [Table(
            tr("约谈问责登记及报告期限"), iv.REPORT_FIELDS, rows, sheet=tr("约谈问责"),
            note=tr("方案六(三)：开展约谈后5个工作日内报约谈情况，启动问责程序后5个工作日内报启动问责情况。"
                    "工作日不含周六、周日和政策文件 local.holidays 所列放假日（本县规定）；截至 {}。").format(
                today.isoformat()))])
    return result
