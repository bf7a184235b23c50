"""市级反馈问题清单 (方案二(四)：对市级反馈问题清单及时进行整改纠正): reading the city's list, tracking each item to
closure (未整改 → 已整改 → 已销号) and the deadlines it puts in the deadline view.

The list arrives as a spreadsheet whose header row names 序号, 监测编号, 问题描述, 整改要求, 期限, spelled the way
the city's clerk spelled them that month ("整改期限", "图斑编号", "问题" …); header_map() accepts the usual
variants and names what is missing. The items are kept in the work package's settings table as JSON (SETTING_KEY),
one entry per item, keyed by ID = "<清单>-<序号>" so the next month's list adds to them.

Pure Python: rows come in as lists of cell values (core/reports/city_feedback.py reads the workbook).
"""

import datetime
import json

from .deadlines import parse_date
from .errors import RuleInputError
from .values import is_empty, text

SETTING_KEY = "city_feedback"
OPEN, DONE, CLOSED = "未整改", "已整改", "已销号"
STATES = [OPEN, DONE, CLOSED]

# (key, the name to report, accepted header spellings after normalise()).
REQUIRED = [
    ("XH", "序号", {"序号", "序", "问题序号", "no", "no.", "序列号"}),
    ("JCBH", "监测编号", {"监测编号", "图斑编号", "监测图斑编号", "图斑监测编号", "jcbh", "图斑号", "监测号",
                        "变化图斑编号"}),
    ("WTMS", "问题描述", {"问题描述", "问题", "存在问题", "反馈问题", "问题内容", "问题说明", "问题情况", "主要问题"}),
    ("ZGYQ", "整改要求", {"整改要求", "整改意见", "整改措施", "处理意见", "要求", "整改建议", "整改要求及措施"}),
    ("QX", "期限", {"期限", "整改期限", "完成期限", "整改时限", "时限", "截止日期", "截止时间", "完成时间",
                  "整改完成时限", "办结时限", "整改完成期限", "完成时限", "整改截止日期", "要求完成时间", "办结期限"}),
]
# Columns of our own status report, read back when the county fills them in and imports the report again.
OPTIONAL = [
    ("QD", "清单", {"清单", "清单名称", "反馈清单", "批次"}),
    ("ZT", "状态", {"状态", "整改状态", "办理状态"}),
    ("ZGSM", "整改说明", {"整改说明", "整改情况", "整改结果", "整改情况说明"}),
    ("XHRQ", "销号日期", {"销号日期", "销号时间"}),
]
HEADER_SCAN_ROWS = 15  # a title and a date line often sit above the header

# Status report columns: (key, header, unit, kind) as rules/reports tables.
REPORT_FIELDS = [
    ("ID", "编号", "", "text"),
    ("QD", "清单", "", "text"),
    ("XH", "序号", "", "text"),
    ("JCBH", "监测编号", "", "text"),
    ("XZMC", "乡镇", "", "text"),
    ("WTMS", "问题描述", "", "text"),
    ("ZGYQ", "整改要求", "", "text"),
    ("QX", "期限", "", "text"),
    ("ZT", "状态", "", "text"),
    ("ZGSM", "整改说明", "", "text"),
    ("XHRQ", "销号日期", "", "text"),
    ("SY", "逾期/剩余", "", "text"),
    ("BZ", "备注", "", "text"),
]
SUMMARY_FIELDS = [
    ("XZMC", "乡镇", "", "text"),
    ("ZS", "问题总数", "个", "int"),
    ("WZG", "未整改", "个", "int"),
    ("YQ", "其中逾期", "个", "int"),
    ("YZG", "已整改待销号", "个", "int"),
    ("YXH", "已销号", "个", "int"),
]
NO_TOWNSHIP = "（全县或未落图斑）"


def normalise(header):
    """'整改期限（日期）*' → '整改期限': no spaces, markers or bracketed notes; ASCII lower-cased."""
    out = text(header).replace("\u3000", "").replace("\n", "").replace(" ", "").replace("*", "").lower()
    for left, right in (("（", "）"), ("(", ")"), ("【", "】"), ("[", "]")):
        while left in out and right in out.split(left, 1)[1]:
            head, rest = out.split(left, 1)
            out = head + rest.split(right, 1)[1]
    return out


def _matches(cells):
    found = {}
    for index, cell in enumerate(cells):
        name = normalise(cell)
        for key, _label, names in REQUIRED + OPTIONAL:
            if name in names and key not in found:
                found[key] = index
    return found


def header_map(rows):
    """(index of the header row, {key: column}) from the first rows of a sheet.

    RuleInputError naming every missing required column (and what was read) when no row holds them all."""
    best, best_index = {}, None
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        found = _matches(cells)
        required = sum(1 for key, _l, _n in REQUIRED if key in found)
        if best_index is None or required > sum(1 for key, _l, _n in REQUIRED if key in best):
            best, best_index = found, index
    missing = [label for key, label, _n in REQUIRED if key not in best]
    if missing:
        seen = [text(c) for c in (rows[best_index] if best_index is not None and rows else []) if text(c)]
        raise RuleInputError("市级反馈问题清单缺少列：%s（表头应含 序号、监测编号、问题描述、整改要求、期限；"
                             "读到的表头：%s）" % ("、".join(missing), "、".join(seen) or "（空）"))
    return best_index, best


def _serial_date(value):
    """Excel's day number (a date cell saved without its format) → date; None when it is not one."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 20000 < value < 80000:
        return datetime.date(1899, 12, 30) + datetime.timedelta(days=int(value))
    return None


def read_date(value):
    return _serial_date(value) or parse_date(value)


def _xh(value):
    """序号 as text: 3.0 → '3'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return text(value)


def _where(row_number, xh):
    return "市级反馈问题清单第 %d 行%s" % (row_number, "（序号 %s）" % xh if xh else "")


def read_items(rows, list_name):
    """Items from a sheet's rows (lists of cell values). list_name: the 清单 of rows without a 清单 column.

    Returns [{ID, QD, XH, JCBH, WTMS, ZGYQ, QX, ZT, ZGSM, XHRQ, row}]; ZT/ZGSM/XHRQ are None when the sheet has no
    such column or the cell is empty (the stored value is kept). RuleInputError names the row on a bad value."""
    head, columns = header_map(rows)
    items, seen = [], {}
    for offset, cells in enumerate(rows[head + 1:], start=head + 2):
        def cell(key):
            index = columns.get(key)
            return cells[index] if index is not None and index < len(cells) else None
        if all(is_empty(cell(k)) for k, _l, _n in REQUIRED):
            continue
        item = _item(cell, offset, list_name)
        if item["ID"] in seen:
            raise RuleInputError("%s：序号 %s 与第 %d 行重复" % (_where(offset, item["XH"]), item["XH"], seen[item["ID"]]))
        seen[item["ID"]] = offset
        items.append(item)
    if not items:
        raise RuleInputError("市级反馈问题清单在表头下没有问题条目")
    return items


def _item(cell, row_number, list_name):
    xh = _xh(cell("XH"))
    where = _where(row_number, xh)
    if not xh:
        raise RuleInputError("%s：序号为空" % where)
    for key, label in (("WTMS", "问题描述"), ("QX", "期限")):
        if is_empty(cell(key)):
            raise RuleInputError("%s：%s为空" % (where, label))
    due = read_date(cell("QX"))
    if due is None:
        raise RuleInputError("%s：期限 %r 不是日期（应如 2022-05-15）" % (where, text(cell("QX"))))
    qd = text(cell("QD")) or text(list_name)
    if not qd:
        raise RuleInputError("%s：没有清单名称" % where)
    state = text(cell("ZT")) or None
    if state is not None and state not in STATES:
        raise RuleInputError("%s：状态 %r 应为 %s 之一" % (where, state, "/".join(STATES)))
    closed = cell("XHRQ")
    closed_day = read_date(closed) if not is_empty(closed) else None
    if not is_empty(closed) and closed_day is None:
        raise RuleInputError("%s：销号日期 %r 不是日期" % (where, text(closed)))
    return {"ID": "%s-%s" % (qd, xh), "QD": qd, "XH": xh, "JCBH": text(cell("JCBH")), "WTMS": text(cell("WTMS")),
            "ZGYQ": text(cell("ZGYQ")), "QX": due.isoformat(), "ZT": state, "ZGSM": text(cell("ZGSM")) or None,
            "XHRQ": closed_day.isoformat() if closed_day else None, "row": row_number}


def check(item, where=None):
    """An item's state must be backed: 已整改 by a note saying what was done, 已销号 also by the date."""
    where = where or "问题 %s" % item["ID"]
    if item["ZT"] not in STATES:
        raise RuleInputError("%s：状态 %r 应为 %s 之一" % (where, item["ZT"], "/".join(STATES)))
    if item["ZT"] in (DONE, CLOSED) and not item.get("ZGSM"):
        raise RuleInputError("%s：标为%s须填写整改说明（做了什么、材料在哪）" % (where, item["ZT"]))
    if item["ZT"] == CLOSED and not item.get("XHRQ"):
        raise RuleInputError("%s：标为已销号须填写销号日期" % where)
    if item["ZT"] != CLOSED and item.get("XHRQ"):
        raise RuleInputError("%s：填写了销号日期 %s，但状态是%s" % (where, item["XHRQ"], item["ZT"]))


_CITY = ("JCBH", "WTMS", "ZGYQ", "QX")   # what the city writes
_OURS = ("ZT", "ZGSM", "XHRQ")            # what the county tracks


def merge(stored, incoming, stamp):
    """The stored items updated with `incoming` (read_items()). New items start 未整改 unless the sheet says
    otherwise; a known item takes the city's new wording and deadline, and the county's columns only where the
    sheet filled them. Returns (items, {"added", "updated", "unchanged"}). RuleInputError on an unbacked state."""
    by_id = {i["ID"]: dict(i) for i in stored}
    order = [i["ID"] for i in stored]
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    for new in incoming:
        where = _where(new["row"], new["XH"])
        old = by_id.get(new["ID"])
        if old is None:
            item = {k: new[k] for k in ("ID", "QD", "XH") + _CITY}
            item.update({"ZT": new["ZT"] or OPEN, "ZGSM": new["ZGSM"] or "", "XHRQ": new["XHRQ"] or "",
                         "DRSJ": stamp, "GXSJ": stamp})
            check(item, where)
            by_id[new["ID"]] = item
            order.append(new["ID"])
            counts["added"] += 1
            continue
        item = dict(old)
        item.update({k: new[k] for k in _CITY})
        item.update({k: new[k] for k in _OURS if new[k] is not None})
        check(item, where)
        if item != old:
            item["GXSJ"] = stamp
            by_id[new["ID"]] = item
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    return [by_id[i] for i in order], counts


def find(items, ref):
    """The one item `ref` names: its ID, or its 序号 / 监测编号 when that is unique among the open items."""
    ref = text(ref)
    exact = [i for i in items if i["ID"] == ref]
    if exact:
        return exact[0]
    open_items = [i for i in items if i["ZT"] != CLOSED]
    hits = [i for i in open_items if ref in (i["XH"], i["JCBH"])]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise RuleInputError("没有编号、序号或监测编号为 %r 的未销号问题" % ref)
    raise RuleInputError("%r 对应多个未销号问题（%s），请写编号" % (ref, "、".join(i["ID"] for i in hits)))


def update(items, ref, stamp, state=None, note=None, closed=None):
    """Items with one item's state, note or 销号日期 changed (None = keep). Returns (items, the changed item)."""
    item = dict(find(items, ref))
    if state:
        item["ZT"] = state
    if note is not None and text(note):
        item["ZGSM"] = text(note)
    if closed is not None and text(closed):
        day = read_date(closed)
        if day is None:
            raise RuleInputError("销号日期 %r 不是日期（应如 2022-05-20）" % text(closed))
        item["XHRQ"] = day.isoformat()
    check(item)
    item["GXSJ"] = stamp
    return [item if i["ID"] == item["ID"] else i for i in items], item


def decode(value):
    """Stored items from the settings value (JSON text, a list, or nothing)."""
    if is_empty(value):
        return []
    items = json.loads(value) if isinstance(value, str) else value
    if not isinstance(items, list):
        raise RuleInputError("工作库设置 %s 不是问题清单（应为 JSON 数组）" % SETTING_KEY)
    return items


def remaining_text(item, today):
    if item["ZT"] == CLOSED:
        return "已销号"
    days = (parse_date(item["QX"]) - today).days
    if item["ZT"] == DONE:
        return "已整改，待销号"
    return ("逾期 %d 天" % -days) if days < 0 else ("剩余 %d 天" % days)


def is_overdue(item, today):
    return item["ZT"] == OPEN and parse_date(item["QX"]) < today


def report_rows(items, today, towns_by_jcbh, known_jcbh):
    """Rows of the status report (REPORT_FIELDS): open items first by deadline, then the closed ones."""
    today = parse_date(today)
    rows = []
    for item in sorted(items, key=lambda i: (i["ZT"] == CLOSED, i["QX"], i["ID"])):
        note = ""
        if item["JCBH"] and item["JCBH"] not in known_jcbh:
            note = "监测编号不在工作库中"
        rows.append(dict(item, XZMC=towns_by_jcbh.get(item["JCBH"], "") or NO_TOWNSHIP,
                         SY=remaining_text(item, today), BZ=note))
    return rows


def summary_rows(rows, today):
    """Counts per township (SUMMARY_FIELDS) and a total row."""
    today = parse_date(today)
    towns = {}
    for r in rows:
        t = towns.setdefault(r["XZMC"], dict.fromkeys(["ZS", "WZG", "YQ", "YZG", "YXH"], 0))
        t["ZS"] += 1
        t[{OPEN: "WZG", DONE: "YZG", CLOSED: "YXH"}[r["ZT"]]] += 1
        t["YQ"] += 1 if is_overdue(r, today) else 0
    out = [dict(v, XZMC=k) for k, v in sorted(towns.items())]
    total = dict.fromkeys(["ZS", "WZG", "YQ", "YZG", "YXH"], 0)
    for r in out:
        for k in total:
            total[k] += r[k]
    return out, dict(total, XZMC="合计")


def deadline_items(items, today, policy):
    """Open items in the shape of rules/reports.deadline_view's upcoming list (overdue ones included)."""
    today = parse_date(today)
    warn = int(policy["deadlines"].get("warn_days_before", 7))
    label = policy["deadlines"].get("city_feedback", {}).get("label", "市级反馈问题整改")
    out = []
    for item in items:
        if item["ZT"] == CLOSED:
            continue
        due = parse_date(item["QX"])
        days = (due - today).days
        what = "%s：%s第%s项%s" % (label, item["QD"], item["XH"], "（%s）" % item["JCBH"] if item["JCBH"] else "")
        if item["ZT"] == DONE:
            what += "，已整改待销号"
        out.append({"date": due, "kind": "city_feedback:" + item["ID"], "label": what, "days_left": days,
                    "soon": item["ZT"] == OPEN and days <= warn, "overdue": is_overdue(item, today)})
    return out
