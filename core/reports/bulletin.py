"""The township 通报 of a month or quarter: progress, illegal land and rectification, ranking with the change since
the last period, warning-line findings and which township gets which letter (警示提醒函 / 自然资源执法监督建议函);
.docx with two charts, and the same tables as .xlsx.

The township threshold, the ranking basis, the warning line, the rectification months and the letter rules are the
county's own (本县规定, rules/local.py): the document says so where it uses them and lists them in a last table."""

import os

from ...rules import local
from ...rules import reports as P
from ...rules.deadlines import next_due, parse_month
from ...rules.ratio_text import line_text, ratio_number, ratio_text
from ...rules.values import fmt_mu
from ..errors import InputError
from ..i18n import tr
from . import charts
from .docx_writer import OfficialDocument, chinese_date, chinese_number
from ..progress import Steps
from .gather import Source, output_folder, user_errors
from .tables import Table, write_workbook


def _total(county):
    return dict(county, DWMC=tr("全县合计"), PM=None, SQPM=None, PMBH=None)


# The county rules a bulletin uses (rules/local.py keys).
LOCAL_KEYS = ["township_threshold_mu", "ranking", "warning_ratio_pct", "rectify_months_after_clear", "letters"]


def tables(figs):
    """The bulletin's tables (the docx and the xlsx show exactly these)."""
    rows, county = figs["rows"], figs["county"]
    ranked = sorted(rows, key=lambda r: (r["PM"], r["DWDM"]))
    policy = figs["policy"]
    r, warn = figs["ratio_threshold"], figs["warning_line"]
    prev = figs["previous"]
    progress_t = Table(tr("各乡镇图斑核查判定进度"), P.PROGRESS_FIELDS, rows, _total(county), sheet=tr("核查进度"),
                       note=tr("本期下发为本统计期内下发批次的图斑；其余各列为{}年1月起至统计期末各批次累计。确认率 = 已确认 ÷ 累计下发。")
                       .format(figs["period"].year))
    illegal_t = Table(tr("各乡镇违法用地及查处整改情况"), P.ILLEGAL_FIELDS, rows, _total(county), sheet=tr("违法与整改"),
                      note=tr("违法用地含新增和存量；剩余未整改耕地 = 占用耕地 − 拆除复耕 − 补办手续。"))
    ranking_t = Table(tr("各乡镇违法占用耕地排名"), P.RANKING_FIELDS, ranked, _total(county), sheet=tr("排名"),
                      note=tr("按问责比例口径：已补办手续只扣分子，已拆除复耕和已履职重大基础设施分子分母同时扣除，存量违法和"
                              "农业项目破坏耕地不计入。排名依据：{}，第1名问题最突出；名次变化为正表示较上期前移。"
                              "达到问责条件：违法占用耕地达到{:g}亩（乡镇阈值，本县规定）且比例达到{}（方案四(一)6）。"
                              "比例警戒线{}（本县规定）。比例保留两位小数，接近{}时多保留几位，使数字与结论一致。").format(
                          local.ranking_text(policy), local.value(policy, "township_threshold_mu"), line_text(r),
                          line_text(warn), line_text(r))
                      + ("" if prev else tr("本期为年度首期，无上期数据。")), ratio_line=r)
    trend_t = Table(tr("全县违法占用耕地比例逐月变化"), P.TREND_FIELDS, figs["trend"], sheet=tr("比例趋势"),
                    note=tr("每月数值为当年1月起至该月末各批次累计。"), ratio_line=r)
    warning_t = Table(tr("触及警戒线的乡镇及拟发函件"), P.WARNING_FIELDS, figs["warnings"], sheet=tr("警示提醒与函件"),
                      note=tr("警戒线、月清后整改月数和发函条件为本县规定：{}。").format(
                          tr("；").join(local.letter_rule_text(policy, n)
                                       for n in local.value(policy, "letters").get("order", []))))
    local_t = Table(tr("本通报采用的本县规定"), local.FIELDS, local.rows(policy, LOCAL_KEYS), sheet=tr("本县规定"),
                    note=tr("实施方案未规定、由本县卫片办确定的做法，取自政策文件的 local 部分。"))
    return [progress_t, illegal_t, ranking_t, trend_t, warning_t, local_t]


def _overview(doc, figs, src):
    c, period = figs["county"], figs["period"]
    doc.heading(tr("一、总体情况"))
    doc.paragraph(tr(
        "{year}年1月至{end}，全县累计下发监测图斑{ljxf}个，其中本期下发{bqxf}个。已判定{ypd}个、已填报{ytb}个、已确认{yqr}个，"
        "确认率{qrl:.2f}%；超过月清期限仍未确认的{yqs}个。").format(
        year=period.year, end=chinese_date(period.end), ljxf=c["LJXF"], bqxf=c["BQXF"], ypd=c["YPD"], ytb=c["YTB"],
        yqr=c["YQR"], qrl=c["QRL"], yqs=c["YQS"]))
    doc.paragraph(tr(
        "判定为违法的图斑{n}个，面积{mj}亩，占用耕地{gd}亩（其中永久基本农田{jbnt}亩）。已拆除复耕{cc}亩、补办用地手续{bb}亩，"
        "立案查处{la}个，已整改到位{yzg}个，尚有{wzg}个未整改到位，剩余违法占用耕地{sy}亩。").format(
        n=c["WFTBS"], mj=fmt_mu(c["WFMJ"]), gd=fmt_mu(c["WFGD"]), jbnt=fmt_mu(c["WFJBNT"]), cc=fmt_mu(c["CCFG"]),
        bb=fmt_mu(c["BBSX"]), la=c["LAS"], yzg=c["YZG"], wzg=c["WZG"], sy=fmt_mu(c["SYGD"])))
    ratio = tr("按问责比例口径，全县违法占用耕地{wf}亩，新增建设占用耕地{xz}亩，违法占用耕地比例{bl}").format(
        wf=fmt_mu(c["WFGDMJ"]), xz=fmt_mu(c["XZGDMJ"]), bl=ratio_text(c["WFBL"], c.get("BLYZ"), c.get("BLDB"),
                                                                     verdict=True))
    if figs["previous"] is not None and c.get("SQWFBL") is not None:
        if abs(c["BLBH"]) < 0.005:
            ratio += tr("，与上期（{}）持平").format(figs["previous"].label)
        else:
            ratio += tr("，较上期（{}）{}{:.2f}个百分点").format(
                figs["previous"].label, tr("上升") if c["BLBH"] > 0 else tr("下降"), abs(c["BLBH"]))
    ratio += tr("；{}。").format(tr("已达到问责条件，形势严峻") if c["SFWZ"] else tr("尚未达到问责条件"))
    doc.paragraph(ratio)


def _ranking(doc, figs):
    doc.heading(tr("二、各乡镇排名情况"))
    rows = sorted(figs["rows"], key=lambda r: (r["PM"], r["DWDM"]))
    top = [r for r in rows if r["WFGDMJ"] > 0][:3]
    if top:
        doc.paragraph(tr("{}，排名前列的乡镇是：{}。").format(
            local.ranking_text(figs["policy"]),
            tr("、").join(tr("{}（违法占用耕地{}亩，比例{}）").format(
                r["DWMC"], fmt_mu(r["WFGDMJ"]), ratio_text(r["WFBL"], r.get("BLYZ"), r.get("BLDB")))
                for r in top)))
    else:
        doc.paragraph(tr("本期各乡镇均无计入问责比例的违法占用耕地。"))
    up = [r for r in rows if (r.get("PMBH") or 0) > 0]
    if up:
        doc.paragraph(tr("较上期名次前移（问题加重）的乡镇：{}。").format(
            tr("、").join(tr("{}（前移{}位）").format(r["DWMC"], r["PMBH"]) for r in up)))


def _letters_text(figs):
    """'拟发自然资源执法监督建议函：甲镇；拟发警示提醒函：乙乡、丙镇' in the order of the county's letter rules."""
    policy, found = figs["policy"], figs["warnings"]
    rules = local.value(policy, "letters")
    parts = []
    for name in rules.get("order", []):
        label = rules[name]["label"]
        towns = [w["DWMC"] for w in found if w["HJ"] == label]
        if towns:
            parts.append(tr("拟发{}：{}").format(label, tr("、").join(towns)))
    return tr("；").join(parts)


def _warnings(doc, figs):
    doc.heading(tr("三、警示提醒和监督建议"))
    found = figs["warnings"]
    if not found:
        doc.paragraph(tr("本期无乡镇触及警戒线。"))
        return
    doc.paragraph(tr("以下{}个乡镇触及警戒线。按本县发函条件（本县规定），{}。请有关乡（镇）限期整改并书面报告整改情况：")
                  .format(len(found), _letters_text(figs) or tr("本期不发函")))
    for i, w in enumerate(found, start=1):
        doc.paragraph(tr("{}。建议：{}。拟发：{}。").format(w["YY"], w["JY"], w["HJ"]),
                      bold_lead=tr("（{}）{}：").format(chinese_number(i), w["DWMC"]))


def _requirements(doc, src, figs):
    doc.heading(tr("四、下步工作要求"))
    months = {parse_month(p.get("PC")) for p in src.patches} - {None}
    due = next_due(src.today, src.policy, months)[:4]
    if due:
        doc.paragraph(tr("请各乡（镇）对照以下时间节点倒排工作：{}。").format(
            tr("；").join(tr("{}前完成{}").format(chinese_date(d), lab) for d, _k, lab in due)))
    doc.paragraph(tr("各乡（镇）要严格落实耕地保护党政同责，对违法用地以消除违法状态为目标，逐图斑明确整改措施、责任人和时限，"
                     "拆除复耕的及时申请验收，符合条件的抓紧补办用地手续，确保整改真实到位。"))
    doc.paragraph(tr("对通报提醒指出的问题逾期未整改或整改不实的，县卫片办将提请县人民政府约谈有关责任人。"))


def build(wp_path, period, out_folder, today=None, doc_number=None, feedback=None):
    """Write 卫片执法通报_<period>.docx/.xlsx and the chart PNGs into out_folder. Returns a dict of paths and counts.
    Steps: figures, charts, document and workbook (all staged: a cancel leaves nothing)."""
    steps = Steps(feedback, 3)
    src = Source(wp_path, period, today)
    if src.period is None or src.period.kind not in ("month", "quarter"):
        raise InputError(tr("通报的统计期应为月份（如 2022-03）或季度（如 2022Q1）。"))
    steps.next(tr("读取工作库：{} 个图斑").format(len(src.patches)))
    with user_errors():
        figs = P.bulletin_figures(src.patches, src.period, src.policy, src.today, county_code=src.county_code)
    figs["ratio_threshold"] = float(src.policy["accountability"]["ratio_threshold_pct"])
    figs["warning_line"] = P.warning_line(src.policy)
    figs["policy"] = src.policy
    stem = tr("卫片执法通报_{}").format(src.period.code)
    with output_folder(out_folder, feedback) as out:
        steps.next(tr("统计完成：{} 个乡镇，{} 个乡镇触及警戒线").format(len(figs["rows"]), len(figs["warnings"])))
        names = [r["DWMC"] for r in figs["rows"]]
        chart1 = charts.stacked_bars(
            out.path(stem + tr("_图1_各乡镇违法占用耕地.png")), names,
            [(tr("已拆除复耕或补办"), [r["CCFG"] + r["BBSX"] for r in figs["rows"]], charts.DONE),
             (tr("剩余未整改"), [r["SYGD"] for r in figs["rows"]], charts.BAR)],
            tr("各乡镇违法占用耕地（亩）"), tr("亩"))
        chart2 = charts.trend_line(
            out.path(stem + tr("_图2_全县违法占用耕地比例趋势.png")), [t["YF"] for t in figs["trend"]],
            [t["WFBL"] for t in figs["trend"]], tr("全县违法占用耕地比例逐月变化（%）"), "%",
            threshold=figs["warning_line"], threshold_label=tr("警戒线 {}（本县规定）").format(
                line_text(figs["warning_line"])), value_labels=_trend_labels(figs))
        steps.next(tr("图表已生成"))
        ts = tables(figs)
        doc = OfficialDocument(src.issuer, src.today)
        doc.header(src.doc_number(doc_number))
        doc.title(tr("关于{}全县卫片执法工作进展情况的通报").format(src.period.label))
        doc.addressee(tr("各乡（镇）人民政府，县卫片执法工作领导小组各成员单位："))
        doc.paragraph(tr("根据《{}{}年自然资源卫片执法工作实施方案》“月清”“月核”工作要求，县卫片办对各乡（镇）卫片执法工作进展"
                         "定期汇总、排名，现将{}情况（数据截至{}）通报如下：").format(
            src.county_name, src.period.year, src.period.label, chinese_date(src.today)))
        _overview(doc, figs, src)
        doc.table(ts[0])
        doc.table(ts[1])
        doc.figure(chart1, tr("各乡镇违法占用耕地情况"))
        _ranking(doc, figs)
        doc.table(ts[2])
        doc.figure(chart2, tr("全县违法占用耕地比例逐月变化"))
        _warnings(doc, figs)
        if figs["warnings"]:
            doc.table(ts[4])
        _requirements(doc, src, figs)
        doc.heading(tr("附：本通报采用的本县规定"))
        doc.table(ts[5])
        doc.signature()
        docx_path = doc.save(out.path(stem + ".docx"))
        xlsx_path = write_workbook(out.path(stem + ".xlsx"), ts, info=_info(src, figs))
        names_written = [docx_path, xlsx_path, chart1, chart2]
    steps.finish()
    final = [out.final(os.path.basename(n)) for n in names_written]
    return {"DOCX": final[0], "XLSX": final[1], "CHARTS": final[2:], "WARNINGS": len(figs["warnings"]),
            "figures": figs}


def _trend_labels(figs):
    """The trend chart's value labels against its warning line (the verdict's own flag when it is the same line)."""
    line = figs["warning_line"]
    same = line == figs["ratio_threshold"]
    return [ratio_number(t["WFBL"], line, t.get("BLDB") if same else None) for t in figs["trend"]]


def _info(src, figs):
    return [(tr("文件"), tr("{}卫片执法通报（{}）").format(src.county_name, src.period.label)),
            (tr("统计期"), src.period.code),
            (tr("统计范围"), tr("{}年1月至{}下发的各批次图斑").format(src.period.year, chinese_date(src.period.end))),
            (tr("上期"), figs["previous"].code if figs["previous"] else tr("无（年度首期）")),
            (tr("数据截至"), src.today.isoformat()),
            (tr("政策年度"), str(src.policy["year"])),
            (tr("工作库"), src.wp.label),
            (tr("面积单位"), tr("亩（1亩 = 2000/3 平方米），表中显示两位小数，单元格保留全精度")),
            (tr("本县规定"), tr("乡镇面积阈值、排名依据、比例警戒线、整改月数和发函条件为本县规定，见“本县规定”表"))]
