"""Field names of the work package, named once.

Every name is at most 10 ASCII characters (shapefile limit). Each entry:
(name, type, length, precision, Chinese alias). Types: 'str', 'int', 'real'.
Areas are in 亩, full precision; exports round them.
"""

MU_PER_M2 = 3.0 / 2000.0  # 1 亩 = 2000/3 m²

# Fields of the issued patches (监测图斑) as the ministry publishes them.
ISSUED = [
    ("XZQDM", "str", 12, 0, "县级行政区代码"),
    ("XMC", "str", 50, 0, "县级行政区名称"),
    ("JCBH", "str", 50, 0, "监测编号"),
    ("TBLX", "str", 10, 0, "图斑类型"),
    ("QSX", "str", 10, 0, "前时相"),
    ("HSX", "str", 10, 0, "后时相"),
    ("DLBM", "str", 10, 0, "地类编码"),
    ("DLMC", "str", 50, 0, "地类名称"),
    ("CZCSXM", "str", 10, 0, "城镇村属性码"),
    ("SFYN", "str", 4, 0, "是否涉及永农"),
    ("SFHX", "str", 4, 0, "是否涉及红线"),
    ("MJ", "real", 18, 4, "下发面积(平方米)"),
]

# Bookkeeping written by wpzf:import_patches.
IMPORT = [
    ("PC", "str", 50, 0, "批次"),
    ("DRSJ", "str", 19, 0, "导入时间"),
    ("YSSX", "str", 0, 0, "原始属性(JSON)"),
]

# Written by wpzf:overlay (亩, CGCS2000 ellipsoid).
OVERLAY = [
    ("TBMJ", "real", 18, 6, "图斑面积(亩)"),
    ("GDMJ", "real", 18, 6, "耕地面积(亩)"),
    ("NYDMJ", "real", 18, 6, "农用地面积(亩)"),
    ("JSYDMJ", "real", 18, 6, "建设用地面积(亩)"),
    ("WLYDMJ", "real", 18, 6, "未利用地面积(亩)"),
    ("YJJBNTMJ", "real", 18, 6, "永久基本农田面积(亩)"),
    ("STHXMJ", "real", 18, 6, "生态保护红线面积(亩)"),
    ("PZMJ", "real", 18, 6, "批准范围内面积(亩)"),
    ("PZWH", "str", 254, 0, "批准文号"),
    ("CKMJ", "real", 18, 6, "采矿许可范围内面积(亩)"),
    ("CKZH", "str", 254, 0, "采矿许可证号"),
    ("SSNYDMJ", "real", 18, 6, "设施农用地面积(亩)"),
    ("LSYDMJ", "real", 18, 6, "临时用地面积(亩)"),
    ("TKMJ", "real", 18, 6, "扣除田坎面积(亩)"),
    ("DLWFGMJ", "real", 18, 6, "地类未覆盖面积(亩)"),
    ("XZDM", "str", 12, 0, "乡镇代码"),
    ("XZMC", "str", 50, 0, "乡镇名称"),
    ("LSYDQX", "str", 10, 0, "临时用地期限至"),
    ("SSNYDQX", "str", 10, 0, "设施农用地备案期限至"),
    ("THBZ", "str", 254, 0, "套合说明"),
    ("THSJ", "str", 19, 0, "套合时间"),
]

# Written by wpzf:prejudge: a suggestion, never the judgment itself.
PREJUDGE = [
    ("YPPDLX", "str", 10, 0, "预判类型"),
    ("YPPDXL", "str", 20, 0, "预判子类"),
    ("YPLY", "str", 0, 0, "预判理由"),
    ("BSBZ", "str", 254, 0, "标识(非农化等)"),
]

# Filled in by people (the dock) or imported from the platform.
JUDGMENT = [
    ("HSZT", "str", 10, 0, "核查状态"),
    ("PDLX", "str", 10, 0, "判定类型"),
    ("PDXL", "str", 20, 0, "判定子类"),
    ("XZCL", "str", 4, 0, "新增/存量"),
    ("WFZT", "str", 100, 0, "违法主体"),
    ("ZGCS", "str", 20, 0, "整改措施"),
    ("ZGZT", "str", 10, 0, "整改状态"),
    ("SFLA", "int", 1, 0, "是否立案"),
    ("ZDJCSS", "int", 1, 0, "重大基础设施已履职"),
    ("CCFGMJ", "real", 18, 6, "拆除复耕耕地面积(亩)"),
    ("BBGDMJ", "real", 18, 6, "补办手续耕地面积(亩)"),
    ("JTHS", "int", 1, 0, "需集体会审"),
    ("SFJYD", "int", 1, 0, "涉军用地"),
    ("TXDKMJ", "real", 18, 6, "填报地块面积(亩)"),
    ("TXGDMJ", "real", 18, 6, "填报耕地(亩)"),
    ("TXJBNTMJ", "real", 18, 6, "填报永久基本农田(亩)"),
    ("TXFGNYMJ", "real", 18, 6, "填报非耕农用地(亩)"),
    ("TXWLYDMJ", "real", 18, 6, "填报未利用地(亩)"),
    ("TXJSYDMJ", "real", 18, 6, "填报建设用地(亩)"),
    ("TXSTHXMJ", "real", 18, 6, "填报生态红线(亩)"),
    ("HCRQ", "str", 10, 0, "核查日期"),
    ("PDRQ", "str", 10, 0, "判定日期"),
    ("TBRQ", "str", 10, 0, "填报日期"),
    ("QRRQ", "str", 10, 0, "确认日期"),
    ("ZGRQ", "str", 10, 0, "整改完成日期"),
    ("BZ", "str", 0, 0, "备注"),
    ("BABH", "str", 100, 0, "备案/批准编号(其他用地)"),
    # 二(二): the two marks are separate; a patch can carry both
    ("SFFNH", "int", 1, 0, "非农化"),
    ("SFLZJF", "int", 1, 0, "新增乱占耕地建房"),
    # 存量 needs evidence of when it was built (before the monitoring period)
    ("JSSJ", "str", 10, 0, "建设时间"),
    ("JSSJYJ", "str", 100, 0, "建设时间依据"),
    # 四(一)3、4: a major infrastructure deduction needs the project's record (立项文件/清单)
    ("ZDXMWH", "str", 100, 0, "重大基础设施立项文号"),
    # 二(四) 集体会审: the review behind a disputed or key patch's judgment
    ("HSRQ", "str", 10, 0, "会审日期"),
    ("HSJG", "str", 100, 0, "会审结果"),
    ("HSJYBH", "str", 100, 0, "会审纪要编号"),
    # 二(八): the leadership group's field check of ≥ 50 亩 suspected farmland occupation
    ("LDHCRQ", "str", 10, 0, "领导小组核查日期"),
    ("LDHCR", "str", 100, 0, "领导小组核查人"),
    # 四(二) 增违挂钩: the freeze is released only after the city's acceptance and the region's confirmation
    ("SJYSRQ", "str", 10, 0, "市级验收日期"),
    ("ZZQQRRQ", "str", 10, 0, "自治区确认日期"),
]

# Written by the import when a patch issued again differs from the stored one; read by self-check R01.
REISSUE = [
    ("XFBG", "str", 254, 0, "重新下发变更"),
]

# 图斑拆分 (issue 12): a split patch stays as the parent (TBZT 被拆分, no longer judged) and its parts are rows of
# their own (TBZT 拆分) keeping the parent's JCBH, each with its own number ZTBBH. A unit of judgment is addressed by
# its key: ZTBBH for a part, JCBH otherwise (unit_key).
SPLIT = [
    ("TBZT", "str", 10, 0, "图斑状态"),
    ("ZTBBH", "str", 60, 0, "子图斑编号"),
]
PART, SPLIT_PARENT = "拆分", "被拆分"

# 乡镇核查 (issue 16): what the township reports from the field visit (实地核查), besides the judgment fields it fills
# (HCRQ, WFZT, ZGCS, ZGZT, ZGRQ, CCFGMJ, BBGDMJ, BZ).
FIELDWORK = [
    ("SDXZ", "str", 20, 0, "实地现状"),
    ("HCR", "str", 50, 0, "实地核查人"),
]
SDXZ_VALUES = ["未变化", "未动工", "在建", "已建成", "已停工", "已拆除", "已复耕复绿", "其他"]
# What a township fills in its task list or field app, in the order of the Excel columns; everything else it sees
# is locked. The round trip compares exactly these (value at export, value now, value returned).
FIELDWORK_FILLED = ["HCRQ", "HCR", "SDXZ", "WFZT", "ZGCS", "ZGZT", "ZGRQ", "CCFGMJ", "BBGDMJ", "BZ"]

# The store's own (issue 17): the row version every write of a patch row raises. A save names the version it started
# from and is refused when someone else saved the unit in between (no lost update between technicians).
ROWVER = "ROWVER"
STORE = [
    (ROWVER, "int", 0, 0, "行版本"),
]

PATCH_FIELDS = ISSUED + IMPORT + OVERLAY + PREJUDGE + JUDGMENT + REISSUE + SPLIT + FIELDWORK + STORE
PATCH_FIELD_NAMES = [f[0] for f in PATCH_FIELDS]
ALIASES = {f[0]: f[4] for f in PATCH_FIELDS}
KEY = "JCBH"

UNIT_KEY_SQL = "COALESCE(NULLIF(ZTBBH, ''), JCBH)"  # the key of a unit in SQL (keep in step with unit_key)


def unit_key(row):
    """The key a unit of judgment is addressed by: the part number for a part, the monitoring number otherwise."""
    part = row.get("ZTBBH")
    return str(part) if part not in (None, "") else row.get(KEY)


# Fields the import owns: re-importing a known JCBH refreshes only these.
IMPORT_OWNED = [f[0] for f in ISSUED + IMPORT]
# Everything people or later steps produced; kept when a patch is issued again.
KEPT_ON_REIMPORT = [f[0] for f in OVERLAY + PREJUDGE + JUDGMENT]

PHOTO_FIELDS = [
    ("JCBH", "str", 50, 0, "监测编号"),
    ("PATH", "str", 0, 0, "相对路径"),
    ("SHA256", "str", 64, 0, "SHA-256"),
    ("LON", "real", 18, 8, "经度"),
    ("LAT", "real", 18, 8, "纬度"),
    ("AZIMUTH", "real", 8, 2, "方位角"),
    ("TAKEN_AT", "str", 19, 0, "拍摄时间"),
    ("DIST_M", "real", 12, 2, "距图斑距离(米)"),
    ("NOTE", "str", 254, 0, "说明"),
]

HISTORY_FIELDS = [
    ("TIME", "str", 19, 0, "时间"),
    ("USER", "str", 50, 0, "操作人"),
    ("JCBH", "str", 50, 0, "监测编号"),
    ("FIELD", "str", 0, 0, "字段"),  # a field name, "setting:<key>" or "photo:<field>": no fixed width
    ("OLD", "str", 0, 0, "原值"),
    ("NEW", "str", 0, 0, "新值"),
    ("ACTION", "str", 30, 0, "操作"),
]

# Documents attached to a patch (情况说明, 处理材料, 举证材料): the file itself is kept in the package (DATA, a BLOB).
ATTACHMENT_FIELDS = [
    ("JCBH", "str", 50, 0, "监测编号"),
    ("KIND", "str", 20, 0, "材料类别"),
    ("TITLE", "str", 254, 0, "材料名称"),
    ("FILENAME", "str", 254, 0, "原文件名"),
    ("SHA256", "str", 64, 0, "SHA-256"),
    ("SIZE", "int", 10, 0, "字节数"),
    ("ADDED_AT", "str", 19, 0, "添加时间"),
    ("USER", "str", 50, 0, "添加人"),
    ("NOTE", "str", 254, 0, "说明"),
]
ATTACHMENT_KINDS = ["情况说明", "违法处理材料", "举证材料", "其他"]

SETTINGS_FIELDS = [
    ("KEY", "str", 50, 0, "键"),
    ("VALUE", "str", 0, 0, "值"),
]

# Names of the layers/tables inside the work package.
LAYER_PATCHES = "patches"
LAYER_PHOTOS = "photos"
TABLE_HISTORY = "history"
TABLE_SETTINGS = "settings"
TABLE_ATTACHMENTS = "attachments"

# 乡镇核查 round trip (issue 16): what was sent to which township and when, the values each unit had when it went out,
# and the edits that met a county edit on the way back (three-way conflicts, resolved in the dock).
FIELD_PACKAGE_FIELDS = [
    ("ID", "str", 60, 0, "任务包编号"),
    ("XZDM", "str", 12, 0, "乡镇代码"),
    ("XZMC", "str", 50, 0, "乡镇名称"),
    ("SENT_AT", "str", 19, 0, "发出时间"),
    ("SENT_BY", "str", 50, 0, "发出人"),
    ("DUE", "str", 10, 0, "要求返回日期"),
    ("UNITS", "int", 10, 0, "图斑数"),
    ("FOLDER", "str", 0, 0, "任务包位置"),
    ("STATE", "str", 10, 0, "状态"),
    ("BACK_AT", "str", 19, 0, "最近返回时间"),
    ("IMPORTS", "int", 10, 0, "导入次数"),
    ("BACK_SHA", "str", 64, 0, "最近返回内容SHA-256"),
    ("NOTE", "str", 254, 0, "说明"),
]
FIELD_EXPORT_FIELDS = [
    ("PKG_ID", "str", 60, 0, "任务包编号"),
    ("JCBH", "str", 60, 0, "图斑编号"),
    ("SENT", "str", 0, 0, "发出时的值(JSON)"),
    ("BASE", "str", 0, 0, "比对基准值(JSON)"),
    ("BACK_AT", "str", 19, 0, "返回时间"),
]
FIELD_CONFLICT_FIELDS = [
    ("PKG_ID", "str", 60, 0, "任务包编号"),
    ("XZMC", "str", 50, 0, "乡镇名称"),
    ("JCBH", "str", 60, 0, "图斑编号"),
    ("FIELD", "str", 20, 0, "字段"),
    ("SENT", "str", 0, 0, "发出时的值"),
    ("CURRENT", "str", 0, 0, "县级现值"),
    ("RETURNED", "str", 0, 0, "乡镇返回值"),
    ("FOUND_AT", "str", 19, 0, "发现时间"),
    ("STATE", "str", 10, 0, "处理状态"),
    ("DONE_AT", "str", 19, 0, "处理时间"),
    ("DONE_BY", "str", 50, 0, "处理人"),
    ("RESULT", "str", 0, 0, "采用的值"),
]
TABLE_FIELD_PACKAGES = "field_packages"
TABLE_FIELD_EXPORTS = "field_exports"
TABLE_FIELD_CONFLICTS = "field_conflicts"
