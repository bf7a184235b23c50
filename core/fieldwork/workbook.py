"""The township's Excel task list (核查任务表) and reading it back.

One row per unit. The issued and overlay figures and the county's judgment are locked (the sheet is protected
without a password, so nobody changes them by accident); the columns the township fills (rules.fields.FIELDWORK_FILLED)
are unlocked, shaded, and carry drop-down lists and data validation. A hidden sheet names the package, so a return
is matched to what was sent. Reading goes by the header texts, so a township that moves or adds columns still
returns a readable list; a copy saved by WPS or LibreOffice reads the same.
"""
import datetime

from ...rules import fields as F
from ...rules import tblx
from ...rules.values import is_empty, text
from ..errors import InputError, WpzfError
from ..i18n import tr
from ..outfiles import atomic_file
from ..xlsx import MAX_WIDTH, display_width, set_text
from . import values as V

TASK_SHEET = "核查任务"
GUIDE_SHEET = "填写说明"
META_SHEET = "_wpzf"
FORMAT = "wpzf-field-tasks"
VERSION = "1"
KEY_HEADER = "图斑编号"
HEADER_ROW = 3  # title, instructions, then the headers
# Locked columns: (key in the row dict, header, kind)
INFO_COLUMNS = [
    ("_n", "序号", "int"), ("_key", KEY_HEADER, "text"), ("_JCBH", "监测编号", "text"), ("PC", "批次", "text"),
    ("_tblx", "图斑类型", "text"), ("HSX", "后时相", "text"), ("_dl", "原地类", "text"),
    ("_lon", "中心经度", "coord"), ("_lat", "中心纬度", "coord"),
    ("TBMJ", "图斑面积(亩)", "area"), ("GDMJ", "耕地(亩)", "area"), ("YJJBNTMJ", "永久基本农田(亩)", "area"),
    ("JSYDMJ", "建设用地(亩)", "area"), ("PZWH", "批准文号", "text"),
    ("PDLX", "判定类型", "text"), ("PDXL", "判定子类", "text"), ("XZCL", "新增/存量", "text"),
    ("HSZT", "核查状态", "text"),
]
FILL_HEADERS = {name: F.ALIASES[name] for name in F.FIELDWORK_FILLED}
FORMATS = {"int": "0", "area": "0.00", "coord": "0.000000", "date": "yyyy-mm-dd", "text": "@"}
LOCKED_FILL, OPEN_FILL = "DDEBF7", "FFF2CC"


def _openpyxl():
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise WpzfError(tr("缺少 openpyxl，无法读写 Excel（Debian：apt install python3-openpyxl）。"))
    return openpyxl


def info_row(unit, n, lonlat):
    """The locked cells of a unit."""
    code = text(unit.get("TBLX"))
    row = dict(unit)
    row.update({"_n": n, "_key": unit[F.KEY], "_JCBH": unit.get("_JCBH") or unit[F.KEY],
                "_tblx": "{} {}".format(code, tblx.name(code) or "").strip(),
                "_dl": "{} {}".format(text(unit.get("DLBM")), text(unit.get("DLMC"))).strip(),
                "_lon": lonlat[0] if lonlat else None, "_lat": lonlat[1] if lonlat else None})
    return row


def write_tasks(path, meta, units, lonlats):
    """Write the task list of one package. meta: {id, XZDM, XZMC, county, sent_at, due}; units with their current
    values; lonlats: {key: (lon, lat)} of each unit's inner point."""
    _openpyxl()
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    ws = book.active
    ws.title = TASK_SHEET
    columns = [(k, h, kind) for k, h, kind in INFO_COLUMNS] + \
        [(name, FILL_HEADERS[name], V.kind(name)) for name in F.FIELDWORK_FILLED]
    n_info = len(INFO_COLUMNS)
    last_col = get_column_letter(len(columns))
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    title = tr("{} 卫片图斑实地核查任务表（任务包 {}）").format(meta["XZMC"], meta["id"])
    set_text(ws.cell(row=1, column=1), title)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    set_text(ws.cell(row=2, column=1), tr("请于 {} 前返回。蓝色列为下发和套合数据（已锁定）；黄色列由乡镇填写，下拉选择或按提示填写，"
                                         "日期如 2022-06-15，面积以亩为单位。不要改动图斑编号，不要删除隐藏的工作表。").format(meta["due"]))
    ws.cell(row=2, column=1).alignment = Alignment(wrap_text=False)
    widths = []
    for col, (_key, header, kind) in enumerate(columns, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col)
        set_text(cell, header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=LOCKED_FILL if col <= n_info else OPEN_FILL)
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        widths.append(12 if col > n_info else min(max(display_width(header), 6), 12))  # long headers wrap
    for i, unit in enumerate(units):
        r = HEADER_ROW + 1 + i
        row = info_row(unit, i + 1, lonlats.get(unit[F.KEY]))
        for col, (key, _header, kind) in enumerate(columns, start=1):
            cell = ws.cell(row=r, column=col)
            _put(cell, row.get(key), kind, set_text)
            cell.border = border
            cell.number_format = FORMATS.get(kind if kind != "choice" else "text", "General")
            if col > n_info:
                cell.protection = Protection(locked=False)
                cell.fill = PatternFill("solid", fgColor=OPEN_FILL)
            shown = cell.value if not isinstance(cell.value, float) else "%.2f" % cell.value
            widths[col - 1] = max(widths[col - 1], min(display_width(shown if shown is not None else ""), MAX_WIDTH))
    # empty rows below stay locked: a township cannot add a unit that was not sent
    first, last = HEADER_ROW + 1, HEADER_ROW + max(len(units), 1)
    for offset, name in enumerate(F.FIELDWORK_FILLED):
        letter = get_column_letter(n_info + 1 + offset)
        validation = _validation(DataValidation, name)
        if validation is not None:
            ws.add_data_validation(validation)
            validation.add("{0}{1}:{0}{2}".format(letter, first, last))
    ws.row_dimensions[HEADER_ROW].height = 45
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, width + 2)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    ws.auto_filter.ref = "A{}:{}{}".format(HEADER_ROW, last_col, last)
    # printed for the field visit: landscape, all columns on the page width, the header row on every page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "{0}:{0}".format(HEADER_ROW)
    ws.protection.sheet = True  # no password: a protection against accidents, not against the township
    for allowed in ("formatColumns", "formatRows", "autoFilter", "sort"):
        setattr(ws.protection, allowed, False)
    _guide(book, meta, Font)
    _meta(book, meta, units)
    with atomic_file(path, "xlsx") as tmp:
        book.save(tmp)
    return path


def _put(cell, value, kind, set_text):
    if is_empty(value):
        cell.value = None
        return
    if kind in ("area", "coord"):
        cell.value = float(value)
    elif kind == "int":
        cell.value = int(value)
    elif kind == "date":
        try:
            cell.value = datetime.date.fromisoformat(str(value)[:10])
        except ValueError:
            set_text(cell, value)
    else:
        set_text(cell, value)


def _validation(DataValidation, name):  # noqa: N803 - the openpyxl class
    alias = FILL_HEADERS[name]
    what = V.kind(name)
    if what == "choice":
        dv = DataValidation(type="list", formula1='"{}"'.format(",".join(V.CHOICES[name])), allow_blank=True)
        dv.error = tr("请从下拉列表中选择：{}").format("、".join(V.CHOICES[name]))
    elif what == "date":
        dv = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)", formula2="DATE(2099,12,31)",
                            allow_blank=True)
        dv.error = tr("请填写日期，如 2022-06-15")
    elif what == "area":
        dv = DataValidation(type="decimal", operator="between", formula1="0", formula2=str(int(V.MAX_AREA)),
                            allow_blank=True)
        dv.error = tr("请填写以亩为单位的面积（0 或正数，不写单位）")
    elif name in V.TEXT_LIMITS:
        dv = DataValidation(type="textLength", operator="lessThanOrEqual", formula1=str(V.TEXT_LIMITS[name]),
                            allow_blank=True)
        dv.error = tr("不超过 {} 个字").format(V.TEXT_LIMITS[name])
    else:
        return None
    dv.errorTitle = alias
    dv.showErrorMessage = True
    dv.promptTitle = alias
    dv.prompt = dv.error
    dv.showInputMessage = True
    return dv


def _guide(book, meta, Font):  # noqa: N803
    ws = book.create_sheet(GUIDE_SHEET)
    lines = [tr("填写说明"), "",
             tr("任务包：{}；乡镇：{} {}；发出：{}；请于 {} 前返回。").format(meta["id"], meta["XZDM"], meta["XZMC"],
                                                                 meta["sent_at"], meta["due"]),
             tr("1. 只填写黄色列；蓝色列为下发和套合数据，已锁定。"),
             tr("2. 实地现状、整改措施、整改状态请从下拉列表选择。"),
             tr("3. 日期写成 2022-06-15；面积以亩为单位，只写数字。整改状态为“已整改”时须填写整改完成日期。"),
             tr("4. 拆除复耕面积与补办手续面积之和不能超过图斑耕地面积。"),
             tr("5. 照片请用 QField 项目拍摄，或把照片（JPG，带 GPS）放入任务包的 DCIM 文件夹，随本表一并返回。"),
             tr("6. 返回的数据经县卫片办核对后入库；县里在此期间改过的内容会列为冲突，由县卫片办确认，不会被直接覆盖。"),
             ""]
    for name in ("SDXZ", "ZGCS", "ZGZT"):
        lines.append("{}：{}".format(FILL_HEADERS[name], "、".join(V.CHOICES[name])))
    for i, line in enumerate(lines, start=1):
        if line:
            set_text(ws.cell(row=i, column=1), line)
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110


def _meta(book, meta, units):
    ws = book.create_sheet(META_SHEET)
    pairs = [("format", FORMAT), ("version", VERSION), ("package", meta["id"]), ("XZDM", meta["XZDM"]),
             ("XZMC", meta["XZMC"]), ("county", meta.get("county") or ""), ("sent_at", meta["sent_at"]),
             ("due", meta["due"]), ("units", str(len(units))), ("fields", ",".join(F.FIELDWORK_FILLED))]
    for i, (key, value) in enumerate(pairs, start=1):
        set_text(ws.cell(row=i, column=1), key)
        set_text(ws.cell(row=i, column=2), value)
    ws.sheet_state = "hidden"


# ----- reading back ------------------------------------------------------------------------------------------------
class Returned:
    """What a returned task list holds: its package id and township, and the filled values by unit key."""

    def __init__(self, path, meta):
        self.path, self.meta = path, meta
        self.rows = {}  # key -> {field: raw cell value}
        self.row_numbers = {}  # key -> sheet row
        self.problems = []  # (key, field, value, reason) found while reading (duplicates, unknown columns)


def read_tasks(path):
    """Read a returned task list. Raises InputError when it is not one of ours (no package named)."""
    _openpyxl()
    from openpyxl import load_workbook
    try:
        book = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise InputError(tr("无法读取 Excel 文件 {}：{}。请确认它是返回的核查任务表（.xlsx）且文件完整。").format(path, exc))
    meta = _read_meta(book, path)
    ws = book[TASK_SHEET] if TASK_SHEET in book.sheetnames else book.worksheets[0]
    header_row, columns = _find_header(ws, path)
    result = Returned(path, meta)
    missing = [FILL_HEADERS[n] for n in F.FIELDWORK_FILLED if n not in columns.values()]
    if missing:
        result.problems.append((None, None, None, tr("任务表缺少这些列：{}（列标题被改动或删除），这些列的内容无法读取").format(
            "、".join(missing))))
    key_col = next(c for c, name in columns.items() if name == "_key")
    for r in range(header_row + 1, ws.max_row + 1):
        key = ws.cell(row=r, column=key_col).value
        filled = {name: ws.cell(row=r, column=c).value for c, name in columns.items() if name != "_key"}
        if is_empty(key):
            if any(not is_empty(v) for v in filled.values()):
                result.problems.append((None, None, None, tr("第 {} 行填了内容，但没有图斑编号").format(r)))
            continue
        key = text(key)
        if key in result.rows:
            result.problems.append((key, None, None, tr("图斑编号在第 {} 行和第 {} 行重复出现").format(
                result.row_numbers[key], r)))
            continue
        result.rows[key] = filled
        result.row_numbers[key] = r
    return result


def _read_meta(book, path):
    if META_SHEET not in book.sheetnames:
        raise InputError(tr("{} 不是本插件生成的核查任务表（缺少隐藏工作表 {}），无法对应到发出的任务包。请使用下发的任务表填写后返回。")
                         .format(path, META_SHEET))
    ws = book[META_SHEET]
    meta = {}
    for r in range(1, ws.max_row + 1):
        key = ws.cell(row=r, column=1).value
        if key:
            meta[str(key)] = text(ws.cell(row=r, column=2).value)
    if meta.get("format") != FORMAT or not meta.get("package"):
        raise InputError(tr("{} 不是本插件生成的核查任务表（任务包编号缺失）。").format(path))
    return meta


def _find_header(ws, path):
    """(header row, {column: field or '_key'}) found by the header texts in the first rows."""
    wanted = {FILL_HEADERS[n]: n for n in F.FIELDWORK_FILLED}
    wanted[KEY_HEADER] = "_key"
    for r in range(1, min(ws.max_row, 12) + 1):
        found = {}
        for c in range(1, ws.max_column + 1):
            value = ws.cell(row=r, column=c).value
            if isinstance(value, str) and value.strip() in wanted:
                found[c] = wanted[value.strip()]
        if "_key" in found.values():
            return r, found
    raise InputError(tr("{} 中找不到列“{}”，无法读取。请使用下发的任务表填写后返回。").format(path, KEY_HEADER))
