"""The 季度小结: the quarter-end audit of judgment accuracy, rectification truth, evidence completeness and data
quality, as a written review draft (.docx) with the numbers filled in, and its lists as .xlsx."""

import os

from ...rules import reports as P
from ...rules import selfcheck
from ..errors import InputError
from ..i18n import tr
from . import charts
from .docx_writer import OfficialDocument, chinese_date
from ..progress import Steps
from .gather import Source, output_folder, user_errors
from .tables import Table, write_workbook

DOCX_ROWS = 60  # longer lists go to the workbook only; the document says so


def _pct(part, whole):
    return 100.0 * part / whole if whole else 0.0


def _town_total(towns):
    total = {"DWMC": tr("全县合计"), "subtotal": True}
    for key, *_rest in P.REVIEW_TOWN_FIELDS[1:]:
        total[key] = sum(t[key] for t in towns)
    return total


def tables(figs):
    problems = [{"JCBH": p.jcbh or tr("（全县）"), "GZBH": p.rule, "YZCD": p.severity, "WTMS": p.message}
                for p in figs["problems"]]
    problem_fields = [("JCBH", "监测编号", "", "text"), ("GZBH", "规则编号", "", "text"), ("YZCD", "严重程度", "", "text"),
                      ("WTMS", "问题描述", "", "text")]
    return {
        "towns": Table(tr("各乡镇季度审核情况"), P.REVIEW_TOWN_FIELDS, figs["towns"], _town_total(figs["towns"]),
                       sheet=tr("乡镇审核情况")),
        "differ": Table(tr("预判与最终判定不一致的图斑"), P.DISAGREEMENT_FIELDS, figs["disagreements"],
                        sheet=tr("判定不一致"), note=tr("改判依据取自备注、批准文号或备案编号；为空的须补充说明理由。")),
        "rect": Table(tr("整改真实性存疑的图斑"), P.RECTIFICATION_FIELDS, figs["rectification"], sheet=tr("整改存疑")),
        "evidence": Table(tr("举证材料问题汇总"), P.RULE_SUMMARY_FIELDS, figs["evidence_rules"], sheet=tr("举证问题")),
        "quality": Table(tr("数据质量自检问题汇总"), P.RULE_SUMMARY_FIELDS, figs["quality_rules"], sheet=tr("数据质量")),
        "problems": Table(tr("自检问题清单"), problem_fields, problems, sheet=tr("问题清单")),
    }


def _short(table, limit=DOCX_ROWS):
    """The first rows for the document; the workbook keeps all of them."""
    if len(table.rows) <= limit:
        return table
    note = (table.note + " " if table.note else "") + tr("共 {} 条，此处列出前 {} 条，完整清单见同名 Excel。").format(
        len(table.rows), limit)
    return Table(table.title, table.fields, table.rows[:limit], table.total, note=note, sheet=table.sheet)


def _write(doc, figs, ts, src, chart):
    period, sev = figs["period"], figs["severity_counts"]
    doc.addressee(tr("各乡（镇）人民政府，县卫片执法工作领导小组各成员单位："))
    doc.paragraph(tr("按照“季度小结”要求，县卫片办于{}末对本县{}年1月至{}下发图斑的核查判定、查处整改、举证材料和数据填报情况"
                     "进行了全面审核，现将审核意见通报如下：").format(period.label, period.year, chinese_date(period.end)))
    doc.heading(tr("一、基本情况"))
    doc.paragraph(tr("审核范围内共有监测图斑{n}个（其中本季度下发{q}个），已判定{j}个，判定率{r:.2f}%。自检共发现问题{t}条，"
                     "其中严重{s}条、警告{w}条、提示{i}条。").format(
        n=figs["scope_count"], q=figs["period_count"], j=figs["judged"], r=_pct(figs["judged"], figs["scope_count"]),
        t=sum(sev.values()), s=sev[selfcheck.SEVERE], w=sev[selfcheck.WARNING], i=sev[selfcheck.INFO]))
    doc.table(ts["towns"])
    doc.figure(chart, tr("各乡镇自检问题数"))

    doc.heading(tr("二、图斑定性是否准确"))
    both, differ = figs["prejudged_both"], len(figs["disagreements"])
    doc.paragraph(tr("既有预判又有最终判定的图斑{b}个，两者一致{a}个，一致率{r:.2f}%；不一致{d}个，其中{u}个未说明改判理由。"
                     ).format(b=both, a=figs["agreed"], r=_pct(figs["agreed"], both), d=differ, u=figs["unexplained"]))
    if differ:
        doc.table(_short(ts["differ"]))
    doc.heading(tr("三、查处整改是否真实"))
    doc.paragraph(tr("已整改到位的违法图斑{n}个。整改真实性存疑的图斑{k}个（已整改但仍有未拆除复耕或补办的耕地、缺整改完成日期、"
                     "缺整改后照片等）。").format(n=figs["rectified"], k=len(figs["rectification"])))
    if figs["rectification"]:
        doc.table(_short(ts["rect"]))
    doc.heading(tr("四、举证材料是否齐备"))
    doc.paragraph(tr("举证材料存在问题的图斑{}个，问题{}条。").format(
        figs["evidence_patches"], sum(r["WTS"] for r in figs["evidence_rules"])))
    if figs["evidence_rules"]:
        doc.table(ts["evidence"])
    doc.heading(tr("五、数据信息是否准确规范"))
    doc.paragraph(tr("数据自检（月核规则）发现问题{}条，按规则汇总如下，逐图斑清单见同名 Excel“问题清单”。").format(
        sum(r["WTS"] for r in figs["quality_rules"])))
    if figs["quality_rules"]:
        doc.table(ts["quality"])
    doc.heading(tr("六、审核意见"))
    opinions = []
    if figs["unexplained"]:
        opinions.append(tr("对{}个改判未说明理由的图斑，由判定单位补充改判依据，重点图斑和有异议图斑提交集体会审。").format(
            figs["unexplained"]))
    if figs["rectification"]:
        opinions.append(tr("对{}个整改存疑图斑，逐一实地复核，补齐整改完成日期和整改后现场照片，未整改到位的不得标记为已整改。"
                           ).format(len(figs["rectification"])))
    if figs["evidence_patches"]:
        opinions.append(tr("对{}个举证问题图斑，按“多方向、后时相之后、距图斑15米以内”的要求补拍举证照片。").format(
            figs["evidence_patches"]))
    if sev[selfcheck.SEVERE]:
        opinions.append(tr("{}条严重问题须在下一次“月核”前整改完毕，整改结果报县卫片办。").format(sev[selfcheck.SEVERE]))
    if not opinions:
        opinions.append(tr("本季度审核未发现需要整改的问题，请继续保持。"))
    doc.bullet_list(opinions)


def build(wp_path, period, out_folder, today=None, doc_number=None, feedback=None):
    """Write 季度小结_<quarter>.docx/.xlsx and its chart into out_folder. Steps: the audit, the files (staged: a
    cancel leaves nothing)."""
    steps = Steps(feedback, 2)
    src = Source(wp_path, period, today)
    if src.period is None or src.period.kind != "quarter":
        raise InputError(tr("季度小结的统计期应为季度，如 2022Q1 或 2022年第一季度。"))
    steps.next(tr("读取工作库：{} 个图斑").format(len(src.patches)))
    photos = src.photos()
    with user_errors():
        figs = P.review_figures(src.patches, photos, src.period, src.policy, src.today, county_code=src.county_code)
    steps.next(tr("审核完成：自检问题 {} 条").format(len(figs["problems"])))
    stem = tr("季度小结_{}").format(src.period.code)
    ts = tables(figs)
    with output_folder(out_folder, feedback) as out:
        towns = figs["towns"]
        chart = charts.stacked_bars(
            out.path(stem + tr("_图1_各乡镇自检问题.png")), [t["DWMC"] for t in towns],
            [(tr("严重"), [t["YZ"] for t in towns], charts.WARN), (tr("警告"), [t["JG"] for t in towns], "#f79646")],
            tr("各乡镇自检问题数（条）"), tr("条"), value_format="%d")
        doc = OfficialDocument(src.issuer, src.today)
        doc.header(src.doc_number(doc_number))
        doc.title(tr("{}{}卫片执法工作季度小结").format(src.county_name, src.period.label), tr("（审核意见·初稿）"))
        _write(doc, figs, ts, src, chart)
        doc.signature()
        docx_path = doc.save(out.path(stem + ".docx"))
        xlsx_path = write_workbook(out.path(stem + ".xlsx"), list(ts.values()), info=[
            (tr("文件"), tr("{}{}卫片执法工作季度小结").format(src.county_name, src.period.label)),
            (tr("审核范围"), tr("{}年1月至{}下发的各批次图斑").format(src.period.year, chinese_date(src.period.end))),
            (tr("数据截至"), src.today.isoformat()), (tr("工作库"), src.wp.label)])
        written = [docx_path, xlsx_path, chart]
    steps.finish()
    final = [out.final(os.path.basename(n)) for n in written]
    return {"DOCX": final[0], "XLSX": final[1], "CHARTS": final[2:], "PROBLEMS": len(figs["problems"]),
            "figures": figs}
