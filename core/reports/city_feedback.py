"""市级反馈问题清单 in the work package: import the city's list (xlsx), track each item to 销号, write the status
report. The rules (header variants, states, deadlines) are in rules/city_feedback.py; the items are kept as JSON in
the package's settings table under rules.city_feedback.SETTING_KEY (every change a history row)."""
import datetime
import json
import os

from ...rules import city_feedback as cf
from ...rules.errors import RuleInputError
from ..errors import InputError
from ..i18n import tr
from .gather import user_errors
from .tables import Table, write_workbook
from ..store.workpackage import WorkPackage, now_text


def sheet_rows(path):
    """Rows (lists of values) of the first sheet holding the list's header; InputError naming what is missing."""
    if not path or not os.path.isfile(path):
        raise InputError(tr("找不到市级反馈问题清单：{}").format(path))
    if os.path.splitext(path)[1].lower() != ".xlsx":
        raise InputError(tr("市级反馈问题清单应为 .xlsx 文件（.xls 请用 Excel 或 WPS 另存为 .xlsx）：{}").format(path))
    try:
        from openpyxl import load_workbook
        book = load_workbook(path, read_only=True, data_only=True)
    except ImportError:
        raise InputError(tr("缺少 openpyxl，无法读 Excel（Debian：apt install python3-openpyxl）。"))
    except Exception as exc:  # a damaged or password-protected file: say which, not a traceback
        raise InputError(tr("无法读取 {}：{}").format(path, exc))
    try:
        first_error = None
        for sheet in book.worksheets:
            rows = [list(r) for r in sheet.iter_rows(values_only=True)]
            try:
                cf.header_map(rows)
                return rows
            except RuleInputError as exc:
                first_error = first_error or exc
        raise InputError("%s：%s" % (os.path.basename(path), first_error))
    finally:
        book.close()


def load(wp):
    with user_errors():
        try:
            return cf.decode(wp.setting(cf.SETTING_KEY))
        except ValueError as exc:
            raise RuleInputError(tr("工作库中的市级反馈问题清单已损坏：{}").format(exc))


def save(wp, items):
    wp.set_settings({cf.SETTING_KEY: json.dumps(items, ensure_ascii=False)})


def apply(wp, input_path=None, list_name=None, item=None, state=None, note=None, closed=None):
    """Import the list and/or change one item; everything is checked before the package is written.
    Returns (items, counts {"added", "updated", "unchanged", "changed"})."""
    stored = load(wp)
    items, counts = list(stored), {"added": 0, "updated": 0, "unchanged": 0, "changed": ""}
    stamp = now_text()
    with user_errors():
        if input_path:
            name = list_name or os.path.splitext(os.path.basename(input_path))[0]
            items, merged = cf.merge(items, cf.read_items(sheet_rows(input_path), name), stamp)
            counts.update(merged)
        if item:
            items, changed = cf.update(items, item, stamp, state=state, note=note, closed=closed)
            counts["changed"] = changed["ID"]
    if items != stored:
        save(wp, items)
    return items, counts


def report_tables(items, wp, today):
    """The status report: every item with its state and deadline, and the counts per township."""
    patches = wp.patches(fields=["JCBH", "XZMC"])
    towns = {p["JCBH"]: p.get("XZMC") or "" for p in patches}
    rows = cf.report_rows(items, today, towns, set(towns))
    summary, total = cf.summary_rows(rows, today)
    return [Table(tr("市级反馈问题整改情况"), cf.REPORT_FIELDS, rows, sheet=tr("问题清单"),
                  note=tr("截至 {}。状态、整改说明、销号日期可在本表填写后用“市级反馈问题清单”算法重新导入（按清单和序号对应）；"
                          "标为已整改须写整改说明，已销号还须写销号日期。").format(today.isoformat())),
            Table(tr("市级反馈问题按乡镇汇总"), cf.SUMMARY_FIELDS, summary, total, sheet=tr("按乡镇汇总"))]


def write_report(path, items, wp, today):
    return write_workbook(path, report_tables(items, wp, today), info=[
        (tr("文件"), tr("市级反馈问题清单整改情况")),
        (tr("依据"), tr("方案二(四)：对市级反馈问题清单及时进行整改纠正；期限以清单所列为准")),
        (tr("数据截至"), today.isoformat()), (tr("工作库"), wp.label)])


def run(wp_path, today, input_path=None, list_name=None, item=None, state=None, note=None, closed=None,
        out_xlsx=None):
    """What wpzf:city_feedback does: apply(), then the counts as of `today` and the optional status report."""
    wp = WorkPackage(wp_path)
    if not (input_path or item or out_xlsx):
        raise InputError(tr("请给出市级反馈问题清单（INPUT）、要更新的问题（ITEM）或整改情况报表（OUTPUT_XLSX）。"))
    items, counts = apply(wp, input_path, list_name, item, state, note, closed)
    if not isinstance(today, datetime.date):
        raise InputError(tr("日期无效：{}").format(today))
    result = dict(counts, ITEMS=len(items), OPEN=sum(1 for i in items if i["ZT"] != cf.CLOSED),
                  OVERDUE=sum(1 for i in items if cf.is_overdue(i, today)), items=items)
    if out_xlsx:
        result["OUTPUT_XLSX"] = write_report(out_xlsx, items, wp, today)
    return result
