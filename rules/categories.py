"""Judgment categories and workflow states, named once (see DESIGN.md)."""

LEGAL = "合法"
ILLEGAL = "违法"
OTHER = "其他用地"
PDLX = [LEGAL, ILLEGAL, OTHER]

PDXL = {
    LEGAL: ["批文", "供地", "登记发证", "采矿许可"],
    ILLEGAL: ["非农化", "乱占耕地建房", "采矿", "农业项目破坏耕地", "其他违法"],
    OTHER: ["设施农业用地", "临时用地", "农村道路", "光伏用地", "实地未变化"],
}

NEW = "新增"
EXISTING = "存量"
XZCL = [NEW, EXISTING]

# Workflow (核查状态), in order.
HSZT = ["待核查", "已核查", "待会审", "已判定", "已填报", "已确认"]

ZGCS = ["拆除复耕", "补办手续", "立案查处", "拆除复耕+补办手续", "其他"]
ZGZT = ["未整改", "整改中", "已整改"]


def subtypes(pdlx):
    """Allowed subtypes of a judgment; empty list for an unknown or empty one."""
    return list(PDXL.get(pdlx, []))


def is_valid_judgment(pdlx, pdxl=None):
    if pdlx in (None, ""):
        return pdxl in (None, "")
    if pdlx not in PDXL:
        return False
    return pdxl in (None, "") or pdxl in PDXL[pdlx]
