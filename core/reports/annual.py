"""The half-year and annual report: the result data tables (.xlsx) and a report draft (.docx) with the year's
figures — patches, judgments by category and subtype, illegal land, rectification, the accountability verdict
of the county and each township, and the 增违挂钩 quota frozen, released, deducted and why the rest stays frozen.

The township threshold, the ranking basis and the warning line of the chart are county rules (本县规定): the
report says so and lists them (rules/local.py)."""

import os

from ...rules import accountability as acc
from ...rules import local
from ...rules import reports as P
from ...rules.ratio_text import line_text, ratio_number, ratio_text
from ...rules.values import fmt_mu
from ..errors import InputError
from ..i18n import tr
from . import charts
from .docx_writer import OfficialDocument, chinese_date
from ..progress import Steps, warn
from .gather import Source, output_folder, user_errors
from .tables import Table, write_workbook

# Accountability columns the report shows (the workbook has them all).
REPORT_ACC_KEYS = ["PM", "DWMC", "TBS", "YSWFMJ", "KJBBMJ", "KJCCMJ", "KJZDMJ", "WFGDMJ", "XZGDMJ", "WFBL", "SFWZ"]
# 增违挂钩 columns the report shows: the amounts and why the rest is frozen (the workbook has the counts too).
REPORT_QUOTA_KEYS = ["YF", "DJZB", "JDZB", "KJZB", "SYDJ", "DJYY"]
# The county rules the report uses (rules/local.py keys).
LOCAL_KEYS = ["township_threshold_mu", "ranking", "warning_ratio_pct"]


def spec_fields(spec):
    """(key, header, unit, kind) from the (name, type, header, unit) lists of rules/accountability.py."""
    out = []
    for name, ftype, title, unit in spec:
        if name in ("SFWZ", "BLDB"):
            kind, unit = "yesno", ""
        elif name == "WFBL":
            kind = "ratio"  # beside its verdict: digits from rules/ratio_text.py
        elif name == "PM":
            kind = "rank"
        elif ftype == "int":
            kind = "int"
        elif ftype == "real":
            kind = "pct" if unit == "%" else "mu"
        else:
            kind = "text"
        out.append((name, title, unit, kind))
    return out


def _sum_row(rows, fields, label_key, label):
    total = {label_key: label, "subtotal": True}
    for key, _t, _u, kind in fields:
        if kind in ("int", "mu") and key != label_key:
            total[key] = sum(r.get(key) or 0 for r in rows)
    return total


def tables(figs):
    policy = figs["policy"]
    acc_fields = spec_fields(acc.FIELDS)
    by_key = {f[0]: f for f in acc_fields}
    county = dict(figs["county"]) if figs["county"] else None
    if county:
        county["DWMC"] = tr("全县（{}）").format(county["DWMC"])
    ranked = sorted(figs["accountability"], key=lambda r: (r["PM"], r["DWDM"]))
    quota_fields = spec_fields(acc.QUOTA_FIELDS)
    quota_by_key = {f[0]: f for f in quota_fields}
    quota_total = dict(figs["quota_total"], DWMC=tr("合计"), YF=tr("合计"), subtotal=True)
    quota_note = tr("冻结、解冻、扣减按方案四(二)：{}；{}。截至 {}。").format(
        policy["quota_link"]["release"], policy["quota_link"]["deduct"], figs["as_of"].isoformat())
    acc_note = tr("违法占用耕地比例 = 扣减后违法占用耕地 ÷ 扣减后新增建设占用耕地；县级面积达到{:g}亩且比例达到{}的纳入问责"
                  "（方案四(一)6）；乡镇面积阈值{:g}亩和排名依据（{}）为本县规定。").format(
        acc.threshold_mu(policy, "county"), line_text(figs["ratio_threshold"]),
        local.value(policy, "township_threshold_mu"), local.ranking_text(policy))
    return {
        "months": Table(tr("各批次图斑下发情况"), P.MONTH_FIELDS, figs["months"],
                        _sum_row(figs["months"], P.MONTH_FIELDS, "YF", tr("合计")), sheet=tr("批次下发")),
        "categories": Table(tr("图斑判定情况（按类型和子类）"), P.CATEGORY_FIELDS, figs["categories"],
                            sheet=tr("判定分类")),
        "illegal": Table(tr("违法用地情况（新增/存量）"), P.ILLEGAL_AGE_FIELDS, figs["illegal_age"], sheet=tr("违法用地")),
        "measures": Table(tr("违法用地查处整改情况"), P.MEASURE_FIELDS, figs["measures"], sheet=tr("查处整改")),
        "accountability": Table(tr("问责比例评估"), [by_key[k] for k in REPORT_ACC_KEYS], ranked, county,
                                sheet=tr("问责评估"), note=acc_note, ratio_line=figs["ratio_threshold"]),
        "accountability_full": Table(tr("问责比例计算明细"), acc_fields, ranked, county, sheet=tr("问责计算明细"),
                                     note=acc_note, ratio_line=figs["ratio_threshold"]),
        "quota_report": Table(tr("增违挂钩补充耕地指标冻结与解冻"), [quota_by_key[k] for k in REPORT_QUOTA_KEYS],
                              figs["quota"], quota_total, sheet=tr("增违挂钩"), note=quota_note),
        "quota": Table(tr("增违挂钩补充耕地指标冻结与解冻"), quota_fields, figs["quota"],
                       dict(quota_total, YF=""), sheet=tr("增违挂钩"), note=quota_note),
        "local": Table(tr("本报告采用的本县规定"), local.FIELDS, local.rows(policy, LOCAL_KEYS), sheet=tr("本县规定"),
                       note=tr("实施方案未规定、由本县卫片办确定的做法，取自政策文件的 local 部分。")),
    }


def _categories_text(figs):
    parts = []
    for row in figs["categories"]:
        if row.get("PDXL") == "小计":
            parts.append(tr("{}{}个（{}亩）").format(row["PDLX"], row["TBS"], fmt_mu(row["MJ"])))
        elif row["PDLX"] == P.UNJUDGED:
            parts.append(tr("尚未判定{}个").format(row["TBS"]))
    return tr("，").join(parts)


def _write(doc, figs, ts, src, chart_months, chart_ratio):
    period = figs["period"]
    cat_total = figs["categories"][-1]
    illegal_total = figs["illegal_age"][-1]
    measure_total = figs["measures"][-1]
    doc.addressee(tr("市卫片执法工作领导小组办公室："))
    doc.paragraph(tr("根据《{}{}年自然资源卫片执法工作实施方案》要求，现将本县{}卫片执法工作情况报告如下：").format(
        src.county_name, period.year, period.label))
    doc.heading(tr("一、图斑下发与核查判定情况"))
    doc.paragraph(tr("{}年1月至{}，上级共下发监测图斑{}个，面积{}亩。经实地核查、内业举证和集体会审，{}。").format(
        period.year, chinese_date(period.end), cat_total["TBS"], fmt_mu(cat_total["MJ"]), _categories_text(figs)))
    doc.table(ts["months"])
    doc.figure(chart_months, tr("各批次图斑下发及违法占用耕地情况"))
    doc.table(ts["categories"])
    doc.heading(tr("二、违法用地情况"))
    doc.paragraph(tr("判定为违法的图斑{}个，面积{}亩，占用耕地{}亩，其中占用永久基本农田{}亩。").format(
        illegal_total["TBS"], fmt_mu(illegal_total["MJ"]), fmt_mu(illegal_total["GDMJ"]),
        fmt_mu(illegal_total["JBNTMJ"])))
    doc.table(ts["illegal"])
    doc.heading(tr("三、查处整改情况"))
    doc.paragraph(tr("违法图斑中已整改到位{}个、正在整改{}个、尚未整改{}个；已拆除复耕耕地{}亩，补办用地手续耕地{}亩，立案查处{}个。"
                     ).format(measure_total["YZG"], measure_total["ZGZ"], measure_total["WZG"],
                              fmt_mu(measure_total["CCFGMJ"]), fmt_mu(measure_total["BBGDMJ"]), measure_total["LAS"]))
    doc.table(ts["measures"])
    doc.heading(tr("四、问责评估情况"))
    county = figs["county"]
    if county:
        doc.paragraph(tr("按{}年卫片执法问责比例计算方法，扣除已补办手续{}亩、已拆除复耕{}亩、已履职重大基础设施{}亩后，全县违法"
                         "占用耕地{}亩，新增建设占用耕地{}亩，违法占用耕地比例{}，{}。").format(
            period.year, fmt_mu(county["KJBBMJ"]), fmt_mu(county["KJCCMJ"]), fmt_mu(county["KJZDMJ"]),
            fmt_mu(county["WFGDMJ"]), fmt_mu(county["XZGDMJ"]), acc.ratio_line(county),
            tr("达到问责条件（面积≥{:g}亩且比例≥{}）").format(county["MJYZ"], line_text(figs["ratio_threshold"]))
            if county["SFWZ"] else tr("未达到问责条件")))
    accountable = [r for r in figs["accountability"] if r["SFWZ"]]
    if accountable:
        doc.paragraph(tr("按乡镇面积阈值{:g}亩（本县规定）和比例{}，达到问责条件的乡镇：{}。").format(
            local.value(figs["policy"], "township_threshold_mu"), line_text(figs["ratio_threshold"]),
            tr("、").join(tr("{}（{}亩，{}）").format(
                r["DWMC"], fmt_mu(r["WFGDMJ"]), ratio_text(r["WFBL"], r.get("BLYZ"), r.get("BLDB")))
                for r in accountable)))
    doc.table(ts["accountability"])
    doc.figure(chart_ratio, tr("各乡镇违法占用耕地比例"))
    doc.heading(tr("五、增违挂钩情况"))
    q = figs["quota_total"]
    doc.paragraph(tr("按月冻结补充耕地指标{}亩，拆除复耕经市级验收并经自治区确认后解冻{}亩，补办手续经查处后扣减{}亩，"
                     "仍冻结{}亩{}。").format(
        fmt_mu(q["DJZB"]), fmt_mu(q["JDZB"]), fmt_mu(q["KJZB"]), fmt_mu(q["SYDJ"]),
        tr("（{}）").format(q["DJYY"]) if q["DJYY"] else ""))
    doc.table(ts["quota_report"])
    doc.heading(tr("六、存在问题和下步打算"))
    unjudged = sum(r["TBS"] for r in figs["categories"] if r["PDLX"] == P.UNJUDGED)
    points = []
    if unjudged:
        points.append(tr("尚有{}个图斑未完成判定，须按“月清”要求限期完成。").format(unjudged))
    if measure_total["WZG"] or measure_total["ZGZ"]:
        points.append(tr("尚有{}个违法图斑未整改到位，将逐图斑明确整改措施、责任单位和时限，挂图作战、销号管理。").format(
            measure_total["WZG"] + measure_total["ZGZ"]))
    points.append(tr("继续落实“月清、月核、季度小结”机制，强化源头防范和动态巡查，坚决遏制新增违法占用耕地。"))
    doc.bullet_list(points)
    doc.heading(tr("附：本报告采用的本县规定"))
    doc.table(ts["local"])


def build(wp_path, period, out_folder, today=None, doc_number=None, feedback=None):
    """Write <县>卫片执法工作报告_<period>.docx and 卫片执法成果数据表_<period>.xlsx (and charts) into out_folder."""
    steps = Steps(feedback, 2)  # the figures, the files (staged: a cancel leaves nothing)
    src = Source(wp_path, period, today)
    if src.period is None:
        raise InputError(tr("请填写统计期：上半年 2022H1，全年 2022。"))
    steps.next(tr("读取工作库：{} 个图斑").format(len(src.patches)))
    with user_errors():
        figs = P.annual_figures(src.patches, src.period, src.policy, county_code=src.county_code)
    figs["ratio_threshold"] = float(src.policy["accountability"]["ratio_threshold_pct"])
    figs["warning_line"] = P.warning_line(src.policy)
    figs["policy"] = src.policy
    for warning in figs["warnings"]:
        warn(feedback, warning)
    steps.next()
    ts = tables(figs)
    title = tr("{}{}卫片执法工作报告").format(src.county_name, src.period.label)
    with output_folder(out_folder, feedback) as out:
        stem = tr("卫片执法工作报告_{}").format(src.period.code)
        months = figs["months"]
        chart_months = charts.stacked_bars(
            out.path(stem + tr("_图1_各批次违法占用耕地.png")), [m["YF"] for m in months],
            [(tr("违法占用耕地"), [m["WFGD"] for m in months], charts.BAR)], tr("各批次违法占用耕地（亩）"), tr("亩"))
        towns = sorted(figs["accountability"], key=lambda r: r["DWDM"])
        chart_ratio = charts.bars(
            out.path(stem + tr("_图2_各乡镇违法占用耕地比例.png")), [t["DWMC"] for t in towns],
            [t["WFBL"] for t in towns], tr("各乡镇违法占用耕地比例（%）"), "%", threshold=figs["warning_line"],
            threshold_label=tr("警戒线 {}（本县规定）").format(line_text(figs["warning_line"])),
            value_labels=[ratio_number(t["WFBL"], figs["warning_line"], P.warning_reached(t, src.policy))
                          for t in towns],
            over=[P.warning_reached(t, src.policy) for t in towns])
        doc = OfficialDocument(src.issuer, src.today)
        doc.header(src.doc_number(doc_number))
        doc.title(title, tr("（初稿）"))
        _write(doc, figs, ts, src, chart_months, chart_ratio)
        doc.signature()
        docx_path = doc.save(out.path(stem + ".docx"))
        data_tables = [ts[k] for k in ("months", "categories", "illegal", "measures", "accountability_full", "quota",
                                       "local")]
        xlsx_path = write_workbook(out.path(tr("卫片执法成果数据表_{}.xlsx").format(src.period.code)), data_tables, info=[
            (tr("文件"), title + tr("·成果数据表")),
            (tr("统计范围"), tr("{}年1月至{}下发的各批次图斑").format(src.period.year, chinese_date(src.period.end))),
            (tr("数据截至"), src.today.isoformat()), (tr("政策年度"), str(src.policy["year"])),
            (tr("增违挂钩截止日"), figs["as_of"].isoformat()),
            (tr("本县规定"), tr("乡镇面积阈值、排名依据和比例警戒线为本县规定，见“本县规定”表")),
            (tr("工作库"), src.wp.label)])
        written = [docx_path, xlsx_path, chart_months, chart_ratio]
    steps.finish()
    final = [out.final(os.path.basename(n)) for n in written]
    return {"DOCX": final[0], "XLSX": final[1], "CHARTS": final[2:], "figures": figs}
