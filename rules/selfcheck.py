"""Self-check (月核): the checks people do by hand, each a rule with an id, a severity and a message.

Pure functions over dicts: a patch dict (rules/fields.py names), the photo dicts of that patch
(PHOTO_FIELDS), the policy, and optionally "today" and the batch month for the deadline rules.
Every message names the patch. Rules are registered in RULES (id → severity, title) so the
problem list and the documentation share one catalogue.
"""

import collections

from . import categories as cat
from . import landclass, tblx
from .deadlines import (CONFIRMED, milestones, monthly_check_due, monthly_clear_due, parse_date, parse_month)
from .errors import RuleInputError
from .fields import ALIASES
from .prejudge import FLAG_LEADERSHIP
from .values import coverage_text, flag, fmt_mu, is_empty, jcbh, number, text

SEVERE, WARNING, INFO = "严重", "警告", "提示"
SEVERITIES = [SEVERE, WARNING, INFO]

Problem = collections.namedtuple("Problem", "jcbh rule severity message field")
Problem.__new__.__defaults__ = ("",)

# Problem table columns: (name, type, Chinese header, unit); XZMC is filled by the caller from the patch.
PROBLEM_FIELDS = [
    ("JCBH", "str", "监测编号", ""),
    ("XZMC", "str", "乡镇", ""),
    ("GZBH", "str", "规则编号", ""),
    ("GZMC", "str", "规则名称", ""),
    ("YZCD", "str", "严重程度", ""),
    ("WTMS", "str", "问题描述", ""),
    ("ZD", "str", "相关字段", ""),
]

RULES = collections.OrderedDict()  # id -> (default severity, title)
_CHECKS = []


def rule(rule_id, severity, title):
    """Register a check. The function yields (message, field) or (message, field, severity)."""
    def register(fn):
        RULES[rule_id] = (severity, title)
        _CHECKS.append((rule_id, severity, fn))
        return fn
    return register


class Context:
    """What a check sees: the patch, its photos, the policy, today and its batch month."""

    def __init__(self, patch, policy, photos, today, batch_month, evidence=True):
        self.patch = patch
        self.evidence = evidence  # False when no photo layer was given: photo-based checks cannot judge
        self.policy = policy
        self.photos = photos
        self.today = today
        self.month = batch_month
        self.jcbh = jcbh(patch)
        self.pdlx = text(patch.get("PDLX"))
        self.pdxl = text(patch.get("PDXL"))
        tol = policy["selfcheck"]["area_tolerance_mu"]
        self.tol_equal, self.tol_warn, self.tol_severe = tol["equal"], tol["warning"], tol["severe"]
        self.cover_tol = policy["prejudge"]["approval_coverage_tolerance_mu"]
        self.split_tol = float(policy["prejudge"].get("split_tolerance_mu", self.cover_tol))
        self.eps = float(policy["prejudge"].get("area_epsilon_mu", 0.001))

    def get(self, field):
        return text(self.patch.get(field))

    def area(self, field, default=0.0):
        return number(self.patch, field, default=default)

    def yes(self, field):
        """A yes/no field; an unreadable value counts as no here (V02 reports it)."""
        try:
            return flag(self.patch, field)
        except RuleInputError:
            return False

    def filled(self, field):
        return not is_empty(self.patch.get(field))

    def tier(self, diff):
        """Severity of an area difference, None when within 0.01 亩."""
        diff = abs(diff)
        if diff <= self.tol_equal + 1e-9:
            return None
        if diff > self.tol_severe:
            return SEVERE
        if diff > self.tol_warn:
            return WARNING
        return INFO


def _safe(fn):
    """Area checks skip values V01 already reported."""
    def wrapped(c):
        try:
            for item in fn(c):
                yield item
        except RuleInputError:
            return
    return wrapped


def _name(field):
    """Chinese name of a field for messages, without its unit (the message gives it)."""
    return ALIASES.get(field, field).replace("(亩)", "")


# ---- values and judgment ---------------------------------------------------------------------

@rule("V01", SEVERE, "面积字段不是非负数值")
def _bad_numbers(c):
    for field in _ALL_AREAS:
        try:
            c.area(field)
        except RuleInputError as e:
            yield "%s 的值 %r 无效（%s）" % (_name(field), e.value, "不能为负" if _negative(e.value) else "不是数字"), field


def _negative(value):
    try:
        return float(value) < 0
    except (TypeError, ValueError):
        return False


@rule("V02", SEVERE, "是/否字段取值无效")
def _bad_flags(c):
    for field in ("SFLA", "ZDJCSS", "JTHS", "SFJYD", "SFFNH", "SFLZJF"):
        try:
            flag(c.patch, field)
        except RuleInputError as e:
            yield "%s 的值 %r 不是 是/否（请填 1 或 0）" % (_name(field), e.value), field


@rule("J01", INFO, "尚未判定")
def _not_judged(c):
    if c.pdlx == "":
        yield "尚未判定（判定类型为空）", "PDLX"


@rule("J02", SEVERE, "判定类型或子类不在类别中")
def _bad_category(c):
    if c.pdlx and c.pdlx not in cat.PDLX:
        yield "判定类型“%s”不在 %s 之中" % (c.pdlx, "/".join(cat.PDLX)), "PDLX"
    elif c.pdlx and c.pdxl and c.pdxl not in cat.subtypes(c.pdlx):
        yield "判定子类“%s”不属于“%s”（可选：%s）" % (c.pdxl, c.pdlx, "/".join(cat.subtypes(c.pdlx))), "PDXL"


@rule("J03", SEVERE, "已判定但缺判定子类")
def _no_subtype(c):
    if c.pdlx in cat.PDLX and not c.pdxl:
        what = {cat.ILLEGAL: "违法性质", cat.LEGAL: "合法依据", cat.OTHER: "其他用地类型"}[c.pdlx]
        yield "判定为%s但未填%s（判定子类）" % (c.pdlx, what), "PDXL"


@rule("J10", SEVERE, "合法图斑缺批准文号")
def _legal_no_number(c):
    if c.pdlx == cat.LEGAL:
        field = "CKZH" if c.pdxl == "采矿许可" else "PZWH"
        if not c.get(field):
            yield "判定为合法但没有%s" % _name(field), field


@rule("J11", SEVERE, "合法图斑缺批准覆盖面积")
def _legal_no_coverage(c):
    if c.pdlx == cat.LEGAL:
        field = "CKMJ" if c.pdxl == "采矿许可" else "PZMJ"
        if not c.filled(field):
            yield "判定为合法但没有%s（请运行套合分析）" % _name(field), field


@rule("J20", SEVERE, "违法图斑缺新增/存量")
def _illegal_no_age(c):
    if c.pdlx == cat.ILLEGAL and c.get("XZCL") not in cat.XZCL:
        got = c.get("XZCL")
        yield ("判定为违法但新增/存量为“%s”，应为 新增 或 存量" % got if got
               else "判定为违法但未填新增/存量"), "XZCL"


@rule("J21", SEVERE, "违法图斑缺违法主体")
def _illegal_no_subject(c):
    if c.pdlx == cat.ILLEGAL and not c.get("WFZT"):
        yield "判定为违法但未填违法主体", "WFZT"


@rule("J22", SEVERE, "违法图斑缺整改措施")
def _illegal_no_measure(c):
    if c.pdlx == cat.ILLEGAL:
        measure = c.get("ZGCS")
        if not measure:
            yield "判定为违法但未填整改措施", "ZGCS"
        elif measure not in cat.ZGCS:
            yield "整改措施“%s”不在 %s 之中" % (measure, "/".join(cat.ZGCS)), "ZGCS"


_NEEDS_RECORD = ("设施农业用地", "临时用地", "光伏用地")


@rule("J30", SEVERE, "其他用地缺备案/批准编号")
def _other_no_record(c):
    if c.pdlx == cat.OTHER and c.pdxl in _NEEDS_RECORD and not c.get("BABH"):
        yield "判定为%s但未填备案/批准编号" % c.pdxl, "BABH"


@rule("J23", SEVERE, "存量违法缺建设时间证据")
@_safe
def _existing_without_age(c):
    """存量 leaves the ratio entirely (方案四(一)6): it needs proof that the construction predates the period."""
    if c.pdlx != cat.ILLEGAL or c.get("XZCL") != cat.EXISTING or c.area("GDMJ") <= c.eps:
        return
    built = parse_date(c.patch.get("JSSJ"))
    if built is None or not c.get("JSSJYJ"):
        yield ("判定为存量且占用耕地 %s 亩，须填建设时间和依据（如历年影像、批准或登记材料），否则按新增计"
               % fmt_mu(c.area("GDMJ"))), "JSSJ" if built is None else "JSSJYJ"
        return
    before = parse_date(c.patch.get("QSX"))
    if before is not None and built >= before:
        yield "建设时间 %s 不早于前时相 %s，不是存量（应为新增）" % (built.isoformat(), before.isoformat()), "XZCL"


_FILLED_ANY = ["TXDKMJ", "TXGDMJ", "TXJBNTMJ", "TXFGNYMJ", "TXWLYDMJ", "TXJSYDMJ", "TXSTHXMJ"]


@rule("J50", SEVERE, "已判定但填报面积全为空")
def _judged_without_areas(c):
    if c.pdlx in cat.PDLX and not any(c.filled(f) for f in _FILLED_ANY):
        level = WARNING if c.pdlx == cat.LEGAL else SEVERE
        yield "判定为%s，但填报面积（地块、耕地、永久基本农田等）全部为空，上报成果会缺面积" % c.pdlx, "TXDKMJ", level


REVIEW_FIELDS = ["HSRQ", "HSJG", "HSJYBH"]
LEADERSHIP_FIELDS = ["LDHCRQ", "LDHCR"]


def missing_review(patch):
    """The collective-review fields (二(四)) a patch needing a review (JTHS) lacks; J60 and the dock's confirmation."""
    try:
        needed = flag(patch, "JTHS")
    except RuleInputError:  # V02 reports the value
        needed = False
    return [f for f in REVIEW_FIELDS if is_empty(patch.get(f))] if needed else []


def missing_leadership_check(patch):
    """The record of the leadership group's field check (二(八)) a flagged, not legal patch lacks; J70 and the dock."""
    if FLAG_LEADERSHIP not in text(patch.get("BSBZ")) or text(patch.get("PDLX")) == cat.LEGAL:
        return []
    return [f for f in LEADERSHIP_FIELDS if is_empty(patch.get(f))]


@rule("J60", SEVERE, "需集体会审但无会审记录")
def _review_missing(c):
    if not c.yes("JTHS"):
        return
    missing = missing_review(c.patch)
    if missing and c.get("HSZT") in ("已判定", "已填报", CONFIRMED):
        level = SEVERE if c.get("HSZT") in ("已填报", CONFIRMED) else WARNING
        yield ("需集体会审，核查状态为%s，但缺%s（确认前须记录会审）"
               % (c.get("HSZT"), "、".join(_name(f) for f in missing))), missing[0], level
    if c.get("HSRQ") and parse_date(c.patch.get("HSRQ")) is None:
        yield "会审日期“%s”无法识别（应为 YYYY-MM-DD）" % c.get("HSRQ"), "HSRQ"


@rule("J70", SEVERE, "耕地≥50亩未记录领导小组实地核查")
def _leadership_check_missing(c):
    missing = missing_leadership_check(c.patch)
    if missing:
        yield ("预判标识%s：须记录领导小组实地核查的日期和核查人（方案二(八)）" % FLAG_LEADERSHIP), missing[0]


@rule("J40", WARNING, "地类编码为空或未归类")
def _land_class(c):
    code = c.get("DLBM")
    if not code:
        yield "地类编码（DLBM）为空", "DLBM"
    elif not landclass.known(code):
        yield "地类编码 %s 不在三调地类表中" % code, "DLBM"
    elif landclass.category(code) is None:
        yield "地类 %s %s 未归入三大类，需人工确认" % (code, landclass.name(code)), "DLBM"


# ---- areas -----------------------------------------------------------------------------------

_FILLED_PARTS = ["TXGDMJ", "TXFGNYMJ", "TXWLYDMJ", "TXJSYDMJ"]
_FILLED_VS_OVERLAY = [  # (rule id, filled field, overlay expression)
    ("A02", "TXDKMJ", lambda c: c.area("TBMJ", None)),
    ("A03", "TXGDMJ", lambda c: c.area("GDMJ", None)),
    ("A04", "TXJBNTMJ", lambda c: c.area("YJJBNTMJ", None)),
    ("A05", "TXFGNYMJ", lambda c: None if not c.filled("NYDMJ") else max(c.area("NYDMJ") - c.area("GDMJ"), 0.0)),
    ("A06", "TXWLYDMJ", lambda c: c.area("WLYDMJ", None)),
    ("A07", "TXJSYDMJ", lambda c: c.area("JSYDMJ", None)),
    ("A08", "TXSTHXMJ", lambda c: c.area("STHXMJ", None)),
]
_OVERLAY_NAMES = {"A02": "图斑面积", "A03": "套合耕地", "A04": "套合永久基本农田", "A05": "套合农用地减耕地",
                  "A06": "套合未利用地", "A07": "套合建设用地", "A08": "套合生态红线"}
_ALL_AREAS = ["TBMJ", "GDMJ", "NYDMJ", "JSYDMJ", "WLYDMJ", "YJJBNTMJ", "STHXMJ", "PZMJ", "CKMJ", "SSNYDMJ",
              "LSYDMJ", "CCFGMJ", "BBGDMJ", "TXDKMJ", "TXJBNTMJ", "TXSTHXMJ"] + _FILLED_PARTS


@rule("A01", SEVERE, "填报地块面积不等于各地类面积之和")
@_safe
def _parts_sum(c):
    if not c.filled("TXDKMJ") or not any(c.filled(f) for f in _FILLED_PARTS):
        return
    whole = c.area("TXDKMJ")
    parts = sum(c.area(f) for f in _FILLED_PARTS)
    level = c.tier(whole - parts)
    if level:
        yield ("填报地块面积 %s 亩 ≠ 耕地+非耕农用地+未利用地+建设用地 = %s 亩（相差 %s 亩）"
               % (fmt_mu(whole), fmt_mu(parts), fmt_mu(abs(whole - parts))), "TXDKMJ", level)


def _filled_vs_overlay(rule_id, field, overlay):
    @_safe
    def check(c):
        if not c.filled(field):
            return
        reference = overlay(c)
        if reference is None:
            return
        filled = c.area(field)
        level = c.tier(filled - reference)
        if level:
            yield ("%s %s 亩与%s %s 亩相差 %s 亩" % (_name(field), fmt_mu(filled), _OVERLAY_NAMES[rule_id],
                                                  fmt_mu(reference), fmt_mu(abs(filled - reference))), field, level)
    return check


for _rid, _field, _expr in _FILLED_VS_OVERLAY:
    rule(_rid, SEVERE, "%s与套合结果不一致" % _name(_field))(_filled_vs_overlay(_rid, _field, _expr))


@rule("A10", SEVERE, "部分面积大于整体面积")
@_safe
def _part_exceeds_whole(c):
    pairs = [("GDMJ", "TBMJ"), ("YJJBNTMJ", "TBMJ"), ("STHXMJ", "TBMJ"), ("TXGDMJ", "TXDKMJ"),
             ("TXJBNTMJ", "TXDKMJ")]
    for part, whole in pairs:
        if c.filled(part) and c.filled(whole) and c.area(part) > c.area(whole) + c.tol_equal:
            yield "%s %s 亩大于%s %s 亩" % (_name(part), fmt_mu(c.area(part)), _name(whole),
                                         fmt_mu(c.area(whole))), part


@rule("A11", SEVERE, "拆除复耕与补办面积之和超过耕地面积")
@_safe
def _rectified_exceeds(c):
    cc, bb = c.area("CCFGMJ"), c.area("BBGDMJ")
    if (cc or bb) and c.filled("GDMJ") and cc + bb > c.area("GDMJ") + c.tol_equal:
        yield ("拆除复耕 %s 亩 + 补办手续 %s 亩 超过耕地面积 %s 亩（同一块耕地只能计一次）"
               % (fmt_mu(cc), fmt_mu(bb), fmt_mu(c.area("GDMJ"))), "CCFGMJ")


# ---- contradictions --------------------------------------------------------------------------

@rule("C01", SEVERE, "合法但与批准范围无重叠")
@_safe
def _legal_without_overlap(c):
    if c.pdlx != cat.LEGAL:
        return
    field = "CKMJ" if c.pdxl == "采矿许可" else "PZMJ"
    if c.filled(field) and c.area(field) <= c.cover_tol:
        yield "判定为合法，但图斑与%s范围没有重叠" % ("采矿许可" if field == "CKMJ" else "批准/供地"), field


@rule("C02", WARNING, "合法但批准范围未全覆盖")
@_safe
def _legal_partly_covered(c):
    if c.pdlx != cat.LEGAL or not c.filled("TBMJ"):
        return
    field = "CKMJ" if c.pdxl == "采矿许可" else "PZMJ"
    tbmj, covered = c.area("TBMJ"), c.area(field)
    uncovered = tbmj - covered
    if covered > c.cover_tol and uncovered > c.split_tol and tbmj > 0:
        yield ("审批覆盖 %s，未覆盖 %s 亩（超过拆分容差 %s 亩）需拆分或单独举证"
               % (coverage_text(covered, tbmj, c.cover_tol), fmt_mu(uncovered), fmt_mu(c.split_tol))), field


@rule("C03", SEVERE, "实地未变化（误检）缺举证")
def _unchanged_without_proof(c):
    """A false detection is possible for every TBLX (the issued type is the imagery's guess); what proves it is
    photos of the unchanged ground and a written explanation, not another TBLX."""
    kind = c.get("TBLX")
    if not (c.pdlx == cat.OTHER and c.pdxl == "实地未变化" and tblx.in_group(kind, "construction")):
        return
    need = int(c.policy["selfcheck"]["min_photos"])
    missing = []
    if c.evidence and len(c.photos) < need:
        missing.append("至少 %d 张多方向实地照片（现有 %d 张）" % (need, len(c.photos)))
    if not c.get("BZ"):
        missing.append("情况说明（写在备注中：实地现状、影像变化的原因）")
    if missing:
        yield ("下发变化类型为%s（%s），判定为实地未变化（误检）需举证：%s"
               % (tblx.name(kind) or kind, kind, "；".join(missing))), "BZ" if not c.get("BZ") else "photos"


@rule("C04", WARNING, "已整改但仍有未整改面积")
@_safe
def _rectified_with_remaining(c):
    """立案查处 alone does not remove the illegal state: 已整改 means the farmland is restored or approved."""
    if c.pdlx == cat.ILLEGAL and c.get("ZGZT") == "已整改":
        done = c.area("CCFGMJ") + c.area("BBGDMJ")
        remaining = c.area("GDMJ") - done
        if remaining > c.tol_equal and done <= c.tol_equal:
            yield ("整改状态为已整改（措施：%s），但拆除复耕和补办面积均为 0，%s 亩耕地仍处于违法状态"
                   % (c.get("ZGCS") or "未填", fmt_mu(c.area("GDMJ")))), "ZGZT", SEVERE
        elif remaining > c.tol_equal:
            yield "整改状态为已整改，但仍有 %s 亩耕地未拆除复耕或补办手续" % fmt_mu(remaining), "ZGZT"


@rule("C05", WARNING, "未整改但已填整改面积")
@_safe
def _unrectified_with_area(c):
    if c.get("ZGZT") == "未整改" and (c.area("CCFGMJ") > 0 or c.area("BBGDMJ") > 0):
        yield ("整改状态为未整改，但已填拆除复耕 %s 亩、补办 %s 亩"
               % (fmt_mu(c.area("CCFGMJ")), fmt_mu(c.area("BBGDMJ")))), "ZGZT"


@rule("C06", WARNING, "非违法图斑填了问责扣减项")
@_safe
def _deductions_on_non_illegal(c):
    if c.pdlx in (cat.LEGAL, cat.OTHER):
        filled = [f for f in ("CCFGMJ", "BBGDMJ") if c.area(f) > 0]
        if c.yes("ZDJCSS"):
            filled.append("ZDJCSS")
        if filled:
            yield "判定为%s，但填了%s（只对违法图斑有意义）" % (c.pdlx, "、".join(_name(f) for f in filled)), filled[0]


@rule("C07", WARNING, "非违法图斑已立案")
def _case_on_non_illegal(c):
    if c.pdlx in (cat.LEGAL, cat.OTHER) and c.yes("SFLA"):
        yield "判定为%s，但是否立案为“是”" % c.pdlx, "SFLA"


@rule("C08", WARNING, "占用耕地类违法但无耕地")
@_safe
def _farmland_subtype_without_farmland(c):
    if c.pdlx == cat.ILLEGAL and c.pdxl in ("乱占耕地建房", "非农化", "农业项目破坏耕地") \
            and c.filled("GDMJ") and c.area("GDMJ") <= c.tol_equal:
        yield "违法性质为%s，但套合耕地面积为 0" % c.pdxl, "PDXL"


@rule("C09", INFO, "判定与预判不一致")
def _differs_from_suggestion(c):
    suggested = c.get("YPPDLX")
    if c.pdlx and suggested and suggested != c.pdlx:
        yield "判定为%s，预判为%s（请确认理由已写入备注）" % (c.pdlx, suggested), "PDLX"


@rule("C10", SEVERE, "光伏用地占用耕地")
@_safe
def _photovoltaic_on_farmland(c):
    if c.pdlx == cat.OTHER and c.pdxl == "光伏用地" and c.area("GDMJ") > c.eps:
        yield ("判定为其他用地/光伏用地，但占用耕地 %s 亩：占用耕地的光伏不属于不改变原用地性质的光伏用地，"
               "应判违法或拆分后分别判定" % fmt_mu(c.area("GDMJ"))), "PDXL"


_RECORD_COVER = {"设施农业用地": ("SSNYDMJ", "SSNYDQX", "设施农用地备案"), "临时用地": ("LSYDMJ", "LSYDQX", "临时用地批准")}


@rule("C11", SEVERE, "设施农业/临时用地无有效备案或批准覆盖")
@_safe
def _record_not_covering(c):
    if c.pdlx != cat.OTHER or c.pdxl not in _RECORD_COVER:
        return
    area_field, term_field, what = _RECORD_COVER[c.pdxl]
    if not c.filled(area_field):
        yield "判定为%s，但未套合%s图层，无法核实图斑在%s范围内（请套合后复查）" % (c.pdxl, what, what), area_field, WARNING
        return
    covered, tbmj = c.area(area_field), c.area("TBMJ")
    if covered <= c.cover_tol:
        yield "判定为%s，但图斑不在任何有效的%s范围内（覆盖 0 亩）" % (c.pdxl, what), area_field
    elif c.filled("TBMJ") and tbmj - covered > c.split_tol:
        yield ("判定为%s，但%s只覆盖 %s，范围外 %s 亩（超过拆分容差 %s 亩）应拆分后另行判定"
               % (c.pdxl, what, coverage_text(covered, tbmj, c.cover_tol), fmt_mu(tbmj - covered),
                  fmt_mu(c.split_tol))), area_field
    term = parse_date(c.patch.get(term_field))
    if term is not None and c.today is not None and term < c.today:
        if c.pdxl == "临时用地":
            yield ("临时用地期限至 %s，已过期（检查日 %s）：逾期未恢复原状的不再属于其他用地，应督促复垦或判为违法"
                   % (term.isoformat(), c.today.isoformat())), term_field
        else:
            yield ("设施农用地备案期限至 %s，已过期（检查日 %s），请核实是否续期"
                   % (term.isoformat(), c.today.isoformat())), term_field, WARNING


@rule("C12", SEVERE, "重大基础设施扣减不成立")
def _major_infrastructure(c):
    if not c.yes("ZDJCSS"):
        return
    if c.pdlx == cat.ILLEGAL and c.pdxl == "乱占耕地建房":
        yield "违法性质为乱占耕地建房，不能按交通能源水利重大基础设施扣减（ZDJCSS 应为否）", "ZDJCSS"
    if c.get("XZCL") == cat.EXISTING:
        yield "存量违法不计入问责比例，不应再按重大基础设施扣减（ZDJCSS 应为否）", "ZDJCSS"
    if not c.get("ZDXMWH"):
        yield "按重大基础设施扣减须填立项文号（国家有关部委或省级发展改革部门批准的项目或清单）", "ZDXMWH"


@rule("C13", SEVERE, "立案查处但未立案")
def _case_measure_without_case(c):
    if c.pdlx == cat.ILLEGAL and "立案" in c.get("ZGCS") and not c.yes("SFLA"):
        yield "整改措施为%s，但是否立案为否" % c.get("ZGCS"), "SFLA"


@rule("C14", SEVERE, "采矿许可用于非采矿图斑")
def _mining_permit_on_other_type(c):
    kind = c.get("TBLX")
    if c.pdlx == cat.LEGAL and c.pdxl == "采矿许可" and kind and not tblx.in_group(kind, "mining"):
        yield ("判定依据为采矿许可，但变化类型为%s（%s）：采矿许可只能说明采矿用地合法"
               % (tblx.name(kind) or kind, kind)), "PDXL"


@rule("C15", SEVERE, "非农化/乱占耕地建房标识与判定矛盾")
def _marks(c):
    for field in ("SFFNH", "SFLZJF"):
        if c.yes(field) and c.pdlx and c.pdlx != cat.ILLEGAL:
            yield "判定为%s，但标识为%s（只用于违法图斑）" % (c.pdlx, _name(field)), field
    if c.pdlx == cat.ILLEGAL and c.pdxl == "乱占耕地建房" and c.filled("SFLZJF") and not c.yes("SFLZJF"):
        yield "违法性质为乱占耕地建房，但“新增乱占耕地建房”标识为否", "SFLZJF", WARNING
    if c.pdlx == cat.ILLEGAL and c.pdxl in ("非农化", "乱占耕地建房") and not c.filled("SFFNH"):
        yield "违法性质为%s，请填“非农化”标识（二(二)：非农化与新增乱占耕地建房分别标识）" % c.pdxl, "SFFNH", WARNING


@rule("C16", WARNING, "增违挂钩：补办未查处或验收确认日期矛盾")
@_safe
def _quota_records(c):
    """方案四(二): 补办 is deducted only after 查处; the freeze is released after the city's acceptance and the
    region's confirmation, in that order."""
    if c.pdlx != cat.ILLEGAL:
        return
    if c.area("BBGDMJ") > c.tol_equal and not c.yes("SFLA"):
        yield ("已补办手续 %s 亩，但是否立案为否：未经查处的补办不扣减增违挂钩指标" % fmt_mu(c.area("BBGDMJ"))), "SFLA"
    accepted, confirmed = parse_date(c.patch.get("SJYSRQ")), parse_date(c.patch.get("ZZQQRRQ"))
    if confirmed is not None and accepted is None:
        yield "填了自治区确认日期，但没有市级验收日期（先市级验收、后自治区确认）", "SJYSRQ"
    elif confirmed is not None and confirmed < accepted:
        yield "自治区确认日期 %s 早于市级验收日期 %s" % (confirmed.isoformat(), accepted.isoformat()), "ZZQQRRQ"
    if (accepted or confirmed) and c.area("CCFGMJ") <= c.tol_equal:
        yield "填了验收/确认日期，但拆除复耕面积为 0", "CCFGMJ"


# ---- evidence --------------------------------------------------------------------------------

@rule("E01", SEVERE, "无举证照片")
def _no_photos(c):
    if c.pdlx and not c.photos:
        yield "已判定但没有举证照片", "photos"


@rule("E02", WARNING, "举证照片不足")
def _few_photos(c):
    need = int(c.policy["selfcheck"]["min_photos"])
    if c.pdlx and 0 < len(c.photos) < need:
        yield "只有 %d 张举证照片，至少需要 %d 张（多方向拍摄）" % (len(c.photos), need), "photos"


@rule("E03", WARNING, "照片距图斑过远")
def _far_photos(c):
    limit = float(c.policy["selfcheck"]["max_photo_distance_m"])
    for photo in c.photos:
        dist = photo.get("DIST_M")
        if not is_empty(dist) and float(dist) > limit:
            yield "照片 %s 距图斑 %.1f 米，超过 %g 米" % (_photo_name(photo), float(dist), limit), "photos"


@rule("E04", SEVERE, "照片拍摄早于后时相")
def _early_photos(c):
    after = parse_date(c.patch.get("HSX"))
    if after is None:
        return
    for photo in c.photos:
        taken = parse_date(photo.get("TAKEN_AT"))
        if taken is not None and taken < after:
            yield ("照片 %s 拍摄于 %s，早于后时相影像 %s，不能证明现状"
                   % (_photo_name(photo), taken.isoformat(), after.isoformat())), "photos"


@rule("E05", WARNING, "照片无拍摄时间")
def _undated_photos(c):
    for photo in c.photos:
        if parse_date(photo.get("TAKEN_AT")) is None:
            yield "照片 %s 没有拍摄时间，无法核对是否晚于后时相" % _photo_name(photo), "photos"


@rule("E06", INFO, "照片方向单一")
def _one_direction(c):
    spread_needed = float(c.policy["selfcheck"]["min_azimuth_spread_deg"])
    azimuths = [float(p["AZIMUTH"]) for p in c.photos if not is_empty(p.get("AZIMUTH"))]
    if len(c.photos) >= 2 and len(azimuths) >= 2 and azimuth_spread(azimuths) < spread_needed:
        yield "%d 张照片方位角相差不足 %g°，应从不同方向拍摄" % (len(azimuths), spread_needed), "photos"


@rule("E07", WARNING, "同一照片用于多个图斑")
def _shared_photos(c):
    for photo in c.photos:
        others = photo.get("_SHARED_WITH")
        if others:
            yield ("照片 %s 与图斑 %s 的举证照片是同一文件（SHA-256 相同），每个图斑应有自己的现场照片"
                   % (_photo_name(photo), "、".join(others))), "photos"


def azimuth_spread(azimuths):
    """Largest angle between two viewing directions, 0–180° (E06; the dock's evidence panel shows it too)."""
    best = 0.0
    values = [float(a) % 360.0 for a in azimuths]
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            d = abs(a - b) % 360.0
            best = max(best, min(d, 360.0 - d))
    return best


def _photo_name(photo):
    path = text(photo.get("PATH"))
    return path.replace("\\", "/").rsplit("/", 1)[-1] if path else "(无路径)"


# ---- re-issue ---------------------------------------------------------------------------------

@rule("R01", SEVERE, "重新下发后图形或下发属性有变化，待复核")
def _reissued_changed(c):
    change = c.get("XFBG")
    if not change:
        return
    if not c.filled("TBMJ"):
        yield "%s。套合结果已按旧图形清空，请重新运行套合分析" % change, "XFBG"
    elif c.get("HSZT") in ("", "待核查") and c.pdlx:
        yield "%s。原判定“%s”针对旧的下发数据，请按新图形复核后重新确认核查状态" % (change, c.pdlx), "HSZT"
    elif c.get("HSZT") in ("", "待核查") and c.get("TBZT") == "拆分":
        yield "%s。请核对后重新确认核查状态" % change, "HSZT"


# ---- deadlines -------------------------------------------------------------------------------

@rule("D01", SEVERE, "月清逾期")
def _clear_overdue(c):
    if c.today is None or c.month is None:
        return
    due = monthly_clear_due(c.month, c.policy)
    state = c.get("HSZT")
    if c.today > due and state != CONFIRMED:
        yield ("%04d-%02d 批次月清期限 %s 已过 %d 天，图斑尚未确认（当前状态：%s）"
               % (c.month + (due.isoformat(), (c.today - due).days, state or "空"))), "HSZT"


@rule("D02", WARNING, "月清即将到期")
def _clear_soon(c):
    if c.today is None or c.month is None:
        return
    due = monthly_clear_due(c.month, c.policy)
    days = (due - c.today).days
    if 0 <= days <= int(c.policy["deadlines"].get("warn_days_before", 7)) and c.get("HSZT") != CONFIRMED:
        yield ("%04d-%02d 批次月清期限 %s 还有 %d 天，图斑尚未确认（当前状态：%s）"
               % (c.month + (due.isoformat(), days, c.get("HSZT") or "空"))), "HSZT"


@rule("D04", INFO, "批次月份无法识别")
def _no_month(c):
    if c.today is not None and c.month is None:
        yield "批次“%s”读不出月份，无法检查月清、月核期限" % c.get("PC"), "PC"


# D03 is applied after the others (it looks at their results), D10 once per run.
RULES["D03"] = (SEVERE, "月核期限已过仍有严重问题")
RULES["D10"] = (INFO, "年度节点即将到期")
# S01 needs the geometry of a split patch and its parts: core/split/geometry.cover_problems applies it to a work package.
RULES["S01"] = (SEVERE, "子图斑未完整覆盖原图斑")


def check_patch(patch, policy, photos=(), today=None, batch_month=None, skip=()):
    """Problems of one patch: [Problem]. `photos` are this patch's photo dicts.

    today: a date (or text) for the deadline rules; batch_month: (year, month) or a label,
    defaulting to the patch's batch (PC). skip: rule ids or id prefixes to leave out (e.g. "E" when
    there are no photos to check).
    """
    today = parse_date(today)
    month = parse_month(batch_month) if batch_month is not None else parse_month(patch.get("PC"))
    c = Context(patch, policy, list(photos), today, month, evidence=not (skip and "E".startswith(tuple(skip))))
    problems = []
    for rule_id, severity, fn in _CHECKS:
        if skip and rule_id.startswith(tuple(skip)):
            continue
        for item in fn(c):
            message, field = item[0], item[1]
            level = item[2] if len(item) > 2 else severity
            problems.append(Problem(c.jcbh, rule_id, level, "图斑 %s：%s" % (c.jcbh, message), field))
    # 月核: after its date the batch's data must be clean; deadline findings themselves do not count here
    data_severe = [p for p in problems if p.severity == SEVERE and not p.rule.startswith("D")]
    if today is not None and month is not None and data_severe and not (skip and "D03".startswith(tuple(skip))):
        due = monthly_check_due(month, policy)
        if today > due:
            count = len(data_severe)
            problems.append(Problem(c.jcbh, "D03", SEVERE,
                                    "图斑 %s：%04d-%02d 批次月核期限 %s 已过，仍有 %d 个严重问题未整改"
                                    % ((c.jcbh,) + month + (due.isoformat(), count)), ""))
    return problems


def check_all(patches, policy, photos=(), today=None, batch_month=None, skip=()):
    """Problems of all patches, then county-wide milestone reminders; sorted by severity, patch, rule."""
    owners = collections.defaultdict(set)  # SHA-256 -> patches using that file (E07 looks across patches)
    for photo in photos:
        if text(photo.get("SHA256")) and text(photo.get("JCBH")):
            owners[text(photo.get("SHA256"))].add(text(photo.get("JCBH")))
    by_patch = collections.defaultdict(list)
    for photo in photos:
        owner = text(photo.get("JCBH"))
        others = sorted(owners.get(text(photo.get("SHA256")), set()) - {owner}) if text(photo.get("SHA256")) else []
        by_patch[owner].append(dict(photo, _SHARED_WITH=others) if others else photo)
    problems = []
    for patch in patches:
        problems.extend(check_patch(patch, policy, by_patch.get(jcbh(patch), ()), today, batch_month, skip))
    problems.extend(milestone_reminders(policy, today))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(problems, key=lambda p: (order[p.severity], p.jcbh, p.rule))


def milestone_reminders(policy, today, within_days=None):
    """County-wide reminders (JCBH empty) for the year's milestones falling due soon."""
    today = parse_date(today)
    if today is None:
        return []
    within = int(within_days if within_days is not None else policy["deadlines"].get("warn_days_before", 7))
    result = []
    for mid, mlabel, day in milestones(policy):
        days = (day - today).days
        if 0 <= days <= within:
            result.append(Problem("", "D10", INFO, "全县：%s 期限 %s，还有 %d 天" % (mlabel, day.isoformat(), days), mid))
    return result


def as_rows(problems, patches=()):
    """Problems as dicts keyed by PROBLEM_FIELDS names (township looked up from the patches)."""
    towns = {jcbh(p): text(p.get("XZMC")) for p in patches}
    return [{"JCBH": p.jcbh, "XZMC": towns.get(p.jcbh, "") if p.jcbh else "全县", "GZBH": p.rule,
             "GZMC": RULES.get(p.rule, ("", ""))[1], "YZCD": p.severity, "WTMS": p.message, "ZD": p.field}
            for p in problems]


def has_severe(problems):
    return any(p.severity == SEVERE for p in problems)


def counts(problems):
    """{severity: count} with all three severities present."""
    result = dict.fromkeys(SEVERITIES, 0)
    for p in problems:
        result[p.severity] += 1
    return result
