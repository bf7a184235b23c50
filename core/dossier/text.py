"""What a dossier says, as plain text: the rows of its tables and the captions, from a patch, its photos and its
history. No Qt here, so the wording can be read and tested on its own; core/dossier/layout.py places it on paper."""
import json

from ...rules import landclass, tblx
from ...rules.export_profile import round_half_up
from ...rules.fields import ALIASES, MU_PER_M2

EMPTY = "—"
_DIRECTIONS = ["北", "东北", "东", "东南", "南", "西南", "西", "西北"]


def show(value):
    if value is None:
        return EMPTY
    text = str(value).strip()
    return EMPTY if text in ("", "NULL") else text


def mu(value):
    """Area in 亩 to two decimals, rounded half up as the export does, or — when empty."""
    try:
        return "%.2f" % round_half_up(float(value), 2) if value not in (None, "") else EMPTY
    except (TypeError, ValueError):
        return show(value)


def yes_no(value):
    if value in (None, ""):
        return EMPTY
    return "是" if str(value).strip() in ("1", "是", "Y", "True", "true") else "否"


def direction(azimuth):
    """'东北' for 45°: the nearest of eight compass points."""
    return _DIRECTIONS[int(((float(azimuth) % 360.0) + 22.5) // 45.0) % 8]


def dms(value, positive, negative):
    """108.123456 -> 108°07'24.44\"E"""
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = (value - deg - minutes / 60.0) * 3600
    if seconds >= 59.995:
        seconds, minutes = 0.0, minutes + 1
    if minutes == 60:
        minutes, deg = 0, deg + 1
    return "%d°%02d′%05.2f″%s" % (deg, minutes, seconds, hemisphere)


def _code_name(code, name):
    code, name = show(code), show(name)
    if code == EMPTY:
        return name
    return code if name == EMPTY else "%s %s" % (code, name)


def basic_rows(patch, county, lonlat, xy, crs):
    """(label, value) pairs of the patch's identity, issued attributes and position."""
    issued_mu = float(patch["MJ"]) * MU_PER_M2 if patch.get("MJ") not in (None, "") else None
    return [
        ("监测编号", show(patch.get("JCBH"))), ("批次", show(patch.get("PC"))),
        ("县级行政区", county), ("乡镇", _code_name(patch.get("XZDM"), patch.get("XZMC"))),
        ("图斑类型", _code_name(patch.get("TBLX"), tblx.name(patch.get("TBLX")) if patch.get("TBLX") else None)),
        ("前时相 / 后时相", "%s / %s" % (show(patch.get("QSX")), show(patch.get("HSX")))),
        ("原地类", _code_name(patch.get("DLBM"), patch.get("DLMC") or
                           (landclass.name(patch["DLBM"]) if patch.get("DLBM") else None))),
        ("城镇村属性码", show(patch.get("CZCSXM"))),
        ("涉及永农 / 红线", "%s / %s" % (show(patch.get("SFYN")), show(patch.get("SFHX")))),
        ("下发面积", EMPTY if issued_mu is None else "%.2f 平方米（%.2f 亩）" % (float(patch["MJ"]), issued_mu)),
        ("中心点经纬度", "%s，%s" % (dms(lonlat[0], "E", "W"), dms(lonlat[1], "N", "S"))),
        ("中心点平面坐标", "X=%.2f  Y=%.2f（%s）" % (xy[1], xy[0], crs)),  # surveying: X north, Y east
        ("核查状态", show(patch.get("HSZT"))), ("判定类型", show(patch.get("PDLX"))),
    ]


# (label, overlay field, filled field)
_OVERLAY = [
    ("图斑面积", "TBMJ", "TXDKMJ"), ("耕地", "GDMJ", "TXGDMJ"), ("永久基本农田", "YJJBNTMJ", "TXJBNTMJ"),
    ("农用地", "NYDMJ", None), ("非耕农用地", None, "TXFGNYMJ"), ("建设用地", "JSYDMJ", "TXJSYDMJ"),
    ("未利用地", "WLYDMJ", "TXWLYDMJ"), ("生态保护红线", "STHXMJ", "TXSTHXMJ"), ("批准/供地范围内", "PZMJ", None),
    ("采矿许可范围内", "CKMJ", None), ("设施农用地", "SSNYDMJ", None), ("临时用地", "LSYDMJ", None),
]


def overlay_rows(patch):
    """Rows [item, overlay 亩, share of the patch, filled 亩] of the 套合 figures."""
    total = patch.get("TBMJ")
    rows = []
    for label, overlay, filled in _OVERLAY:
        value = patch.get(overlay) if overlay else None
        if overlay == "NYDMJ" and value is None:
            continue
        share = EMPTY
        if value not in (None, "") and total not in (None, "") and float(total) > 0:
            share = "%.1f%%" % (100.0 * float(value) / float(total))
        rows.append([label, mu(value) if overlay else EMPTY, share, mu(patch.get(filled)) if filled else EMPTY])
    return rows


def numbers_rows(patch):
    return [("批准文号", show(patch.get("PZWH"))), ("采矿许可证号", show(patch.get("CKZH"))),
            ("套合说明", show(patch.get("THBZ"))), ("套合时间", show(patch.get("THSJ")))]


def vertex_rows(rings, per_row=3, limit=30):
    """Rows [点号, X, Y] * per_row for the first `limit` vertices (surveying order: X north, Y east) and the
    vertex count. `rings`: lists of (easting, northing), each ring closed (last point = first)."""
    points = []
    for r, ring in enumerate(rings):
        ring = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring
        for n, (x, y) in enumerate(ring, 1):
            points.append(("J%d" % n if len(rings) == 1 else "%d-J%d" % (r + 1, n), y, x))
    shown = points[:limit]
    rows = []
    for i in range(0, len(shown), per_row):
        row = []
        for name, north, east in shown[i:i + per_row]:
            row += [name, "%.3f" % north, "%.3f" % east]
        rows.append(row + [""] * (3 * per_row - len(row)))
    return rows, len(points)


def judgment_rows(patch):
    return [
        ("判定类型", show(patch.get("PDLX"))), ("判定子类", show(patch.get("PDXL"))),
        ("新增 / 存量", show(patch.get("XZCL"))), ("违法主体", show(patch.get("WFZT"))),
        # 二(二): the two marks are reported on their own, a patch may carry both
        ("非农化", yes_no(patch.get("SFFNH"))), ("新增乱占耕地建房", yes_no(patch.get("SFLZJF"))),
        # 存量 rests on when it was built and the evidence for it
        ("建设时间", show(patch.get("JSSJ"))), ("建设时间依据", show(patch.get("JSSJYJ"))),
        ("备案/批准编号", show(patch.get("BABH"))), ("涉军用地", yes_no(patch.get("SFJYD"))),
        ("标识", show(patch.get("BSBZ"))), ("核查日期", show(patch.get("HCRQ"))),
        ("判定日期", show(patch.get("PDRQ"))), ("填报日期", show(patch.get("TBRQ"))),
        ("确认日期", show(patch.get("QRRQ"))),
    ]


def review_rows(patch):
    """二(四) 集体会审 and 二(八) the leadership group's field check (≥ 50 亩 of farmland): the record behind a
    disputed or key judgment."""
    return [
        ("需集体会审", yes_no(patch.get("JTHS"))), ("会审日期", show(patch.get("HSRQ"))),
        ("会审结果", show(patch.get("HSJG"))), ("会审纪要编号", show(patch.get("HSJYBH"))),
        ("领导小组核查日期", show(patch.get("LDHCRQ"))), ("领导小组核查人", show(patch.get("LDHCR"))),
    ]


def prejudge_text(patch):
    """The pre-judgment and its reasons as one paragraph."""
    kind = show(patch.get("YPPDLX"))
    if kind == EMPTY:
        return "未运行预判。"
    sub = show(patch.get("YPPDXL"))
    head = "预判：%s%s。" % (kind, "" if sub == EMPTY else "（%s）" % sub)
    reasons = show(patch.get("YPLY"))
    return head + ("" if reasons == EMPTY else "理由：" + reasons)


def rectification_rows(patch):
    return [
        ("整改措施", show(patch.get("ZGCS"))), ("整改状态", show(patch.get("ZGZT"))),
        ("拆除复耕耕地", _with_unit(mu(patch.get("CCFGMJ")), "亩")),
        ("补办手续耕地", _with_unit(mu(patch.get("BBGDMJ")), "亩")),
        ("是否立案", yes_no(patch.get("SFLA"))), ("重大基础设施已履职", yes_no(patch.get("ZDJCSS"))),
        ("整改完成日期", show(patch.get("ZGRQ"))),
    ]


def _with_unit(text, unit):
    return text if text == EMPTY else "%s %s" % (text, unit)


def photo_caption(n, photo):
    """'照片 2 · 2022-02-15 10:00:00 · 方位 90°（东） · 距图斑 1.5 米'"""
    parts = ["照片 %d" % n]
    parts.append("拍摄 %s" % show(photo.get("TAKEN_AT")))
    azimuth = photo.get("AZIMUTH")
    if azimuth not in (None, ""):
        parts.append("方位 %.0f°（%s）" % (float(azimuth), direction(azimuth)))
    else:
        parts.append("方位 不详")
    if photo.get("DIST_M") not in (None, ""):
        distance = float(photo["DIST_M"])
        parts.append("位于图斑内" if distance <= 0 else "距图斑 %.1f 米" % distance)
    return " · ".join(parts)


def _short(value, limit):
    text = show(value)
    if text.startswith("{") and text.endswith("}"):
        try:  # original attributes are stored as JSON: show them compactly
            text = "，".join("%s=%s" % kv for kv in json.loads(text).items())
        except ValueError:
            pass
    return text if len(text) <= limit else text[:limit - 1] + "…"


def history_rows(history, limit=28):
    """Rows [time, user, field, old, new, action], oldest first."""
    rows = []
    for h in sorted(history, key=lambda r: (r.get("TIME") or "", r.get("_fid") or 0)):
        field = h.get("FIELD") or ""
        if field == "*":
            label = "（新图斑）"
        elif field in ALIASES:
            label = ALIASES[field]
        elif field == "attachment":
            label = "附件材料"
        else:
            label = field
        rows.append([show(h.get("TIME")), show(h.get("USER")), label, _short(h.get("OLD"), limit),
                     _short(h.get("NEW"), limit), show(h.get("ACTION"))])
    return rows
