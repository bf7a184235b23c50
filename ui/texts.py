"""What the dock shows of the package's Chinese data, translated: judgment and state values, flags, severities, and
the sentences of the self-check and the pre-judgment.

The stored values and the rules' sentences stay Chinese (they are data: the package, the problem lists and the
exports keep them); only what is shown goes through tr(). The tables below hold the Chinese as literals, so
tools/i18n_update.py extracts them through tr(VALUES[...]) and tr(MESSAGES[...]); tests/test_dock_i18n.py checks
they cover the value lists of rules/ and every sentence rules/selfcheck.py and rules/prejudge.py can write.
Under the Chinese UI nothing is looked up (the text is returned as it is).
"""
import re

from ..core.i18n import tr

# Values the dock shows from the package (rules/categories, rules/fields, rules/prejudge flags, rules/tblx names,
# rules/selfcheck severities), and the words the rules put into their sentences.
VALUES = [
    # judgment, subtype, 新增/存量
    "合法", "违法", "其他用地",
    "批文", "供地", "登记发证", "采矿许可", "非农化", "乱占耕地建房", "采矿", "农业项目破坏耕地", "其他违法",
    "设施农业用地", "临时用地", "农村道路", "光伏用地", "实地未变化",
    "新增", "存量",
    # 核查状态, 整改措施, 整改状态, 实地现状, 图斑状态
    "待核查", "已核查", "待会审", "已判定", "已填报", "已确认",
    "拆除复耕", "补办手续", "立案查处", "拆除复耕+补办手续", "其他",
    "未整改", "整改中", "已整改",
    "未变化", "未动工", "在建", "已建成", "已停工", "已拆除", "已复耕复绿",
    "拆分", "被拆分",
    # flags (预判标识 and the collective review)
    "涉永久基本农田", "涉生态保护红线", "耕地≥50亩需领导小组实地核查", "涉军用地", "需拆分", "地类待确认",
    "新增乱占耕地建房", "需集体会审",
    # self-check severities
    "严重", "警告", "提示",
    # attachment kinds
    "情况说明", "违法处理材料", "举证材料",
    # patch types (rules/tblx.json)
    "建(构)筑物", "硬化", "动土", "推堆土", "推平", "道路", "铁路", "水工", "光伏", "耕地", "园地", "林地", "草地",
    "水面", "坑塘", "水库", "河流", "沟渠",
    # words inside the rules' sentences
    "审批", "设施农用地备案", "临时用地批准", "批准/供地", "未填", "空", "不能为负", "不是数字", "本县规定",
    "拆分后可得确数", "(无路径)", "(亩)",
    "图斑面积", "套合耕地", "套合永久基本农田", "套合农用地减耕地", "套合未利用地", "套合建设用地", "套合生态红线",
]
_VALUE_INDEX = {v: i for i, v in enumerate(VALUES)}

# The sentences of rules/selfcheck.py, rules/prejudge.py, rules/values.py and rules/errors.py with {} where the rules
# put a value (adjacent values count as one).
MESSAGES = [
    # rules/errors.py: a value the rules cannot use
    "图斑 {}，字段 {}：{}", "字段 {}：{}",
    # rules/values.py
    "值 {} 不是数字，请改为以亩为单位的数值", "值 {} 不是有限数值", "面积不能为负（{}），请更正",
    "值 {} 不是“是/否”（请填 1 或 0）",
    # rules/selfcheck.py
    "{} 的值 {} 无效（{}）", "{} 的值 {} 不是 是/否（请填 1 或 0）",
    "尚未判定（判定类型为空）", "判定类型“{}”不在 {} 之中", "判定子类“{}”不属于“{}”（可选：{}）",
    "判定为{}但未填{}（判定子类）", "判定为合法但没有{}", "判定为合法但没有{}（请运行套合分析）",
    "判定为违法但新增/存量为“{}”，应为 新增 或 存量", "判定为违法但未填新增/存量", "判定为违法但未填违法主体",
    "判定为违法但未填整改措施", "整改措施“{}”不在 {} 之中", "判定为{}但未填备案/批准编号",
    "判定为存量且占用耕地 {} 亩，须填建设时间和依据（如历年影像、批准或登记材料），否则按新增计",
    "建设时间 {} 不早于前时相 {}，不是存量（应为新增）",
    "判定为{}，但填报面积（地块、耕地、永久基本农田等）全部为空，上报成果会缺面积",
    "需集体会审，核查状态为{}，但缺{}（确认前须记录会审）", "会审日期“{}”无法识别（应为 YYYY-MM-DD）",
    "预判标识{}：须记录领导小组实地核查的日期和核查人（方案二(八)）",
    "地类编码（DLBM）为空", "地类编码 {} 不在三调地类表中", "地类 {} {} 未归入三大类，需人工确认",
    "填报地块面积 {} 亩 ≠ 耕地+非耕农用地+未利用地+建设用地 = {} 亩（相差 {} 亩）",
    "{} {} 亩与{} {} 亩相差 {} 亩", "{} {} 亩大于{} {} 亩",
    "拆除复耕 {} 亩 + 补办手续 {} 亩 超过耕地面积 {} 亩（同一块耕地只能计一次）",
    "判定为合法，但图斑与{}范围没有重叠", "审批覆盖 {}，未覆盖 {} 亩（超过拆分容差 {} 亩）需拆分或单独举证",
    "至少 {} 张多方向实地照片（现有 {} 张）", "情况说明（写在备注中：实地现状、影像变化的原因）",
    "下发变化类型为{}（{}），判定为实地未变化（误检）需举证：{}",
    "整改状态为已整改（措施：{}），但拆除复耕和补办面积均为 0，{} 亩耕地仍处于违法状态",
    "整改状态为已整改，但仍有 {} 亩耕地未拆除复耕或补办手续", "整改状态为未整改，但已填拆除复耕 {} 亩、补办 {} 亩",
    "判定为{}，但填了{}（只对违法图斑有意义）", "判定为{}，但是否立案为“是”", "违法性质为{}，但套合耕地面积为 0",
    "判定为{}，预判为{}（请确认理由已写入备注）",
    "判定为其他用地/光伏用地，但占用耕地 {} 亩：占用耕地的光伏不属于不改变原用地性质的光伏用地，应判违法或拆分后分别判定",
    "判定为{}，但未套合{}图层，无法核实图斑在{}范围内（请套合后复查）", "判定为{}，但图斑不在任何有效的{}范围内（覆盖 0 亩）",
    "判定为{}，但{}只覆盖 {}，范围外 {} 亩（超过拆分容差 {} 亩）应拆分后另行判定",
    "临时用地期限至 {}，已过期（检查日 {}）：逾期未恢复原状的不再属于其他用地，应督促复垦或判为违法",
    "设施农用地备案期限至 {}，已过期（检查日 {}），请核实是否续期",
    "违法性质为乱占耕地建房，不能按交通能源水利重大基础设施扣减（ZDJCSS 应为否）",
    "存量违法不计入问责比例，不应再按重大基础设施扣减（ZDJCSS 应为否）",
    "按重大基础设施扣减须填立项文号（国家有关部委或省级发展改革部门批准的项目或清单）",
    "整改措施为{}，但是否立案为否", "判定依据为采矿许可，但变化类型为{}（{}）：采矿许可只能说明采矿用地合法",
    "判定为{}，但标识为{}（只用于违法图斑）", "违法性质为乱占耕地建房，但“新增乱占耕地建房”标识为否",
    "违法性质为{}，请填“非农化”标识（二(二)：非农化与新增乱占耕地建房分别标识）",
    "已补办手续 {} 亩，但是否立案为否：未经查处的补办不扣减增违挂钩指标",
    "填了自治区确认日期，但没有市级验收日期（先市级验收、后自治区确认）", "自治区确认日期 {} 早于市级验收日期 {}",
    "填了验收/确认日期，但拆除复耕面积为 0",
    "已判定但没有举证照片", "只有 {} 张举证照片，至少需要 {} 张（多方向拍摄）", "照片 {} 距图斑 {} 米，超过 {} 米",
    "照片 {} 拍摄于 {}，早于后时相影像 {}，不能证明现状", "照片 {} 没有拍摄时间，无法核对是否晚于后时相",
    "{} 张照片方位角相差不足 {}°，应从不同方向拍摄",
    "照片 {} 与图斑 {} 的举证照片是同一文件（SHA-256 相同），每个图斑应有自己的现场照片",
    "{}。套合结果已按旧图形清空，请重新运行套合分析", "{}。原判定“{}”针对旧的下发数据，请按新图形复核后重新确认核查状态",
    "{}。请核对后重新确认核查状态",
    "{}-{} 批次月清期限 {} 已过 {} 天，图斑尚未确认（当前状态：{}）",
    "{}-{} 批次月清期限 {} 还有 {} 天，图斑尚未确认（当前状态：{}）", "批次“{}”读不出月份，无法检查月清、月核期限",
    "{}-{} 批次月核期限 {} 已过，仍有 {} 个严重问题未整改", "全县：{} 期限 {}，还有 {} 天",
    # rules/prejudge.py
    "缺少图斑面积，请先运行套合分析（wpzf:overlay）", "{} 亩大于图斑面积 {} 亩，请重新套合",
    "图斑面积 {} 亩", "耕地 {} 亩", "永久基本农田 {} 亩", "生态保护红线 {} 亩", "原地类 {} {}", "变化类型 {} {}",
    "原地类 {} {} 未归入三大类，需人工确认", "原地类编码 {} 不在地类表中，需人工确认",
    "位于采矿许可范围内 {} 亩，但变化类型为{}，不能据采矿许可判合法", "{}覆盖 {}，实际用地在范围内",
    "{}覆盖 {}，未覆盖 {} 亩，不超过拆分容差 {} 亩（{}），按数字化误差处理",
    "{}覆盖 {}，未覆盖 {} 亩（超过拆分容差 {} 亩）需拆分后另行判定",
    "{}范围内 {} 亩可拆分判定为{}/{}；范围外 {} 亩按下列规则预判（本预判针对范围外部分）",
    "变化类型为农村道路", "变化类型为光伏且未占用耕地", "光伏占用耕地 {} 亩，不属于不改变原用地性质的光伏用地",
    "变化后为{}，未见建设", "变化后为{}，占用耕地 {} 亩，疑似挖塘等破坏耕地", "变化后为{}，未占用耕地",
    "范围外 {} 亩未见批准、许可或备案", "除{}外未见其他批准、许可或备案覆盖", "未见批准、许可或备案覆盖",
    "变化类型为采矿，未在采矿许可范围内", "至多 {}", "新建建(构)筑物占用耕地 {} 亩", "{}占用耕地 {} 亩",
    "原地类全部为建设用地，如属原址改建需核实建设时间与手续",
    "新增建(构)筑物疑似违法占用批准范围外耕地 {} 亩（≥{} 亩），县卫片办领导小组须逐一实地核查{}",
    "涉军用地，须填报军用土地登记表并以机要件单独上报",
    "需举证：批准/供地文件（文号）及实际用地位于批准红线内的套合图",
    "需举证：采矿许可证（有效期内）及开采范围位于许可范围内的套合图", "需举证：设施农业用地备案材料及现场照片",
    "需举证：临时用地批准文件（期限内）及现场照片", "需举证：路面宽度（一般 2–8 米）及用途的实地照片",
    "需举证：光伏方阵不改变原用地性质（桩基架空、板下可继续种植）的材料与照片",
    "需举证：多方向实地照片，证明实地未发生建设", "需查明：违法主体、新增或存量（建设时间）、整改措施",
]
# Separators between sentences or values, most enclosing first; each is translated once (tr below).
SEPARATORS = ["；", "，", "、"]
OPEN, CLOSE = "（(“", "）)”"
_PATCH_PREFIX = re.compile(r"图斑 [^：]+：")
_CACHE = {}
_STATE = {"probe": None, "patterns": None, "words": None}


def chinese_ui():
    """True while no translation is installed for the dock's strings (the Chinese UI): nothing to look up."""
    return tr("合法") == "合法"


def value_label(value):
    """A stored value as shown: translated when it is one of VALUES, else as it is (names, numbers)."""
    index = _VALUE_INDEX.get(value)
    return tr(VALUES[index]) if index is not None else ("" if value is None else str(value))


def strip_patch(message):
    """A rules message without its leading "图斑 <number>：" (the dock shows it beside that patch)."""
    return _PATCH_PREFIX.sub("", message, count=1)


def translate_message(message):
    """A sentence the rules wrote (self-check problem, pre-judgment reason, rules error) in the UI's language: the
    sentence is found in MESSAGES, the values it holds are translated where known, the translation filled in. What
    is not found stays as it is (it is still correct, only Chinese)."""
    if not message or chinese_ui():
        return message
    _refresh()
    found = _CACHE.get(message)
    if found is None:
        if len(_CACHE) > 5000:
            _CACHE.clear()
        found = _CACHE[message] = _translate(message)
    return found


def _refresh():
    """Rebuild the lookups when the installed translation changed (probe text differs)."""
    probe = tr("合法")
    if probe == _STATE["probe"]:
        return
    _CACHE.clear()
    patterns = []
    for index, template in enumerate(MESSAGES):
        pieces = template.split("{}")
        regex = re.compile("(.+?)".join(re.escape(p) for p in pieces), re.S)
        patterns.append((-len("".join(pieces)), index, regex))
    patterns.sort()  # the most literal text first: "判定为违法但未填违法主体" before "判定为{}但未填{}（判定子类）"
    words = {v: tr(v) for v in VALUES}
    from .patch_form import FIELD_LABELS, PHOTO_LABELS, field_label
    unit = tr("(亩)")
    for name, alias in FIELD_LABELS.items():
        shown = field_label(name)
        words.setdefault(alias, shown)
        words.setdefault(alias.replace("(亩)", ""), shown.replace(unit, "").strip())
    for alias in PHOTO_LABELS.values():
        words.setdefault(alias, tr(alias))
    _STATE.update(probe=probe, patterns=[(index, regex) for _n, index, regex in patterns], words=words)


def _translate(part):
    if not any(ord(ch) >= 0x2E80 for ch in part):  # numbers, codes, file names: nothing to translate
        return part
    word = _STATE["words"].get(part.strip())
    if word is not None:
        return word
    for index, regex in _STATE["patterns"]:
        m = regex.fullmatch(part)
        if m:
            return tr(MESSAGES[index]).format(*(_translate(g) for g in m.groups()))
    for separator in SEPARATORS:  # sentences or values in a row (not inside brackets or quotes)
        pieces = _top_level_split(part, separator)
        if len(pieces) > 1:
            return _separator(separator).join(_translate(p) for p in pieces)
    if part.endswith("）"):  # "审批（桂政土批〔2021〕1号）": a name and what is in its brackets
        start = _opening(part)
        if start > 0:
            return "{} ({})".format(_translate(part[:start]), _translate(part[start + 1:-1]))
    return part


def _top_level_split(part, separator):
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(part):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(depth - 1, 0)
        elif ch == separator and depth == 0:
            pieces.append(part[start:i])
            start = i + 1
    return pieces + [part[start:]]


def _opening(part):
    """Index of the "（" that the final "）" closes, or -1."""
    depth = 0
    for i in range(len(part) - 1, -1, -1):
        if part[i] in CLOSE:
            depth += 1
        elif part[i] in OPEN:
            depth -= 1
            if depth == 0:
                return i
    return -1


def _separator(separator):
    return {"；": tr("；"), "，": tr("，"), "、": tr("、")}[separator]
