"""Figures of the 军用土地登记表 (military land register).

Part of the periodic documents' figures (rules/reports/__init__.py says how they count)."""

from ..values import jcbh, number, text
from .patches import batch_month, is_military, patch_area

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
