<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>AccountabilityAlgorithm</name>
    <message>
      <location filename="../processing/alg_accountability.py" line="17" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="35" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="38" />
      <source>全县是否纳入问责（1=是）</source>
      <translation>County accountable (1 = yes)</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="37" />
      <source>全县违法占用耕地比例(%)</source>
      <translation>County illegal cultivated land ratio (%)</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="61" />
      <source>增违挂钩仍冻结 {} 亩：{}</source>
      <translation>Quota still frozen {} mu: {}</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="30" />
      <source>增违挂钩统计截止日（如 2022-06-30；空 = 截止月份月末或年末），此后的验收、确认日期不计</source>
      <translation>Quota-link cut-off day (e.g. 2022-06-30; empty = end of the last month or of the year); acceptance and confirmation dates after it do not count</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="27" />
      <source>截止批次月份（1–12，空 = 12 月）</source>
      <translation>Last batch month (1–12; empty = December)</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="24" />
      <source>起始批次月份（1–12，空 = 全年）</source>
      <translation>First batch month (1–12; empty = full year)</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="73" />
      <source>起始月份 {} 晚于截止月份 {}。</source>
      <translation>First month {} is after last month {}.</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="35" />
      <source>问责比例 Excel</source>
      <translation>Accountability ratio Excel</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="16" />
      <source>问责比例与乡镇排名</source>
      <translation>Accountability ratio and township ranking</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="32" />
      <source>问责比例表</source>
      <translation>Accountability ratio table</translation>
    </message>
  </context>
  <context>
    <name>AnnualReportAlgorithm</name>
    <message>
      <location filename="../processing/alg_annual_report.py" line="12" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="20" />
      <source>全县是否纳入问责（1=是）</source>
      <translation>County accountable (1 = yes)</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="19" />
      <source>全县违法占用耕地比例(%)</source>
      <translation>County illegal cultivated land ratio (%)</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="11" />
      <source>半年与年度报告（成果数据表）</source>
      <translation>Half-year and annual report (data tables)</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="18" />
      <source>成果数据表 Excel</source>
      <translation>Data tables Excel</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="17" />
      <source>报告 Word 文档</source>
      <translation>Report Word document</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="16" />
      <source>统计期（上半年：2022H1；全年：2022）</source>
      <translation>Period (first half: 2022H1; full year: 2022)</translation>
    </message>
  </context>
  <context>
    <name>BattleMapAlgorithm</name>
    <message>
      <location filename="../processing/alg_battle_map.py" line="13" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="34" />
      <source>PDF 文件 (*.pdf)</source>
      <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="48" />
      <source>{}：{}；待办 {} 项</source>
      <translation>{}: {}; {} items due</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="26" />
      <source>乡镇代码字段</source>
      <translation>Township code field</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="28" />
      <source>乡镇名称字段</source>
      <translation>Township name field</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="23" />
      <source>乡镇界（可选；给出时按乡镇界出图，无图斑的乡镇也出一页）</source>
      <translation>Township boundaries (optional; when given, maps follow the boundaries and townships without patches get a page too)</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="34" />
      <source>挂图作战 PDF</source>
      <translation>Battle map PDF</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="12" />
      <source>挂图作战图集（乡镇 PDF）</source>
      <translation>Battle map atlas (township PDF)</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="32" />
      <source>数据截至日期（空 = 今天），用于计算逾期</source>
      <translation>Data as-of date (empty = today), used for overdue items</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="30" />
      <source>统计期（如 2022-03：当年1月至该期末的批次；空 = 全部批次）</source>
      <translation>Period (e.g. 2022-03: batches from January to the end of that period; empty = all batches)</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="35" />
      <source>页数（乡镇数）</source>
      <translation>Pages (townships)</translation>
    </message>
  </context>
  <context>
    <name>BulletinAlgorithm</name>
    <message>
      <location filename="../processing/alg_bulletin.py" line="12" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="11" />
      <source>卫片执法通报（乡镇排名）</source>
      <translation>Satellite enforcement bulletin (township ranking)</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="19" />
      <source>图表文件（; 分隔）</source>
      <translation>Chart files (separated by ;)</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="16" />
      <source>统计期（月：2022-03；季度：2022Q1）</source>
      <translation>Period (month: 2022-03; quarter: 2022Q1)</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="20" />
      <source>触及警戒线的乡镇数</source>
      <translation>Townships at the warning line</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="18" />
      <source>通报 Excel 数据</source>
      <translation>Bulletin Excel data</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="17" />
      <source>通报 Word 文档</source>
      <translation>Bulletin Word document</translation>
    </message>
  </context>
  <context>
    <name>CityFeedbackAlgorithm</name>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="17" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="38" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="30" />
      <source>已整改</source>
      <translation>Rectified</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="62" />
      <source>已更新问题 {}。</source>
      <translation>Item {} updated.</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="31" />
      <source>已销号</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="59" />
      <source>市级反馈问题 {} 个：本次新增 {}、更新 {}；未销号 {}，其中逾期未整改 {}。</source>
      <translation>City problem list: {} items; added {}, updated {}; open {}, of which overdue {}.</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="23" />
      <source>市级反馈问题清单（.xlsx：序号、监测编号、问题描述、整改要求、期限；可为本算法导出的整改情况表）</source>
      <translation>City problem list (.xlsx: 序号, 监测编号, 问题描述, 整改要求, 期限; or the status report this algorithm wrote)</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="16" />
      <source>市级反馈问题清单（导入、销号、整改情况）</source>
      <translation>City problem list (import, closing, status)</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="36" />
      <source>数据截至日期（如 2022-05-10；空 = 今天），用于逾期计算</source>
      <translation>Data as of (e.g. 2022-05-10; empty = today), for overdue counts</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="38" />
      <source>整改情况报表 Excel</source>
      <translation>Status report (Excel)</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="32" />
      <source>整改说明</source>
      <translation>Rectification note</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="30" />
      <source>新状态</source>
      <translation>New state</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="30" />
      <source>未整改</source>
      <translation>Not rectified</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="40" />
      <source>未销号问题数</source>
      <translation>Open items</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="41" />
      <source>本次新增问题数</source>
      <translation>Items added</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="42" />
      <source>本次更新问题数</source>
      <translation>Items updated</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="26" />
      <source>清单名称（如 2022年4月市级反馈；空 = 文件名）</source>
      <translation>List name (e.g. 2022年4月市级反馈; empty = file name)</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="28" />
      <source>要更新的问题（编号，或未销号问题中唯一的序号、监测编号）</source>
      <translation>Item to update (its ID, or a number or patch number unique among the open items)</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="41" />
      <source>逾期未整改问题数</source>
      <translation>Overdue items</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="34" />
      <source>销号日期（如 2022-05-20）</source>
      <translation>Closing date (e.g. 2022-05-20)</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="40" />
      <source>问题总数</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="../processing/alg_city_feedback.py" line="30" />
      <source>（不改）</source>
      <translation>(keep)</translation>
    </message>
  </context>
  <context>
    <name>CopyWorkpackageAlgorithm</name>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="14" />
      <source>1 数据准备</source>
      <translation>1 Data preparation</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="31" />
      <source>与源工作库相同</source>
      <translation>As the source package</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="35" />
      <source>修改记录行数</source>
      <translation>History rows</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="27" />
      <source>共享文件夹（复制到 PostgreSQL 时照片、附件等文件的存放处；空 = 源 GeoPackage 所在文件夹）</source>
      <translation>Shared folder (where photos and documents are kept when copying to PostgreSQL; empty = the source GeoPackage's folder)</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="37" />
      <source>各表行数</source>
      <translation>Rows per table</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="34" />
      <source>图斑行数</source>
      <translation>Patch rows</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="36" />
      <source>图斑面积合计（亩）</source>
      <translation>Patch area total (mu)</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="13" />
      <source>复制工作库</source>
      <translation>Copy work package</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="22" />
      <source>源工作库（GeoPackage 路径，或 PostgreSQL：QGIS 连接名?schema=…、service=…、postgresql://…?schema=…；填写时优先于上一项）</source>
      <translation>Source package (GeoPackage path, or PostgreSQL: QGIS connection name?schema=…, service=…, postgresql://…?schema=…; when given it wins over the one above)</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="20" />
      <source>源工作库（空 = 下面填写的源工作库）</source>
      <translation>Source package (empty = the one entered below)</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="31" />
      <source>照片存入工作库（数据库）</source>
      <translation>Photos in the package (database)</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="31" />
      <source>照片文件放在共享文件夹</source>
      <translation>Photo files in a shared folder</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="33" />
      <source>目标工作库</source>
      <translation>Target package</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="30" />
      <source>目标工作库的照片存放方式</source>
      <translation>How the target keeps its photos</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="53" />
      <source>目标工作库的照片存放方式：{}</source>
      <translation>The target package keeps its photos: {}</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="25" />
      <source>目标（新的 GeoPackage 路径，或 PostgreSQL 工作库；已有数据的目标不会覆盖）</source>
      <translation>Target (a new GeoPackage path, or a PostgreSQL package; a target holding data is not overwritten)</translation>
    </message>
    <message>
      <location filename="../processing/alg_copy_workpackage.py" line="43" />
      <source>请指定要复制的源工作库（INPUT 或 WORKPACKAGE）。</source>
      <translation>Name the package to copy (INPUT or WORKPACKAGE).</translation>
    </message>
  </context>
  <context>
    <name>DossierAlgorithm</name>
    <message>
      <location filename="../processing/alg_dossier.py" line="18" />
      <source>4 成果输出</source>
      <translation>4 Deliverables</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="36" />
      <source>前时相影像（可选）</source>
      <translation>Before imagery (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="46" />
      <source>卷宗数</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="64" />
      <source>另附附件：{}</source>
      <translation>Attachment written beside the dossier: {}</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="34" />
      <source>只生成这些乡镇（代码或名称，逗号分隔，空 = 全部）</source>
      <translation>Only these townships (codes or names, comma-separated; empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="29" />
      <source>只生成这些图斑（监测编号，逗号或换行分隔；空 = 全部）</source>
      <translation>Only these patches (patch numbers, separated by commas or line breaks; empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="32" />
      <source>只生成这些批次（逗号分隔，空 = 全部）</source>
      <translation>Only these batches (comma-separated; empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="38" />
      <source>后时相影像（可选）</source>
      <translation>After imagery (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="39" />
      <source>土地利用现状（三调，按 DLBM 着色；空 = 套合分析记录的图层）</source>
      <translation>Current land use (Third National Land Survey, coloured by DLBM; empty = the layer recorded by the overlay analysis)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="41" />
      <source>建设用地批准范围（空 = 套合分析记录的图层）</source>
      <translation>Construction land approval areas (empty = the layer recorded by the overlay analysis)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="47" />
      <source>总页数</source>
      <translation>Total pages</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="40" />
      <source>永久基本农田（空 = 套合分析记录的图层）</source>
      <translation>Permanent basic farmland (empty = the layer recorded by the overlay analysis)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="40" />
      <source>生态保护红线（空 = 套合分析记录的图层）</source>
      <translation>Ecological protection red line (empty = the layer recorded by the overlay analysis)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="17" />
      <source>生成图斑卷宗（一图斑一卷宗）</source>
      <translation>Generate patch dossiers (one per patch)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="45" />
      <source>目录 PDF</source>
      <translation>Index PDF</translation>
    </message>
  </context>
  <context>
    <name>ExportAlgorithm</name>
    <message>
      <location filename="../processing/alg_export.py" line="13" />
      <source>4 成果输出</source>
      <translation>4 Deliverables</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="29" />
      <source>zip 文件</source>
      <translation>Zip file</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="33" />
      <source>严重问题数</source>
      <translation>Severe problems</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="26" />
      <source>只导出这些乡镇（代码或名称，逗号分隔，空 = 全部）</source>
      <translation>Export only these townships (codes or names, comma-separated; empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="24" />
      <source>只导出这些批次（逗号分隔，空 = 全部）</source>
      <translation>Export only these batches (comma-separated; empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="27" />
      <source>同时打包为 zip</source>
      <translation>Also pack as zip</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="12" />
      <source>导出上报成果包</source>
      <translation>Export submission package</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="30" />
      <source>导出图斑数</source>
      <translation>Patches exported</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="31" />
      <source>导出照片数</source>
      <translation>Photos exported</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="32" />
      <source>导出附件数</source>
      <translation>Attachments exported</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="22" />
      <source>强制导出（自检有严重问题时仍导出，问题清单随包导出）</source>
      <translation>Force export (export despite severe self-check problems; the problem list goes into the package)</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="28" />
      <source>成果包文件夹</source>
      <translation>Package folder</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="20" />
      <source>报送格式（空 = 默认；或格式名 / .json 文件路径）</source>
      <translation>Submission format (empty = default; or a format name / .json file path)</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="49" />
      <source>附件材料 {} 件（{}/）</source>
      <translation>{} attachments ({}/)</translation>
    </message>
  </context>
  <context>
    <name>FieldImportAlgorithm</name>
    <message>
      <location filename="../processing/alg_field_import.py" line="14" />
      <source>2 判定与核验</source>
      <translation>2 Judgment and checks</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="20" />
      <source>乡镇返回的任务包（文件夹、zip、核查任务表 .xlsx 或核查数据 .gpkg）</source>
      <translation>Package returned by the township (folder, zip, task list .xlsx or field data .gpkg)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="29" />
      <source>任务包编号</source>
      <translation>Package number</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="31" />
      <source>写入的值</source>
      <translation>Values written</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="32" />
      <source>冲突数（待处理）</source>
      <translation>Conflicts (to resolve)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="25" />
      <source>只导入无问题的图斑（默认：有任何问题则全部不导入）</source>
      <translation>Import only the patches without problems (default: any problem imports nothing)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="13" />
      <source>导入乡镇核查结果</source>
      <translation>Import township field check</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="35" />
      <source>已有照片数（SHA-256 相同）</source>
      <translation>Photos already held (same SHA-256)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="34" />
      <source>新照片数</source>
      <translation>New photos</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="33" />
      <source>有问题未导入的图斑数</source>
      <translation>Patches with problems, not imported</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="27" />
      <source>照片关联的最大距离（米）</source>
      <translation>Maximum distance to link a photo (m)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="30" />
      <source>返回图斑数</source>
      <translation>Patches returned</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_import.py" line="36" />
      <source>问题与说明</source>
      <translation>Problems and notes</translation>
    </message>
  </context>
  <context>
    <name>FieldPackageAlgorithm</name>
    <message>
      <location filename="../processing/alg_field_package.py" line="16" />
      <source>2 判定与核验</source>
      <translation>2 Judgment and checks</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="36" />
      <source>乡镇数</source>
      <translation>Townships</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="22" />
      <source>乡镇（代码或名称，逗号分隔；空 = 每个有待核查图斑的乡镇）</source>
      <translation>Townships (codes or names, comma separated; empty = every township with patches to check)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="34" />
      <source>任务包文件夹（每行一个）</source>
      <translation>Package folders (one per line)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="35" />
      <source>任务包编号（每行一个）</source>
      <translation>Package numbers (one per line)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="27" />
      <source>包含该乡镇的全部图斑（默认只发出待核查、未整改的图斑）</source>
      <translation>Include every patch of the township (default: only patches to check or not rectified)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="37" />
      <source>发出图斑数</source>
      <translation>Patches sent</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="25" />
      <source>只发出这些批次（逗号分隔，空 = 全部）</source>
      <translation>Only these batches (comma separated, empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="33" />
      <source>同时打包为 zip</source>
      <translation>Also pack as zip</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="32" />
      <source>底图影像（可选，按乡镇裁切放入 QField 项目）</source>
      <translation>Background imagery (optional, clipped per township into the QField project)</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="15" />
      <source>生成乡镇核查任务包</source>
      <translation>Make township field check packages</translation>
    </message>
    <message>
      <location filename="../processing/alg_field_package.py" line="29" />
      <source>要求返回日期（YYYY-MM-DD；空 = {} 天后）</source>
      <translation>Return by (YYYY-MM-DD; empty = in {} days)</translation>
    </message>
  </context>
  <context>
    <name>ImportPatchesAlgorithm</name>
    <message>
      <location filename="../processing/alg_import_patches.py" line="18" />
      <source>1 数据准备</source>
      <translation>1 Data preparation</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="24" />
      <source>下发监测图斑（shp / gpkg，经纬度或投影）</source>
      <translation>Issued monitoring patches (shp / gpkg, geographic or projected)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="34" />
      <source>修复几何数</source>
      <translation>Geometries repaired</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="47" />
      <source>参数 {}（{}）未填写或值不正确，请检查后重试。</source>
      <translation>Parameter {} ({}) is missing or has a wrong value; check it and try again.</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="17" />
      <source>导入监测图斑</source>
      <translation>Import monitoring patches</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="28" />
      <source>属性编码（空 = 自动识别）</source>
      <translation>Attribute encoding (empty = detect automatically)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="35" />
      <source>工作库</source>
      <translation>Work package</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="31" />
      <source>工作库坐标系（空 = 数据所在 CGCS2000 三度带）</source>
      <translation>Work package CRS (empty = the CGCS2000 3-degree zone of the data)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="25" />
      <source>工作库（不存在时新建）</source>
      <translation>Work package (created if it does not exist)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="26" />
      <source>批次（如 2022-01）</source>
      <translation>Batch (e.g. 2022-01)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="32" />
      <source>新增图斑数</source>
      <translation>New patches</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="28" />
      <source>自动识别</source>
      <translation>Detect automatically</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="33" />
      <source>重复下发图斑数</source>
      <translation>Reissued patches</translation>
    </message>
  </context>
  <context>
    <name>InterviewsAlgorithm</name>
    <message>
      <location filename="../processing/alg_interviews.py" line="18" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="33" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="52" />
      <source>{}：{}；报告期限 {}{}。</source>
      <translation>{}: {}; report due {}{}.</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="23" />
      <source>乡镇（代码或名称）</source>
      <translation>Township (code or name)</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="31" />
      <source>今天的日期（空 = 今天），用于逾期计算</source>
      <translation>Today's date (empty = today), for overdue counts</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="25" />
      <source>启动问责</source>
      <translation>Accountability proceedings started</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="29" />
      <source>备注</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="36" />
      <source>尚未报送的报告数</source>
      <translation>Reports still owed</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="28" />
      <source>报告报送县卫片办的日期（已报送时填写）</source>
      <translation>Date the report reached the county office (when it has)</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="35" />
      <source>报告期限</source>
      <translation>Report due</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="25" />
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="25" />
      <source>约谈</source>
      <translation>Interview</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="26" />
      <source>约谈或启动问责日期（如 2022-05-09）</source>
      <translation>Date of the interview or of starting accountability proceedings (e.g. 2022-05-09)</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="33" />
      <source>约谈问责登记 Excel</source>
      <translation>Interview register (Excel)</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="17" />
      <source>约谈问责登记（5个工作日报告期限）</source>
      <translation>Interviews and accountability (5-working-day report deadline)</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="37" />
      <source>逾期未报送的报告数</source>
      <translation>Reports overdue</translation>
    </message>
    <message>
      <location filename="../processing/alg_interviews.py" line="54" />
      <source>，已报送 {}</source>
      <translation>, reported {}</translation>
    </message>
  </context>
  <context>
    <name>JudgmentDockContent</name>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>上一个</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>下一个</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>下发信息</source>
      <translation>Issued data</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>举证完整性</source>
      <translation>Evidence completeness</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>乡镇</source>
      <translation>Township</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>关联照片…</source>
      <translation>Link photos…</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>判定</source>
      <translation>Judgment</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>判定类型</source>
      <translation>Judgment</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>历史</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>只显示超过月清期限仍未确认的图斑</source>
      <translation>Only patches past their monthly deadline and not confirmed</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>套合结果（亩）</source>
      <translation>Overlay results (mu)</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.ui" line="0" />
      <source>恢复此值</source>
      <translation>Restore this value</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>打开…</source>
      <translation>Open…</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>打开卫片执法工作库（GeoPackage）</source>
      <translation>Open a WPZF work package (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>批次</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.ui" line="0" />
      <source>把选中的字段恢复为这次修改前的值（原值），立即保存并记入历史</source>
      <translation>Restore the selected field to its value before this change (old value); saved at once and recorded in the history</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>拆分</source>
      <translation>Split</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>拆分本图斑，或把子图斑合并回原图斑</source>
      <translation>Split this patch, or merge parts back into their patch</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>按监测编号查找（子图斑也按原图斑编号找到）</source>
      <translation>Find by patch number (parts are found by their patch's number too)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>撤销修改</source>
      <translation>Undo changes</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>操作人：写入每条修改历史的姓名（点击修改）</source>
      <translation>Operator: the name recorded with every change (click to change)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>整改</source>
      <translation>Fix</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>期限</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>未打开工作库</source>
      <translation>No work package open</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>标识</source>
      <translation>Flags</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>核查状态</source>
      <translation>Verification state</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>清除</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>清除全部筛选</source>
      <translation>Clear all filters</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>照片</source>
      <translation>Photos</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>监测编号</source>
      <translation>Monitoring number</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>自检（随填随查）</source>
      <translation>Self-check (as you type)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>自检（随填随查）：点击查看全部问题</source>
      <translation>Self-check as you type: click to see every problem</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>读取一个文件夹中的外业照片并按 GPS 位置关联到图斑</source>
      <translation>Read the field photos in a folder and link them to patches by GPS position</translation>
    </message>
    <message>
      <location filename="../ui/deadline_panel.ui" line="0" />
      <source>超过月清期限仍未确认的图斑（双击定位）</source>
      <translation>Patches past the monthly clearance deadline and not confirmed (double-click to go there)</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.ui" line="0" />
      <source>选中一行可恢复该次修改前的值</source>
      <translation>Select a row to restore the value before that change</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>采用预判</source>
      <translation>Apply pre-judgment</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>重新读取工作库（其他工具修改后）</source>
      <translation>Reload the work package (after other tools changed it)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>面积</source>
      <translation>Areas</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>预判理由</source>
      <translation>Pre-judgment reasons</translation>
    </message>
  </context>
  <context>
    <name>LinkPhotosAlgorithm</name>
    <message>
      <location filename="../processing/alg_link_photos.py" line="16" />
      <source>2 判定与核验</source>
      <translation>2 Judgment and verification</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="29" />
      <source>GPS 异常照片数</source>
      <translation>Photos with faulty GPS</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="15" />
      <source>关联举证照片</source>
      <translation>Link evidence photos</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="24" />
      <source>图斑外照片的最大关联距离（米）</source>
      <translation>Maximum linking distance for photos outside a patch (m)</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="26" />
      <source>已关联照片数</source>
      <translation>Photos linked</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="33" />
      <source>已存在未变数</source>
      <translation>Already present, unchanged</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="30" />
      <source>损坏文件数</source>
      <translation>Damaged files</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="28" />
      <source>无 GPS 照片数</source>
      <translation>Photos without GPS</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="31" />
      <source>未读取的文件数</source>
      <translation>Files not read</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="21" />
      <source>照片文件夹（含子文件夹，JPG）</source>
      <translation>Photo folder (with subfolders, JPG)</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="27" />
      <source>超出距离未关联数</source>
      <translation>Beyond distance, not linked</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="32" />
      <source>重复照片数</source>
      <translation>Duplicate photos</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="34" />
      <source>需处理的照片</source>
      <translation>Photos needing attention</translation>
    </message>
  </context>
  <context>
    <name>MilitaryRegisterAlgorithm</name>
    <message>
      <location filename="../processing/alg_military_register.py" line="12" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="22" />
      <location filename="../processing/alg_military_register.py" line="11" />
      <source>军用土地登记表</source>
      <translation>Military land register</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="21" />
      <source>填报日期（空 = 今天）</source>
      <translation>Reporting date (empty = today)</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="31" />
      <source>涉军用地图斑 {} 个；登记表为机要件，请单独报送。</source>
      <translation>{} military land patches; the register is confidential, submit it separately.</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="23" />
      <source>涉军用地图斑数</source>
      <translation>Military land patches</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="18" />
      <source>统计期（如 2022-03、2022Q1、2022；空 = 全部批次）</source>
      <translation>Period (e.g. 2022-03, 2022Q1, 2022; empty = all batches)</translation>
    </message>
  </context>
  <context>
    <name>OverlayAlgorithm</name>
    <message>
      <location filename="../processing/alg_overlay.py" line="37" />
      <source>1 数据准备</source>
      <translation>1 Data preparation</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="116" />
      <source>INPUT 与 WORKPACKAGE 只能选其一：选工作库时结果直接写回工作库。</source>
      <translation>Give either INPUT or WORKPACKAGE, not both: with a work package the results are written back into it.</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="82" />
      <source>临时用地</source>
      <translation>Temporary land use</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="83" />
      <source>临时用地批准日期字段（可选）</source>
      <translation>Temporary land approval date field (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="84" />
      <source>临时用地期限至字段（可选）</source>
      <translation>Temporary land term-end field (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="88" />
      <source>乡镇代码字段</source>
      <translation>Township code field</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="91" />
      <source>乡镇名称字段</source>
      <translation>Township name field</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="86" />
      <source>乡镇界</source>
      <translation>Township boundaries</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="47" />
      <source>全部图斑</source>
      <translation>All patches</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="55" />
      <source>地类图斑（三调/变更调查；工作库已记录时可不选）</source>
      <translation>Land-use polygons (Third National Land Survey / annual change survey; optional when recorded in the work package)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="97" />
      <source>地类未全覆盖的图斑数</source>
      <translation>Patches not fully covered by land use</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="57" />
      <source>地类编码字段</source>
      <translation>Land-class code field</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="36" />
      <source>套合分析</source>
      <translation>Overlay analysis</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="96" />
      <source>套合图斑数</source>
      <translation>Patches overlaid</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="94" />
      <source>套合结果</source>
      <translation>Overlay results</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="99" />
      <source>工作库</source>
      <translation>Work package</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="46" />
      <source>工作库中套合哪些图斑</source>
      <translation>Which patches of the work package to overlay</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="44" />
      <source>工作库（结果写回其中的图斑）</source>
      <translation>Work package (results written back to its patches)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="66" />
      <source>建设用地批准/供地范围</source>
      <translation>Construction land approval / land supply areas</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="68" />
      <source>批准文号字段</source>
      <translation>Approval number field</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="69" />
      <source>批准日期字段（有效期起，可选）</source>
      <translation>Approval date field (valid from, optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="70" />
      <source>批准有效期至字段（可选）</source>
      <translation>Approval valid-until field (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="51" />
      <source>批次（范围为“指定批次”时，如 2022-03）</source>
      <translation>Batch (with scope "one batch", e.g. 2022-03)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="48" />
      <source>指定图斑（监测编号列表）</source>
      <translation>Listed patches (monitoring numbers)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="47" />
      <source>指定批次</source>
      <translation>One batch</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="98" />
      <source>提示条数</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="47" />
      <source>新导入或图形变化的图斑（参考图层换了则全部）</source>
      <translation>New or reshaped patches (all when a reference layer changed)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="62" />
      <source>永久基本农田</source>
      <translation>Permanent basic farmland</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="64" />
      <source>生态保护红线</source>
      <translation>Ecological protection red line</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="43" />
      <source>监测图斑（不选工作库时必填）</source>
      <translation>Monitoring patches (required without a work package)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="53" />
      <source>监测编号（范围为“指定图斑”时，逗号、空格或换行分隔）</source>
      <translation>Monitoring numbers (for "listed patches"; separated by commas, spaces or lines)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="60" />
      <source>耕地扣除田坎（按 KCXS 扣除系数或 KCMJ 扣除面积）</source>
      <translation>Deduct field ridges from cultivated land (by KCXS coefficient or KCMJ area)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="134" />
      <source>范围选了“指定图斑”，请在 KEYS 中填写监测编号。</source>
      <translation>The scope is "listed patches": enter the monitoring numbers in KEYS.</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="78" />
      <source>设施农用地备案</source>
      <translation>Facility agricultural land filings</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="79" />
      <source>设施农用地备案日期字段（可选）</source>
      <translation>Facility filing date field (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="80" />
      <source>设施农用地备案期限至字段（可选）</source>
      <translation>Facility filing valid-until field (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="114" />
      <source>请选择监测图斑图层（INPUT）或工作库（WORKPACKAGE）。</source>
      <translation>Choose a monitoring patch layer (INPUT) or a work package (WORKPACKAGE).</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="76" />
      <source>采矿许可有效期至字段（可选）</source>
      <translation>Mining permit valid-until field (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="75" />
      <source>采矿许可有效期起字段（可选）</source>
      <translation>Mining permit valid-from field (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="72" />
      <source>采矿许可范围</source>
      <translation>Mining permit areas</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="74" />
      <source>采矿许可证号字段</source>
      <translation>Mining permit number field</translation>
    </message>
  </context>
  <context>
    <name>PhotoPanel</name>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>取消选中照片与当前图斑的关联（照片文件和记录保留）</source>
      <translation>Unlink the selected photos from the current patch (the photo files and records are kept)</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>把选中的照片文件手动关联到当前图斑</source>
      <translation>Link the selected photo files to the current patch manually</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>查看</source>
      <translation>View</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>添加照片…</source>
      <translation>Add photos…</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>移出图斑</source>
      <translation>Remove from patch</translation>
    </message>
  </context>
  <context>
    <name>PhotoViewer</name>
    <message>
      <location filename="../ui/photo_viewer.ui" line="0" />
      <source>上一张</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.ui" line="0" />
      <source>下一张</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.ui" line="0" />
      <source>举证照片</source>
      <translation>Evidence photos</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.ui" line="0" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>PrejudgeAlgorithm</name>
    <message>
      <location filename="../processing/alg_prejudge.py" line="17" />
      <source>2 判定与核验</source>
      <translation>2 Judgment and verification</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="30" />
      <source>写入工作库的字段值数</source>
      <translation>Field values written to the work package</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="28" />
      <source>建议其他用地</source>
      <translation>Suggested other land use</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="26" />
      <source>建议合法</source>
      <translation>Suggested legal</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="27" />
      <source>建议违法</source>
      <translation>Suggested illegal</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="29" />
      <source>有标识</source>
      <translation>Flagged</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="49" />
      <source>给图斑图层时请指定预判结果输出（OUTPUT）。</source>
      <translation>With a patch layer, specify the pre-judgment output (OUTPUT).</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="43" />
      <source>预判 {} 个图斑：合法 {}、违法 {}、其他用地 {}；有标识 {} 个。</source>
      <translation>Pre-judged {} patches: legal {}, illegal {}, other land use {}; {} flagged.</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="24" />
      <source>预判结果（仅给图斑图层时）</source>
      <translation>Pre-judgment results (only with a patch layer)</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="16" />
      <source>预判（合法性建议及理由）</source>
      <translation>Pre-judgment (legality suggestion with reasons)</translation>
    </message>
  </context>
  <context>
    <name>QuarterlyReviewAlgorithm</name>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="12" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="18" />
      <source>季度小结 Excel 清单</source>
      <translation>Quarterly review Excel lists</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="17" />
      <source>季度小结 Word 文档</source>
      <translation>Quarterly review Word document</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="11" />
      <source>季度小结（审核意见）</source>
      <translation>Quarterly review (review opinions)</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="16" />
      <source>季度（如 2022Q1 或 2022年第一季度）</source>
      <translation>Quarter (e.g. 2022Q1 or 2022年第一季度)</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="19" />
      <source>自检问题条数</source>
      <translation>Self-check problems</translation>
    </message>
  </context>
  <context>
    <name>SelfcheckAlgorithm</name>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="17" />
      <source>2 判定与核验</source>
      <translation>2 Judgment and verification</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="33" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="35" />
      <source>严重问题数</source>
      <translation>Severe problems</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="23" />
      <source>举证照片点图层（给图斑图层时可选；空则不查举证照片）</source>
      <translation>Evidence photo point layer (optional with a patch layer; when empty, evidence photos are not checked)</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="29" />
      <source>批次月份（空 = 按各图斑批次，如 2022-03）</source>
      <translation>Batch month (empty = each patch's batch; e.g. 2022-03)</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="37" />
      <source>提示数</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="16" />
      <source>月核自检（问题清单）</source>
      <translation>Monthly check self-check (problem list)</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="51" />
      <source>未给举证照片图层，跳过举证照片检查（E 类规则）。</source>
      <translation>No evidence photo layer given; evidence photo checks (E rules) skipped.</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="64" />
      <source>检查 {} 个图斑：严重 {}、警告 {}、提示 {}。</source>
      <translation>Checked {} patches: severe {}, warnings {}, notes {}.</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="27" />
      <source>检查日期（空 = 今天，如 2022-05-15）</source>
      <translation>Check date (empty = today; e.g. 2022-05-15)</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="36" />
      <source>警告数</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="33" />
      <source>问题清单 Excel</source>
      <translation>Problem list Excel</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="31" />
      <source>问题表</source>
      <translation>Problem table</translation>
    </message>
  </context>
  <context>
    <name>SplitPatchesAlgorithm</name>
    <message>
      <location filename="../processing/alg_split_patches.py" line="20" />
      <source>2 判定与核验</source>
      <translation>2 Judgment and verification</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="41" />
      <source>临时用地（空 = 工作库记录的图层）</source>
      <translation>Temporary land (empty = the layer the package remembers)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="28" />
      <source>只拆分这一批次的图斑（如 2022-03；空 = 全部）</source>
      <translation>Only the patches of this batch (e.g. 2022-03; empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="30" />
      <source>只拆分预判标为“需拆分”的图斑</source>
      <translation>Only the patches the pre-judgment flagged 需拆分 (split needed)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="32" />
      <source>同时按地类（农用地/建设用地/未利用地）拆分</source>
      <translation>Also cut by land category (agricultural / construction / unused land)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="68" />
      <source>图斑 {} 未拆分：{}</source>
      <translation>Patch {} was not split: {}</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="19" />
      <source>图斑拆分</source>
      <translation>Split patches</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="34" />
      <source>地类图斑（按地类拆分时用；空 = 工作库记录的图层）</source>
      <translation>Land use (for the cut by land category; empty = the layer the package remembers)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="38" />
      <source>建设用地批准/供地范围（空 = 工作库记录的图层）</source>
      <translation>Construction approvals / land supply (empty = the layer the package remembers)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="45" />
      <source>批准文号字段</source>
      <translation>Approval number field</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="70" />
      <source>拆分 {} 个图斑，得到 {} 个子图斑；{} 个图斑未被切分。</source>
      <translation>Split {} patches into {} parts; {} patches are not cut by the references.</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="48" />
      <source>拆分的图斑数</source>
      <translation>Patches split</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="49" />
      <source>新子图斑数</source>
      <translation>New parts</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="36" />
      <source>最小子图斑面积（亩；更小的碎片并入相邻部分；空 = 政策文件的拆分容差）</source>
      <translation>Smallest part (mu; smaller pieces join their neighbour; empty = the split tolerance of the policy file)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="26" />
      <source>要拆分的图斑（监测编号，逗号分隔；空 = 参考图层切到的全部图斑）</source>
      <translation>Patches to split (JCBH, comma-separated; empty = every patch the references cut)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="40" />
      <source>设施农用地备案（空 = 工作库记录的图层）</source>
      <translation>Facility farmland filings (empty = the layer the package remembers)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="39" />
      <source>采矿许可范围（空 = 工作库记录的图层）</source>
      <translation>Mining permits (empty = the layer the package remembers)</translation>
    </message>
    <message>
      <location filename="../processing/alg_split_patches.py" line="47" />
      <source>采矿许可证号字段</source>
      <translation>Mining permit number field</translation>
    </message>
  </context>
  <context>
    <name>WpzfAlgorithm</name>
    <message>
      <location filename="../processing/base.py" line="284" />
      <source>工作库 (GeoPackage 或 PostgreSQL)</source>
      <translation>Work package (GeoPackage or PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="297" />
      <source>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</source>
      <translation>Data as-of date (e.g. 2022-04-05; empty = today), used for overdue items and the signature date</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="299" />
      <source>文号（空 = 县名卫片办〔年〕序号号）</source>
      <translation>Document number (empty = &lt;county&gt; Satellite Enforcement Office [year] No. &lt;n&gt;)</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="289" />
      <source>输出文件夹</source>
      <translation>Output folder</translation>
    </message>
  </context>
  <context>
    <name>WpzfProvider</name>
    <message>
      <location filename="../processing/provider.py" line="43" />
      <source>卫片执法</source>
      <translation>Satellite Enforcement</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="46" />
      <source>卫片执法 (WPZF)</source>
      <translation>Satellite Enforcement (WPZF)</translation>
    </message>
  </context>
  <context>
    <name>wpzf</name>
    <message>
      <location filename="../core/intake/batch_checks.py" line="33" />
      <source> 等 {} 个</source>
      <translation> and others, {} in all</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="172" />
      <location filename="../ui/texts.py" line="40" />
      <source>(亩)</source>
      <translation>(mu)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="40" />
      <source>(无路径)</source>
      <translation>(no path)</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="392" />
      <location filename="../core/overlay/values.py" line="95" />
      <source>(空)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="186" />
      <source>1. 只填写黄色列；蓝色列为下发和套合数据，已锁定。</source>
      <translation>1. Fill only the yellow columns; the blue columns are issued and overlay data, locked.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="187" />
      <source>2. 实地现状、整改措施、整改状态请从下拉列表选择。</source>
      <translation>2. Choose ground state, rectification measure and rectification state from the drop-down lists.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="188" />
      <source>3. 日期写成 2022-06-15；面积以亩为单位，只写数字。整改状态为“已整改”时须填写整改完成日期。</source>
      <translation>3. Write dates as 2022-06-15; areas in mu, digits only. A rectification state of “已整改” (rectified) needs the completion date.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="189" />
      <source>4. 拆除复耕面积与补办手续面积之和不能超过图斑耕地面积。</source>
      <translation>4. Demolished-and-restored plus approved-afterwards cannot exceed the patch's farmland.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="190" />
      <source>5. 照片请用 QField 项目拍摄，或把照片（JPG，带 GPS）放入任务包的 DCIM 文件夹，随本表一并返回。</source>
      <translation>5. Take photos with the QField project, or put photos (JPG with GPS) into the package's DCIM folder, and return them with this list.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="191" />
      <source>6. 返回的数据经县卫片办核对后入库；县里在此期间改过的内容会列为冲突，由县卫片办确认，不会被直接覆盖。</source>
      <translation>6. The county office checks the returned data before taking it; what the county changed in the meantime is listed as a conflict for it to decide, never overwritten directly.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="274" />
      <source>EPSG:{}（第 {} 带）</source>
      <translation>EPSG:{} (zone {})</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="272" />
      <source>EPSG:{}（第 {} 带，X 不带带号）</source>
      <translation>EPSG:{} (zone {}, X without the zone number)</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="420" />
      <source>EXIF 信息已损坏，未读到 GPS 坐标，未关联；请使用相机或手机中的原图，或在判定面板中手动关联</source>
      <translation>the EXIF is damaged, no GPS position was read, not linked; use the original from the camera or phone, or link it by hand in the judgment dock</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="402" />
      <source>EXIF 信息部分损坏，已读取其中可读的部分</source>
      <translation>EXIF partly damaged; its readable part was read</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="413" />
      <source>GPS 坐标为 0,0（拍摄时未定位），未关联；请在判定面板中手动关联</source>
      <translation>GPS position is 0,0 (no fix when the photo was taken), not linked; link it by hand in the judgment panel</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="415" />
      <source>GPS 坐标无法读取（照片中的 GPS 数据已损坏），未关联；请在判定面板中手动关联</source>
      <translation>GPS position unreadable (the photo's GPS data is damaged), not linked; link it by hand in the judgment panel</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="410" />
      <source>GPS 坐标超出范围（纬度 {:.6f}，经度 {:.6f}），未关联；请检查相机定位设置，或在判定面板中手动关联</source>
      <translation>GPS position out of range (latitude {:.6f}, longitude {:.6f}), not linked; check the camera's location settings or link it by hand in the judgment panel</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="182" />
      <source>JCBH {} 在本批次中重复（{} 与 {}）。请核对下发数据，删除或更正重复的图斑。</source>
      <translation>JCBH {} occurs more than once in this batch ({} and {}). Check the issued data and delete or correct the duplicate patches.</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="324" />
      <source>JPEG 结构损坏（{}）；请用看图软件打开检查，另存为 JPEG 后重新关联照片</source>
      <translation>broken JPEG structure ({}); open it in an image viewer, save it again as JPEG and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="304" />
      <source>PDF 文件 {} 的结构无法识别（{}），未并入</source>
      <translation>The structure of PDF file {} is not recognised ({}); not appended</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="122" />
      <source>PDF 结尾缺失，文件被截断</source>
      <translation>the PDF's end is missing: the file was cut off</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="29" />
      <source>PDF：生成卷宗时附在卷宗正文之后（无法原样并入时另附在卷宗旁）。</source>
      <translation>PDF: appended after the dossier's own pages (kept beside the dossier when it cannot be appended faithfully).</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="139" />
      <source>PNG 图片不完整</source>
      <translation>the PNG image is incomplete</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="641" />
      <source>PostgreSQL 工作库 {} 还没有设置共享文件夹（照片、附件、核查返回等文件存放处）。请由管理员在“复制工作库”或工作库设置中指定一个各技术员都能访问的文件夹（设置项 {}）。</source>
      <translation>The PostgreSQL work package {} has no shared folder yet (where photos, attachments and township returns are kept). An administrator must name a folder every technician can reach, in “Copy work package” or the package settings (setting {}).</translation>
    </message>
    <message>
      <location filename="../core/store/source.py" line="66" />
      <source>PostgreSQL 工作库的模式名 {} 无效：只能用字母、数字和下划线，不以数字开头，也不能是 wpzf、public 等保留的模式。</source>
      <translation>The PostgreSQL work package schema name {} is not valid: use letters, digits and underscores only, do not start with a digit, and do not use a reserved schema such as wpzf or public.</translation>
    </message>
    <message>
      <location filename="../core/store/source.py" line="63" />
      <source>PostgreSQL 工作库要写明模式名（一个工作库占一个模式），例如 postgresql://用户@服务器/数据库?schema=wpzf_2026 或 “连接名?schema=wpzf_2026”。</source>
      <translation>A PostgreSQL work package must name its schema (one package per schema), e.g. postgresql://user@server/database?schema=wpzf_2026 or “connection name?schema=wpzf_2026”.</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="490" />
      <source>PostgreSQL 模式 {} 已存在，不会覆盖。请换一个模式名，或由管理员确认后删除它。</source>
      <translation>The PostgreSQL schema {} already exists and will not be overwritten. Choose another schema name, or have an administrator check it and drop it.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="300" />
      <source>QField 数据</source>
      <translation>QField data</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="209" />
      <source>QField 项目 {} 无法写出：{}</source>
      <translation>Cannot write the QField project {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" line="85" />
      <source>QGIS 中保存的连接</source>
      <translation>Connection saved in QGIS</translation>
    </message>
    <message>
      <location filename="../core/store/source.py" line="104" />
      <source>QGIS 中没有名为“{}”的 PostgreSQL 连接。请在“浏览器 › PostgreSQL”中新建该连接，或填写 GeoPackage 路径或 postgresql:// 地址。</source>
      <translation>QGIS has no PostgreSQL connection named “{}”. Create it under Browser › PostgreSQL, or enter a GeoPackage path or a postgresql:// address.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" line="132" />
      <source>QGIS 中还没有 PostgreSQL 连接：可在“浏览器 › PostgreSQL › 新建连接”中添加，或直接粘贴地址。</source>
      <translation>QGIS has no PostgreSQL connection yet: add one under Browser › PostgreSQL › New Connection, or paste an address.</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="128" />
      <source>Word 文件，卷宗 PDF 无法容纳</source>
      <translation>a Word file, which a dossier PDF cannot hold</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="31" />
      <source>Word 文件：卷宗 PDF 无法容纳，生成卷宗时另附在卷宗旁并在卷宗中列出。</source>
      <translation>Word file: a dossier PDF cannot hold it; it is written beside the dossier and listed in it.</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="360" />
      <source>X（北）</source>
      <translation>X (north)</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="360" />
      <source>Y（东）</source>
      <translation>Y (east)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="125" />
      <source>_图1_各乡镇自检问题.png</source>
      <translation>_fig1_selfcheck_problems_by_township.png</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="163" />
      <source>_图1_各乡镇违法占用耕地.png</source>
      <translation>_fig1_illegal_cultivated_land_by_township.png</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="190" />
      <source>_图1_各批次违法占用耕地.png</source>
      <translation>_fig1_illegal_cultivated_land_by_batch.png</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="168" />
      <source>_图2_全县违法占用耕地比例趋势.png</source>
      <translation>_fig2_county_illegal_ratio_trend.png</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="194" />
      <source>_图2_各乡镇违法占用耕地比例.png</source>
      <translation>_fig2_illegal_ratio_by_township.png</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="51" />
      <source>shapefile “{}”不完整或已损坏，未导入任何图斑：</source>
      <translation>Shapefile “{}” is incomplete or damaged, no patch was imported:</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="457" />
      <source>shapefile 编码</source>
      <translation>Shapefile encoding</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="196" />
      <source>zip 文件 {} 解压后有 {:.0f} MB，超过 {} MB，请只打包任务表、核查数据和照片。</source>
      <translation>The zip file {} unpacks to {:.0f} MB, more than {} MB; pack only the task list, the field data and the photos.</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="60" />
      <source>{:.0f}°（至少 {:g}°）</source>
      <translation>{:.0f}° (at least {:g}°)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="66" />
      <source>{year}年1月至{end}，全县累计下发监测图斑{ljxf}个，其中本期下发{bqxf}个。已判定{ypd}个、已填报{ytb}个、已确认{yqr}个，确认率{qrl:.2f}%；超过月清期限仍未确认的{yqs}个。</source>
      <translation>From January {year} to {end}, {ljxf} monitoring patches were issued to the county in total, {bqxf} of them in this period. {ypd} have been judged, {ytb} reported and {yqr} confirmed (confirmation rate {qrl:.2f}%); {yqs} are still unconfirmed after the monthly clearance deadline.</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="141" />
      <source>{}
原文件名：{}
SHA-256：{}
{}</source>
      <translation>{}
Original file name: {}
SHA-256: {}
{}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="203" />
      <source>{}
已完成 {} 份卷宗（完整，保存在 {}），其余未生成，目录未更新。</source>
      <translation>{}
{} dossiers are complete (saved in {}); the others were not made and the contents file was not updated.</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="71" />
      <source>{}  {}：{}</source>
      <translation>{}  {}: {}</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="921" />
      <source>{} {} → {}</source>
      <translation>{} {} → {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="66" />
      <source>{} {} 亩与{} {} 亩相差 {} 亩</source>
      <translation>{} {} mu and {} {} mu differ by {} mu</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="66" />
      <source>{} {} 亩大于{} {} 亩</source>
      <translation>{} {} mu is more than {} {} mu</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="233" />
      <source>{} {} 有效期至 {}，早于前时相，未计入</source>
      <translation>{} {} valid until {}, before the earlier imagery date; not counted</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="236" />
      <source>{} {} 起始日期 {}，晚于后时相，未计入</source>
      <translation>{} {} valid from {}, after the later imagery date; not counted</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="131" />
      <source>{} {}{} {:.2f} 亩（平面）</source>
      <translation>{} {}{} {:.2f} mu (planar)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="103" />
      <source>{} {}：{} 个图斑</source>
      <translation>{} {}: {} patches</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="52" />
      <source>{} · {} 实地核查 · 任务包 {}</source>
      <translation>{} · {} field check · package {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="316" />
      <source>{} · {} 批次 · 监测编号 {}</source>
      <translation>{} · batch {} · patch no. {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="527" />
      <source>{} · 批次：{} · 乡镇：{} · 共 {} 份卷宗</source>
      <translation>{} · batches: {} · townships: {} · {} dossiers</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="417" />
      <source>{} 不是卫片执法工作库（缺少 {}）。请选择由本插件创建的工作库。</source>
      <translation>{} is not a WPZF work package (missing {}). Choose a work package created by this plugin.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="99" />
      <source>{} 不是有效的 shapefile（文件头损坏或文件为空，{} 字节）。请重新拷贝该文件或向下发单位重新索取。</source>
      <translation>{} is not a valid shapefile (damaged header or empty file, {} bytes). Copy the file again or ask the issuing office for it again.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="269" />
      <source>{} 不是本插件生成的核查任务表（任务包编号缺失）。</source>
      <translation>{} is not a task list made by this plugin (no package number).</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="260" />
      <source>{} 不是本插件生成的核查任务表（缺少隐藏工作表 {}），无法对应到发出的任务包。请使用下发的任务表填写后返回。</source>
      <translation>{} is not a task list made by this plugin (no hidden sheet {}); it cannot be matched to a package sent. Fill in the task list that was sent and return it.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="253" />
      <source>{} 不是本插件生成的核查数据（缺少 {} 或 patches），无法对应到发出的任务包。</source>
      <translation>{} is not field data made by this plugin (no {} or patches); it cannot be matched to a package sent.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="350" />
      <source>{} 不能{}：需要管理员角色（wpzf_admin）</source>
      <translation>{} may not {}: that needs the admin role (wpzf_admin)</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="288" />
      <source>{} 个图斑已有判定，其批准文号（PZWH）保持人工填写的内容。</source>
      <translation>{} patches are already judged; their approval numbers (PZWH) keep the manually entered values.</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="387" />
      <source>{} 个图斑有部分不在地类图层范围内（DLWFGMJ），其三大类面积之和小于图斑面积，请补充地类数据后重新套合：{}</source>
      <translation>{} patches lie partly outside the land-use layer (DLWFGMJ), so their three main land classes add up to less than the patch area. Complete the land-use data and run the overlay again: {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="86" />
      <source>{} 个图斑没有乡镇（请先运行套合分析），未发出：{}</source>
      <translation>{} patches have no township (run the overlay first) and were not sent: {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="178" />
      <source>{} 个图斑没有前/后时相（QSX/HSX），这些图斑的批准、许可等未按有效期筛选：{}</source>
      <translation>{} patches have no before/after imagery date (QSX/HSX); their approvals, permits etc. were not checked against their terms: {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="175" />
      <source>{} 个图斑的时相日期无法识别，该时相不作有效期筛选：{}</source>
      <translation>{} patches have an imagery date that cannot be read; that date is not used for the validity check: {}</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="216" />
      <source>{} 个子图斑与涉军用地子图斑同属一个原图斑，按原图斑一行报送时一并留出（{}）。</source>
      <translation>{} parts belong to the same patch as a part on military land and are held back with it, as the submission writes one row per issued patch ({}).</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="279" />
      <source>{} 个子图斑之和</source>
      <translation>sum of {} parts</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="396" />
      <source>{} 个字段值无法按报送格式写出，导出已停止（未写任何文件）：</source>
      <translation>{} field values cannot be written in the submission format; export stopped (no file written):</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="213" />
      <source>{} 个涉军用地图斑未放入成果包（{}），请用“军用土地登记表”单独报送。</source>
      <translation>{} military land patches were left out of the package ({}); submit them separately with the “Military land register”.</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="308" />
      <source>{} 个非 JPEG 图片未读取（{}），请转换为 JPEG 后重新关联照片</source>
      <translation>{} images that are not JPEG were not read ({}); convert them to JPEG and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="463" />
      <source>{} 个，子图斑 {} 个（见“拆分图斑”表）</source>
      <translation>{}, with {} parts (see the sheet “Split patches”)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="285" />
      <source>{} 中找不到列“{}”，无法读取。请使用下发的任务表填写后返回。</source>
      <translation>{} has no column “{}” and cannot be read. Fill in the task list that was sent and return it.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="135" />
      <source>{} 中有多份核查任务表或核查数据：{}。请只保留要导入的一份，或直接选择那个文件。</source>
      <translation>{} holds several task lists or field data files: {}. Keep only the one to import, or choose that file directly.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="138" />
      <source>{} 中没有找到核查任务表（.xlsx）或核查数据（核查数据.gpkg）。</source>
      <translation>No task list (.xlsx) or field data (核查数据.gpkg) found in {}.</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="81" />
      <source>{} 也关联了 {}</source>
      <translation>{} is also linked to {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="99" />
      <source>{} 亩大于图斑面积 {} 亩，请重新套合</source>
      <translation>{} mu is more than the patch area {} mu: run the overlay again</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="78" />
      <source>{} 任务包 {}：返回 {} 个图斑，写入 {} 个值，冲突 {} 处（待在判定面板处理），有问题未导入 {} 个图斑；新照片 {} 张（其中 {} 张无 GPS、按 QField 记录关联），已有（SHA-256 相同）{} 张，未接收的文件 {} 个。</source>
      <translation>{} package {}: {} patches returned, {} values written, {} conflicts (to resolve in the judgment dock), {} patches with problems not imported; {} new photos ({} without GPS, linked as recorded in QField), {} already held (same SHA-256), {} files not taken.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="173" />
      <source>{} 卫片图斑实地核查</source>
      <translation>{} field check of satellite patches</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="169" />
      <source>{} 卫片图斑实地核查任务包 {}</source>
      <translation>{} field check package {} (satellite patches)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="79" />
      <source>{} 卫片图斑实地核查任务表（任务包 {}）</source>
      <translation>{} field check task list of satellite patches (package {})</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="229" />
      <source>{} 卫片执法 · 一图斑一卷宗 · 生成于 {} · WPZF {}</source>
      <translation>{} satellite enforcement · one dossier per patch · generated {} · WPZF {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="347" />
      <source>{} 只能查看，不能保存判定、照片和附件（需要技术员角色 wpzf_technician）</source>
      <translation>{} may only view: saving judgments, photos and attachments needs the technician role (wpzf_technician)</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="100" />
      <source>{} 图斑</source>
      <translation>{} patches</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="166" />
      <source>{} 声明属性编码为 UTF-8，但 .dbf 中的文字不是 UTF-8，而是 GBK/GB18030 编码：按 .cpg 读取会把中文变成乱码并永久存入工作库。请在“属性编码”参数（ENCODING）中选择 GBK 后重新导入，或把 .cpg 文件内容改为 GBK（或删除 .cpg）。</source>
      <translation>{} declares the attribute encoding UTF-8, but the text in the .dbf is not UTF-8 but GBK/GB18030: reading it as the .cpg says would turn the Chinese into garbage and store it in the work package for good. Choose GBK in the attribute encoding parameter (ENCODING) and import again, or change the .cpg content to GBK (or delete the .cpg).</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="170" />
      <source>{} 声明属性编码为 {}，但 .dbf 中的文字是 UTF-8 编码：按 .cpg 读取会把中文变成乱码并永久存入工作库。请在“属性编码”参数（ENCODING）中选择 UTF-8 后重新导入，或把 .cpg 文件内容改为 UTF-8。</source>
      <translation>{} declares the attribute encoding {}, but the text in the .dbf is UTF-8: reading it as the .cpg says would turn the Chinese into garbage and store it in the work package for good. Choose UTF-8 in the attribute encoding parameter (ENCODING) and import again, or change the .cpg content to UTF-8.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_dialog.py" line="72" />
      <source>{} 处冲突：乡镇返回的值与本县在任务包发出后所改的值不同，工作库中保留的是本县现值。选中后决定采用哪一个。</source>
      <translation>{} conflict(s): the township returned a value different from the one the county changed after the package went out; the work package keeps the county's value. Select rows and decide which one to take.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="208" />
      <source>{} 完成</source>
      <translation>{} finished</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="63" />
      <source>{} 实地核查图斑位置图</source>
      <translation>{} field check: patch locations</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="91" />
      <source>{} 张照片方位角相差不足 {}°，应从不同方向拍摄</source>
      <translation>The azimuths of {} photos differ by less than {}°: take them from different directions</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="494" />
      <source>{} 张（{} 至 {}）</source>
      <translation>{} photos ({} to {})</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="58" />
      <source>{} 张（至少 {} 张）</source>
      <translation>{} (at least {})</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="220" />
      <location filename="../core/store/workpackage.py" line="361" />
      <source>{} 是子图斑，不能再拆分；请先合并回原图斑，再重新拆分。</source>
      <translation>{} is a part and cannot be split again; merge it back into its patch first, then split anew.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="435" />
      <source>{} 由 {} 导入：写入 {} 个值，冲突 {} 处</source>
      <translation>{} imported by {}: {} values written, {} conflicts</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="54" />
      <source>{} 的值 {} 不是 是/否（请填 1 或 0）</source>
      <translation>{}: value {} is not yes/no (enter 1 or 0)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="54" />
      <source>{} 的值 {} 无效（{}）</source>
      <translation>{}: value {} is invalid ({})</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="259" />
      <source>{} 的图层 patches 缺少字段 {}，无法对应到发出的图斑。</source>
      <translation>The layer patches of {} lacks the field {}; it cannot be matched to the patches sent.</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="273" />
      <source>{} 第 {} 页合并后显示不一致</source>
      <translation>{}: page {} does not look the same after merging</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="310" />
      <source>{} 返回的任务包 {} 有 {} 处问题，未导入任何内容（工作库未改动）。请乡镇改正后重新返回，或选择“只导入无问题的图斑”：</source>
      <translation>The package {1} returned by {0} has {2} problems; nothing was imported (the work package is unchanged). Have the township correct them and return it again, or choose “import only the patches without problems”:</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="940" />
      <source>{} 重新下发（批次 {}）：{}</source>
      <translation>{} issued again (batch {}): {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="76" />
      <source>{}(亩)</source>
      <translation>{} (mu)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="97" />
      <source>{}-{} 批次月核期限 {} 已过，仍有 {} 个严重问题未整改</source>
      <translation>Batch {}-{}: monthly verification deadline {} passed with {} severe problems open</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="95" />
      <source>{}-{} 批次月清期限 {} 已过 {} 天，图斑尚未确认（当前状态：{}）</source>
      <translation>Batch {}-{}: monthly deadline {} passed {} days ago, patch not confirmed (state: {})</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="96" />
      <source>{}-{} 批次月清期限 {} 还有 {} 天，图斑尚未确认（当前状态：{}）</source>
      <translation>Batch {}-{}: monthly deadline {} in {} days, patch not confirmed (state: {})</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="100" />
      <source>{}{}个（{}亩）</source>
      <translation>{} {} ({} mu)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="130" />
      <location filename="../core/reports/review.py" line="135" />
      <source>{}{}卫片执法工作季度小结</source>
      <translation>{} {} satellite enforcement quarterly review</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="185" />
      <source>{}{}卫片执法工作报告</source>
      <translation>{} {} satellite enforcement work report</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="345" />
      <source>{}　　第 {} 页 / 共 {} 页</source>
      <translation>{}    Page {} of {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="93" />
      <source>{}。原判定“{}”针对旧的下发数据，请按新图形复核后重新确认核查状态</source>
      <translation>{}. The judgment "{}" was made on the old issued data: check it against the new shape and set the state again</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="93" />
      <source>{}。套合结果已按旧图形清空，请重新运行套合分析</source>
      <translation>{}. The overlay results of the old shape were cleared: run the overlay again</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="129" />
      <source>{}。建议：{}。拟发：{}。</source>
      <translation>{}. Recommended: {}. Letter proposed: {}.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="94" />
      <source>{}。请核对后重新确认核查状态</source>
      <translation>{}. Check it and set the state again</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="51" />
      <source>{}军用土地登记表（{}）</source>
      <translation>{} military land register ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="139" />
      <source>{}前完成{}</source>
      <translation>{1} by {0}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="109" />
      <source>{}占用耕地 {} 亩</source>
      <translation>{} on {} mu of farmland</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="64" />
      <source>{}卫片办〔{}〕{}号</source>
      <translation>{} Satellite Enforcement Office [{}] No. {}</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="56" />
      <source>{}卫片执法工作领导小组办公室</source>
      <translation>Office of the {} Satellite Enforcement Leading Group</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="292" />
      <source>{}卫片执法挂图作战图 · {}</source>
      <translation>{} satellite enforcement battle map · {}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="212" />
      <source>{}卫片执法通报（{}）</source>
      <translation>{} satellite enforcement bulletin ({})</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="73" />
      <source>{}图层 {} 无法读取。请确认文件完整后重试。</source>
      <translation>The {} layer {} cannot be read. Check that the file is complete and try again.</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="160" />
      <source>{}图层“{}”没有坐标参考系（缺少 .prj）。请在图层属性中设置正确的 CRS 后重试。</source>
      <translation>{} layer “{}” has no coordinate reference system (missing .prj). Set the correct CRS in the layer properties and try again.</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="105" />
      <source>{}图层“{}”没有字段 {}。现有字段：{}。请选择正确的字段。</source>
      <translation>{} layer “{}” has no field {}. Existing fields: {}. Choose the correct field.</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="158" />
      <source>{}图层无法读取：{}</source>
      <translation>{} layer cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="264" />
      <source>{}图层有 {} 个要素的日期无法识别（可用日期字段、YYYY-MM-DD、YYYY/M/D 或 YYYYMMDD），这些要素按在有效期内计入，请核实：{}</source>
      <translation>{} layer: {} features have a date that cannot be read (use a Date field, YYYY-MM-DD, YYYY/M/D or YYYYMMDD); these features count as valid, please check: {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="266" />
      <source>{}填的是“{}”，{}填的是“{}”，两者不一致；请核实后只在一处填写</source>
      <translation>the {} says “{}”, the {} says “{}”: they disagree; check and fill it in one place only</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/tracking.py" line="66" />
      <source>{}实地核查返回（任务包 {}，{} 发出）：{}/{} 个图斑未返回</source>
      <translation>{} field check return (package {}, sent {}): {}/{} patches not back</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="210" />
      <location filename="../core/reports/bulletin.py" line="214" />
      <location filename="../core/reports/review.py" line="136" />
      <source>{}年1月至{}下发的各批次图斑</source>
      <translation>Patches of all batches issued from January {} to {}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="115" />
      <source>{}年1月至{}，上级共下发监测图斑{}个，面积{}亩。经实地核查、内业举证和集体会审，{}。</source>
      <translation>From January {} to {}, the higher authorities issued {} monitoring patches covering {} mu. After field verification, office evidence collection and collective review: {}.</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="257" />
      <source>{}按有效期筛选（起始日期字段 {}，截止日期字段 {}）：{} 个图斑有不在有效期内的要素，未计入面积和编号（见套合说明 THBZ）</source>
      <translation>{} checked against validity terms (start date field {}, end date field {}): {} patches have features outside their term, left out of the areas and numbers (see THBZ)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="102" />
      <source>{}条严重问题须在下一次“月核”前整改完毕，整改结果报县卫片办。</source>
      <translation>{} severe problems must be rectified before the next monthly check, and the results reported to the county Satellite Enforcement Office.</translation>
    </message>
    <message>
      <location filename="../core/overlay/values.py" line="223" />
      <source>{}编号共 {} 个，字段只容纳前几个</source>
      <translation>{} numbers: {} in total, the field holds only the first few</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="105" />
      <source>{}范围内 {} 亩可拆分判定为{}/{}；范围外 {} 亩按下列规则预判（本预判针对范围外部分）</source>
      <translation>{1} mu inside the {0} area could be split off as {2}/{3}; the {4} mu outside are judged by the rules below (this suggestion is for the part outside)</translation>
    </message>
    <message>
      <location filename="../core/overlay/measure.py" line="265" />
      <source>{}要素 fid={}{}：几何无效（{}），已自动修复后参与套合（面积 {:.2f} → {:.2f} 平方米）</source>
      <translation>{} feature fid={}{}: invalid geometry ({}), repaired automatically and used in the overlay (area {:.2f} → {:.2f} m²)</translation>
    </message>
    <message>
      <location filename="../core/overlay/measure.py" line="261" />
      <source>{}要素 fid={}{}：几何无效（{}），无法修复，未参与套合，请在原数据中修正</source>
      <translation>{} feature fid={}{}: invalid geometry ({}) that cannot be repaired; left out of the overlay. Fix it in the source data</translation>
    </message>
    <message>
      <location filename="../core/overlay/values.py" line="136" />
      <source>{}要素 fid={}：田坎扣除 KCXS={} KCMJ={} TBMJ={} 不在 0–1 之间，未扣除，请核对</source>
      <translation>{} feature fid={}: field-ridge deduction KCXS={} KCMJ={} TBMJ={} is not between 0 and 1; not deducted, please check</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="102" />
      <source>{}覆盖 {}，实际用地在范围内</source>
      <translation>{} covers {}: the land used lies inside</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="104" />
      <source>{}覆盖 {}，未覆盖 {} 亩（超过拆分容差 {} 亩）需拆分后另行判定</source>
      <translation>{} covers {}; {} mu uncovered (more than the split tolerance of {} mu): split and judge that part on its own</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="103" />
      <source>{}覆盖 {}，未覆盖 {} 亩，不超过拆分容差 {} 亩（{}），按数字化误差处理</source>
      <translation>{} covers {}; {} mu uncovered, within the split tolerance of {} mu ({}): taken as a digitising error</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="143" />
      <source>{}（{}亩，{}）</source>
      <translation>{} ({} mu, {})</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="125" />
      <source>{}（{}）</source>
      <translation>{} ({})</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="403" />
      <source>{}（乡镇核查）</source>
      <translation>{} (township field check)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="104" />
      <source>{}（前移{}位）</source>
      <translation>{} (up {} places)</translation>
    </message>
    <message>
      <location filename="../core/export/ledger.py" line="129" />
      <source>{}（拆分图斑及其子图斑）</source>
      <translation>{} (split patches and their parts)</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="355" />
      <location filename="../core/export/package.py" line="552" />
      <source>{}（未放入成果包）</source>
      <translation>{} (left out of the submission package)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="96" />
      <source>{}（违法占用耕地{}亩，比例{}）</source>
      <translation>{} (illegal farmland {} mu, ratio {})</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/conflicts.py" line="105" />
      <source>{}（采用{}乡镇核查值）</source>
      <translation>{} (took the field check value of {})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="94" />
      <source>{}，排名前列的乡镇是：{}。</source>
      <translation>{}; the townships at the top are: {}.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="179" />
      <source>{}：JCBH 为空。请补填监测编号后重新导入。</source>
      <translation>{}: JCBH is empty. Fill in the patch number and import again.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="418" />
      <source>{}：{:.2f} 亩</source>
      <translation>{}: {:.2f} mu</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="295" />
      <source>{}：{}</source>
      <translation>{}: {}</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="330" />
      <source>{}：{} 亩，预判 {}</source>
      <translation>{}: {} mu, pre-judged {}</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="44" />
      <source>{}：{} 行</source>
      <translation>{}: {} rows</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="198" />
      <source>{}：{} 页</source>
      <translation>{}: {} pages</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="69" />
      <source>{}：{}（SHA-256 {}）</source>
      <translation>{}: {} (SHA-256 {})</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="145" />
      <source>{}：{}；QField 项目中没有底图影像。</source>
      <translation>{}: {}; the QField project has no background imagery.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="91" />
      <source>{}：与工作库中的照片 {} 内容相同（SHA-256），未重复导入</source>
      <translation>{}: the same content (SHA-256) as photo {} in the work package; not imported again</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="546" />
      <source>{}：文件损坏或不是 JPEG（{}）</source>
      <translation>{}: file damaged or not a JPEG ({})</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="294" />
      <source>{}：文件损坏或不是 JPEG（{}），已记录未关联</source>
      <translation>{}: file damaged or not a JPEG ({}); recorded, not linked</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="301" />
      <source>{}：是 {} 图片，不是 JPEG，未读取；请转换为 JPEG（或在手机相机设置中选“兼容性最佳”格式拍摄）后重新关联照片</source>
      <translation>{}: a {} image, not a JPEG, not read; convert it to JPEG (or set the phone camera to "Most Compatible") and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="565" />
      <source>{}：没有 GPS 坐标，已入库但未关联</source>
      <translation>{}: no GPS position; stored but not linked</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="293" />
      <source>{}：没有 GPS 坐标，已入库但未关联，请在判定面板中手动关联</source>
      <translation>{}: no GPS position; stored but not linked. Link it manually in the judgment panel</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="139" />
      <source>{}：沿用工作库记录的图层 {}</source>
      <translation>{}: using the layer recorded in the work package, {}</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="292" />
      <source>{}：超出关联距离，{}</source>
      <translation>{}: beyond the linking distance, {}</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="949" />
      <source>{}；已拆分的子图斑保持原样，请核对拆分是否仍与新图形相符</source>
      <translation>{}; the parts are kept as they were cut: check that the split still fits the new outline</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="209" />
      <source>·成果数据表</source>
      <translation> · data tables</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="331" />
      <source>“{}”不在判定表单中，不能在这里恢复</source>
      <translation>"{}" is not a field of the judgment form and cannot be restored here</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1088" />
      <source>“{}”不能恢复为“{}”：{}</source>
      <translation>"{}" cannot be restored to "{}": {}</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="57" />
      <source>“{}”包含 {} 个图层：{}。请指定要导入的图层：在 QGIS 中加载该图层后在对话框中选择它，或把输入写成“文件路径|layername=图层名”。</source>
      <translation>“{}” holds {} layers: {}. Say which layer to import: load it in QGIS and choose it in the dialog, or give the input as “path|layername=layer name”.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1093" />
      <source>“{}”已经是“{}”</source>
      <translation>"{}" already is "{}"</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="67" />
      <source>“{}”是一个文件夹，不是图层，其中也没有 .shp 或 .gpkg 文件。请选择下发的监测图斑文件（.shp 或 .gpkg）。</source>
      <translation>“{}” is a folder, not a layer, and holds no .shp or .gpkg file. Choose the file of issued monitoring patches (.shp or .gpkg).</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="69" />
      <source>“{}”是一个文件夹，不是图层；其中有：{}。请选择其中要导入的一个文件（如某个 .shp）作为输入。</source>
      <translation>“{}” is a folder, not a layer; it holds: {}. Choose the one file to import (e.g. one .shp) as input.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="137" />
      <source>“{}”没有几何图形（不是面图层，可能是 CSV/Excel 表格）。监测图斑应为带图形的面图层（.shp 或 .gpkg）；请选择下发的图斑文件。</source>
      <translation>“{}” has no geometry (it is not a polygon layer; perhaps a CSV/Excel table). Issued patches are a polygon layer with geometry (.shp or .gpkg); choose the issued patch file.</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="309" />
      <source>“{}”的“{}”（{}）</source>
      <translation>"{}" value "{}" ({})</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="195" />
      <source>“，”后正好三位数字，可能是千位分隔：请写成 {} 或 {}</source>
      <translation>Exactly three digits after "，" may be a thousands group: write {} or {}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="143" />
      <location filename="../core/reports/bulletin.py" line="96" />
      <location filename="../core/reports/bulletin.py" line="104" />
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="114" />
      <source>一、图斑下发与核查判定情况</source>
      <translation>1. Patches issued, verified and judged</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="61" />
      <source>一、基本情况</source>
      <translation>1. Overview</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="65" />
      <source>一、总体情况</source>
      <translation>1. Overall situation</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="125" />
      <source>三、查处整改情况</source>
      <translation>3. Enforcement and rectification</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="75" />
      <source>三、查处整改是否真实</source>
      <translation>3. Is enforcement and rectification genuine</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="121" />
      <source>三、警示提醒和监督建议</source>
      <translation>III. Warnings and supervision recommendations</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="231" />
      <source>上一个图斑（{}）</source>
      <translation>Previous patch ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="84" />
      <source>上升</source>
      <translation>up</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="215" />
      <source>上期</source>
      <translation>Previous period</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="232" />
      <source>下一个图斑（{}）</source>
      <translation>Next patch ({})</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="53" />
      <source>下发信息</source>
      <translation>Issued data</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="70" />
      <source>下发变化类型为{}（{}），判定为实地未变化（误检）需举证：{}</source>
      <translation>Issued change type {} ({}); judged as no real change (false detection), which needs: {}</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="110" />
      <source>下发面积(平方米)</source>
      <translation>Issued area (m²)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="84" />
      <source>下降</source>
      <translation>down</translation>
    </message>
    <message>
      <location filename="../core/overlay/values.py" line="244" />
      <source>不在乡镇界内</source>
      <translation>outside the township boundaries</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="107" />
      <source>不在可选值中，请从下拉列表选择：{}</source>
      <translation>not one of the allowed values; choose from the drop-down list: {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="929" />
      <source>不完整</source>
      <translation>incomplete</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="248" />
      <source>不是 GeoPackage</source>
      <translation>not a GeoPackage</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="144" />
      <source>不是 JPEG 图片</source>
      <translation>not a JPEG image</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="506" />
      <source>不是 JPG 照片，未导入（视频、PNG、HEIC 等请转为 JPG 或另行报送）</source>
      <translation>not a JPG photo; not imported (convert videos, PNG, HEIC and the like to JPG or hand them in separately)</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="120" />
      <source>不是 PDF 文件</source>
      <translation>not a PDF file</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="328" />
      <location filename="../ui/texts.py" line="39" />
      <source>不是数字</source>
      <translation>is not a number</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="81" />
      <source>不是数字（只能填数字和小数点，如 1.25；不要写单位、逗号或句号），请填写以亩为单位的面积</source>
      <translation>not a number (digits and a decimal point only, such as 1.25; no unit, comma or full stop); write the area in mu</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="75" />
      <source>不是数字，请填写以亩为单位的面积</source>
      <translation>not a number; write the area in mu</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="330" />
      <source>不是整数</source>
      <translation>is not an integer</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="57" />
      <location filename="../core/fieldwork/values.py" line="60" />
      <source>不是日期，请填写如 2022-06-15 的日期</source>
      <translation>not a date; write a date such as 2022-06-15</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="222" />
      <source>不是日期：请写 YYYY-MM-DD，如 2022-03-15</source>
      <translation>Not a date: write YYYY-MM-DD, e.g. 2022-03-15</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="106" />
      <location filename="../core/store/attachments.py" line="112" />
      <source>不是普通文件（文件夹、设备或管道），请选择文件本身</source>
      <translation>it is not a regular file (a folder, device or pipe); choose the file itself</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="79" />
      <source>不是普通文件（设备、管道或文件夹），未读取；请放入照片文件本身后重新关联照片</source>
      <translation>Not a regular file (device, pipe or folder), not read; put the photo file itself there and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="65" />
      <source>不是有效日期，请填写如 2022-06-15 的日期</source>
      <translation>not a valid date; write a date such as 2022-06-15</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="84" />
      <source>不是有限数值</source>
      <translation>not a finite number</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="171" />
      <source>不用 GIS：打印“图斑位置图.pdf”到现场核查，在“{}”中填写黄色列。</source>
      <translation>Without GIS: print “图斑位置图.pdf” for the field visit and fill the yellow columns of “{}”.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="39" />
      <source>不能为负</source>
      <translation>must not be negative</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="170" />
      <source>不超过 {} 个字</source>
      <translation>At most {} characters</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="269" />
      <source>与卷宗合并失败，未并入</source>
      <translation>merging with the dossier failed, not appended</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="71" />
      <source>与数据库的连接中断，本次修改没有保存（数据库已自动撤销未完成的事务，工作库 {} 保持修改前的状态）。请检查网络和数据库服务器后重试。（{}）</source>
      <translation>The connection to the database was lost; this change was not saved (the database rolled back the unfinished transaction, work package {} is as it was before). Check the network and the database server, then try again. ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="126" />
      <location filename="../ui/texts.py" line="32" />
      <source>严重</source>
      <translation>Severe</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="459" />
      <source>严重 {}、警告 {}、提示 {}</source>
      <translation>severe {}, warnings {}, notes {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>严重程度</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <location filename="../core/judging.py" line="134" />
      <source>个</source>
      <translation>count</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="73" />
      <source>中心点经纬度</source>
      <translation>Centre (lon, lat)</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="44" />
      <location filename="../core/overlay/validity.py" line="139" />
      <location filename="../ui/texts.py" line="20" />
      <source>临时用地</source>
      <translation>Temporary land use</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="39" />
      <source>临时用地批准</source>
      <translation>Temporary land approval</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="118" />
      <source>临时用地期限至</source>
      <translation>Temporary land valid until</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="78" />
      <source>临时用地期限至 {}，已过期（检查日 {}）：逾期未恢复原状的不再属于其他用地，应督促复垦或判为违法</source>
      <translation>Temporary land valid until {}, expired (checked {}): land not restored after its term is no longer other use; have it restored or judge it illegal</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="129" />
      <source>临时用地范围内</source>
      <translation>inside temporary land</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="117" />
      <source>临时用地面积(亩)</source>
      <translation>Temporary land (mu)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="928" />
      <source>举证完整性：{}</source>
      <translation>Evidence completeness: {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="34" />
      <source>举证材料</source>
      <translation>Evidence documents</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="81" />
      <source>举证材料存在问题的图斑{}个，问题{}条。</source>
      <translation>{} patches have evidence problems, {} problems in total.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="41" />
      <source>举证材料问题汇总</source>
      <translation>Evidence problems summary</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="667" />
      <location filename="../ui/map_view.py" line="123" />
      <source>举证照片</source>
      <translation>Evidence photos</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.py" line="37" />
      <source>举证照片 {}</source>
      <translation>Evidence photo {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="430" />
      <source>举证照片（{} 张）</source>
      <translation>Evidence photos ({})</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="431" />
      <source>举证照片（共 {} 张，列入前 {} 张）</source>
      <translation>Field photos ({} in all, the first {} shown)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="41" />
      <source>举证问题</source>
      <translation>Evidence problems</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" line="94" />
      <source>也可以是 service=… 之类的 libpq 连接串。密码不会保存在项目中。</source>
      <translation>A libpq connection string such as service=… works too. The password is never saved in the project.</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <location filename="../core/dossier/build.py" line="533" />
      <location filename="../ui/conflicts_dialog.py" line="36" />
      <source>乡镇</source>
      <translation>Township</translation>
    </message>
    <message>
      <location filename="../core/reports/interviews.py" line="37" />
      <source>乡镇 {} 不在工作库中（可填代码或名称：{}）。</source>
      <translation>Township {} is not in the work package (code or name, one of: {}).</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/selection.py" line="53" />
      <source>乡镇 {} 没有需要核查的图斑（都已填报或确认，且违法图斑均已整改）。如仍要发出，请勾选“包含该乡镇的全部图斑”。</source>
      <translation>Township {} has no patch to check (all filled in or confirmed, and every illegal patch rectified). To send them anyway, tick “include every patch of the township”.</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="118" />
      <source>乡镇代码</source>
      <translation>Township code</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="118" />
      <source>乡镇名称</source>
      <translation>Township name</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="37" />
      <source>乡镇审核情况</source>
      <translation>Township review</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="197" />
      <source>乡镇排名</source>
      <translation>Township ranking</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="166" />
      <source>乡镇排名：{}。{}</source>
      <translation>Township ranking: {}. {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="44" />
      <location filename="../core/reports/atlas.py" line="273" />
      <source>乡镇界</source>
      <translation>Township boundaries</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="82" />
      <source>乡镇界图层 {} 没有字段 {}（现有字段：{}）。</source>
      <translation>Township boundary layer {} has no field {} (existing fields: {}).</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_dialog.py" line="37" />
      <source>乡镇返回</source>
      <translation>Township returned</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_dialog.py" line="30" />
      <source>乡镇返回冲突</source>
      <translation>Township return conflicts</translation>
    </message>
    <message>
      <location filename="../ui/deadline_panel.py" line="76" />
      <source>乡镇返回冲突 {} 处，点此处理…</source>
      <translation>{} township return conflict(s): click to resolve…</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="164" />
      <source>乡镇面积阈值 {} 亩（{}）。</source>
      <translation>Township area threshold {} mu ({}).</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="220" />
      <source>乡镇面积阈值、排名依据、比例警戒线、整改月数和发函条件为本县规定，见“本县规定”表</source>
      <translation>The township area threshold, ranking basis, ratio warning line, rectification months and letter rules are county rules; see the sheet "本县规定"</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="213" />
      <source>乡镇面积阈值、排名依据和比例警戒线为本县规定，见“本县规定”表</source>
      <translation>The township area threshold, ranking basis and ratio warning line are county rules; see the sheet "本县规定"</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="19" />
      <source>乱占耕地建房</source>
      <translation>Housing on farmland</translation>
    </message>
    <message>
      <location filename="../ui/deadline_panel.py" line="28" />
      <source>事项</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="90" />
      <source>二、各乡镇排名情况</source>
      <translation>2. Township ranking</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="69" />
      <source>二、图斑定性是否准确</source>
      <translation>2. Are patches classified correctly</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="120" />
      <source>二、违法用地情况</source>
      <translation>2. Illegal land use</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="148" />
      <source>五、增违挂钩情况</source>
      <translation>5. Quota–violation linkage</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="85" />
      <source>五、数据信息是否准确规范</source>
      <translation>5. Are the data accurate and standard</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="310" />
      <source>交叉引用流</source>
      <translation>cross-reference stream</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="191" />
      <location filename="../core/reports/bulletin.py" line="166" />
      <location filename="../ui/judgment_form.py" line="85" />
      <source>亩</source>
      <translation>mu</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="219" />
      <source>亩（1亩 = 2000/3 平方米），表中显示两位小数，单元格保留全精度</source>
      <translation>mu (1 mu = 2000/3 m²); tables show two decimals, cells keep full precision</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="458" />
      <source>亩（保留两位小数，四舍五入）</source>
      <translation>mu (rounded to two decimals)</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="363" />
      <source>仅列出前 {} 个界址点，完整坐标见报送 shapefile。</source>
      <translation>Only the first {} boundary points are listed; see the submitted shapefile for all coordinates.</translation>
    </message>
    <message>
      <location filename="../ui/deadline_panel.py" line="68" />
      <source>今天 {}：{} 个图斑超过月清期限仍未确认；下一次月核 {}；本季度末 {}。</source>
      <translation>Today {}: {} patches past the monthly clearance deadline and not confirmed; next monthly verification {}; quarter end {}.</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="192" />
      <source>从工作库删除图斑 {} 的附件“{}”（{}）？删除后只能重新添加原文件。</source>
      <translation>Delete attachment "{1}" ({2}) of patch {0} from the work package? Afterwards it can only be added again from the original file.</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="103" />
      <source>从工作库删除所选附件（记入变更记录）</source>
      <translation>Delete the selected attachment from the work package (recorded in the history)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="126" />
      <source>以下{}个乡镇触及警戒线。按本县发函条件（本县规定），{}。请有关乡（镇）限期整改并书面报告整改情况：</source>
      <translation>The following {} townships crossed a warning line. By the county's letter rules (county rule), {}. The townships concerned are to rectify within the time limit and report in writing:</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="74" />
      <source>以我的为准再次保存</source>
      <translation>Save mine again</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="64" />
      <source>任务包 {} · 第 {}/{} 个</source>
      <translation>Package {} · {}/{}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="339" />
      <source>任务包 {} 不是从这个工作库发出的（工作库中没有它的发出记录），未导入。请确认选择了正确的工作库。</source>
      <translation>Package {} was not sent from this work package (it holds no record of sending it); not imported. Check that you chose the right work package.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="184" />
      <source>任务包：{}；乡镇：{} {}；发出：{}；请于 {} 前返回。</source>
      <translation>Package: {}; township: {} {}; sent: {}; return by {}.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="298" />
      <source>任务表</source>
      <translation>task list</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="334" />
      <source>任务表和核查数据来自不同的任务包（{}），请分别导入。</source>
      <translation>The task list and the field data come from different packages ({}); import them separately.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="238" />
      <source>任务表缺少这些列：{}（列标题被改动或删除），这些列的内容无法读取</source>
      <translation>the task list lacks these columns: {} (headers changed or deleted); their contents cannot be read</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="50" />
      <source>会审与核查</source>
      <translation>Review and checks</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="131" />
      <source>会审日期</source>
      <translation>Review date</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="62" />
      <source>会审日期“{}”无法识别（应为 YYYY-MM-DD）</source>
      <translation>Review date "{}" cannot be read (use YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="131" />
      <source>会审纪要编号</source>
      <translation>Review minutes no.</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="131" />
      <source>会审结果</source>
      <translation>Review result</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="102" />
      <source>位于采矿许可范围内 {} 亩，但变化类型为{}，不能据采矿许可判合法</source>
      <translation>{} mu inside a mining permit, but the change type is {}: the permit does not make it legal</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="192" />
      <source>位置</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="80" />
      <source>作为{}的图层“{}”就是监测图斑本身（{}），套合结果会是 100%。请选择{}图层。</source>
      <translation>The layer “{1}” given as {0} is the monitoring patches themselves ({2}): every patch would measure 100%. Choose the {3} layer.</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="77" />
      <source>作为{}的图层“{}”是{}图层（{}），套合只能用面图层，否则面积全为 0。请选择{}的面图层。</source>
      <translation>The layer “{1}” given as {0} is a {2} layer ({3}); the overlay needs polygons, otherwise every area is 0. Choose the polygon layer of {4}.</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="46" />
      <source>你的值</source>
      <translation>Your value</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="19" />
      <source>供地</source>
      <translation>Land supply</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="90" />
      <source>依据</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="39" />
      <source>保存冲突：图斑 {}</source>
      <translation>Save conflict: patch {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="332" />
      <source>保存本图斑的修改（{}），每个字段的变化记入历史</source>
      <translation>Save this patch's changes ({}); every changed field goes into the history</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_dialog.py" line="45" />
      <source>保留本县现值</source>
      <translation>Keep the county's value</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="52" />
      <source>值 {} 不是“是/否”（请填 1 或 0）</source>
      <translation>value {} is not yes/no (enter 1 or 0)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="51" />
      <source>值 {} 不是数字，请改为以亩为单位的数值</source>
      <translation>value {} is not a number; enter the area in mu</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="51" />
      <source>值 {} 不是有限数值</source>
      <translation>value {} is not a finite number</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="41" />
      <source>值“{}”</source>
      <translation>value “{}”</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="280" />
      <source>值无效</source>
      <translation>Invalid value</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>光伏</source>
      <translation>Photovoltaic</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="106" />
      <source>光伏占用耕地 {} 亩，不属于不改变原用地性质的光伏用地</source>
      <translation>Photovoltaic on {} mu of farmland: it changes the land use</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="20" />
      <source>光伏用地</source>
      <translation>Photovoltaic</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="25" />
      <location filename="../core/reports/review.py" line="24" />
      <source>全县合计</source>
      <translation>County total</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="52" />
      <location filename="../core/reports/bulletin.py" line="187" />
      <source>全县违法占用耕地比例逐月变化</source>
      <translation>Monthly county illegal cultivated land ratio</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="169" />
      <source>全县违法占用耕地比例逐月变化（%）</source>
      <translation>Monthly county illegal cultivated land ratio (%)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="65" />
      <source>全县（{}）</source>
      <translation>County ({})</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="97" />
      <source>全县：{} 期限 {}，还有 {} 天</source>
      <translation>County: {} due {}, in {} days</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="183" />
      <source>全年</source>
      <translation>Full year</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="528" />
      <location filename="../core/dossier/build.py" line="528" />
      <location filename="../core/export/package.py" line="113" />
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="672" />
      <source>全部乡镇</source>
      <translation>All townships</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="673" />
      <source>全部判定</source>
      <translation>All judgments</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="276" />
      <location filename="../core/reports/military.py" line="46" />
      <location filename="../ui/dock.py" line="672" />
      <source>全部批次</source>
      <translation>All batches</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="673" />
      <source>全部标识</source>
      <translation>All flags</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="672" />
      <source>全部状态</source>
      <translation>All states</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="155" />
      <source>六、存在问题和下步打算</source>
      <translation>6. Problems and next steps</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="90" />
      <source>六、审核意见</source>
      <translation>6. Review opinions</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="51" />
      <source>共 {} 条，此处列出前 {} 条，完整清单见同名 Excel。</source>
      <translation>{} in total; the first {} are listed here, see the Excel file of the same name for the full list.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="176" />
      <source>关于{}全县卫片执法工作进展情况的通报</source>
      <translation>Bulletin on the county's satellite enforcement progress, {}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="107" />
      <location filename="../plugin.py" line="169" />
      <source>关于卫片执法</source>
      <translation>About WPZF</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="280" />
      <source>关联 {} 张，超出距离未关联 {} 张，无 GPS {} 张，GPS 异常 {} 张，损坏 {} 个，未读取 {} 个，重复 {} 张，已存在未变 {} 张</source>
      <translation>{} linked, {} too far to link, {} without GPS, {} with faulty GPS, {} corrupt, {} not read, {} duplicates, {} already stored and unchanged</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="120" />
      <source>关联举证照片</source>
      <translation>Link evidence photos</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="458" />
      <location filename="../ui/history_panel.py" line="17" />
      <source>关联照片</source>
      <translation>Link photos</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="440" />
      <source>关联距离不能为负：{}</source>
      <translation>The linking distance cannot be negative: {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="24" />
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="852" />
      <location filename="../ui/dock.py" line="1010" />
      <location filename="../ui/dock.py" line="1016" />
      <source>其他人</source>
      <translation>someone else</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="18" />
      <source>其他用地</source>
      <translation>Other use</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="177" />
      <source>其他监测图斑</source>
      <translation>Other monitoring patches</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="19" />
      <source>其他违法</source>
      <translation>Other illegal</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="316" />
      <source>内容不是 JPEG 图片；请确认这是照片文件</source>
      <translation>the content is not a JPEG image; check that this is a photo</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="314" />
      <source>内容是 {} 格式，不是 JPEG；请用看图软件或手机相册导出为 JPEG 后重新关联照片</source>
      <translation>the content is {}, not JPEG; export it as JPEG with an image viewer or the phone's gallery and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="83" />
      <source>写入工作库 {} 失败，本次修改没有保存（工作库保持修改前的状态）：{}</source>
      <translation>Writing to work package {} failed; these changes were not saved (the package is as it was before): {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="270" />
      <source>写入工作库（{} 个图斑）…</source>
      <translation>Writing to the work package ({} patches)…</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="418" />
      <source>写出 shapefile…</source>
      <translation>Writing shapefile…</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="62" />
      <source>写出 {} 失败：{}。请检查磁盘空间和文件夹权限后重试；未写完的文件已删除。</source>
      <translation>Writing {} failed: {}. Check the free disk space and the folder's permissions and try again; the unfinished files were removed.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="428" />
      <source>写出台账…</source>
      <translation>Writing ledger…</translation>
    </message>
    <message>
      <location filename="../core/export/shapefile.py" line="119" />
      <source>写出的 shapefile {} 无法读回：{}</source>
      <translation>The shapefile {} that was written cannot be read back: {}</translation>
    </message>
    <message>
      <location filename="../core/export/shapefile.py" line="122" />
      <source>写出的 shapefile {} 要素数 {} 与应导出的 {} 不符。</source>
      <translation>The written shapefile {} has {} features instead of the {} to export.</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="171" />
      <source>写出的文件 {} 不完整（{}），通常是磁盘已满或写出被中断。请清理磁盘空间或选择其他输出文件夹后重试；不完整的文件已删除。</source>
      <translation>The file written, {}, is incomplete ({}), usually because the disk is full or writing was interrupted. Free disk space or choose another output folder and try again; the incomplete file was removed.</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="166" />
      <source>写出的文件 {} 是空的（0 字节），通常是磁盘已满。请清理磁盘空间或选择其他输出文件夹后重试；空文件已删除。</source>
      <translation>The file written, {}, is empty (0 bytes), usually because the disk is full. Free disk space or choose another output folder and try again; the empty file was removed.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="425" />
      <source>写出附件材料…</source>
      <translation>Writing attachments…</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="52" />
      <source>军用土地登记表</source>
      <translation>Military land register</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="54" />
      <source>军用土地登记表_{}.xlsx</source>
      <translation>military_land_register_{}.xlsx</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="19" />
      <source>农业项目破坏耕地</source>
      <translation>Farmland damaged by agriculture</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="20" />
      <source>农村道路</source>
      <translation>Rural road</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="114" />
      <source>农用地面积(亩)</source>
      <translation>Agricultural land (mu)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/conflicts.py" line="73" />
      <source>冲突记录 {} 不存在（可能已被删除），请刷新后重试。</source>
      <translation>Conflict record {} does not exist (it may have been deleted); refresh and try again.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="70" />
      <source>冻结、解冻、扣减按方案四(二)：{}；{}。截至 {}。</source>
      <translation>Frozen, released and deducted as in plan IV(2): {}; {}. As of {}.</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="286" />
      <source>准备 {} 个图斑，读取参考图层并套合（{} 个线程）…</source>
      <translation>Preparing {} patches, reading the reference layers and overlaying ({} threads)…</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="39" />
      <source>列“{}”</source>
      <translation>column “{}”</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="103" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="18" />
      <source>删除附件</source>
      <translation>File removed</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="192" />
      <source>删除附件材料</source>
      <translation>Delete attachment</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="533" />
      <location filename="../core/store/form_config.py" line="47" />
      <location filename="../ui/patch_model.py" line="18" />
      <source>判定</source>
      <translation>Judgment</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="39" />
      <source>判定不一致</source>
      <translation>Judgment mismatches</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="56" />
      <source>判定为{}但未填{}（判定子类）</source>
      <translation>Judged {} but no {} (subtype)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="58" />
      <source>判定为{}但未填备案/批准编号</source>
      <translation>Judged {} but no filing/approval number</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="77" />
      <source>判定为{}，但{}只覆盖 {}，范围外 {} 亩（超过拆分容差 {} 亩）应拆分后另行判定</source>
      <translation>Judged {}, but the {} covers only {}; {} mu outside (more than the split tolerance of {} mu) should be split off and judged on its own</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="76" />
      <source>判定为{}，但图斑不在任何有效的{}范围内（覆盖 0 亩）</source>
      <translation>Judged {}, but the patch is inside no valid {} (0 mu covered)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="73" />
      <source>判定为{}，但填了{}（只对违法图斑有意义）</source>
      <translation>Judged {}, but {} filled in (meaningful for illegal patches only)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="61" />
      <source>判定为{}，但填报面积（地块、耕地、永久基本农田等）全部为空，上报成果会缺面积</source>
      <translation>Judged {}, but every reported area (parcel, cultivated land, permanent farmland …) is empty: the submission would lack areas</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="73" />
      <source>判定为{}，但是否立案为“是”</source>
      <translation>Judged {}, but case filed is "yes"</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="76" />
      <source>判定为{}，但未套合{}图层，无法核实图斑在{}范围内（请套合后复查）</source>
      <translation>Judged {}, but no {} layer was overlaid: it cannot be verified that the patch lies inside the {} (overlay and check again)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="84" />
      <source>判定为{}，但标识为{}（只用于违法图斑）</source>
      <translation>Judged {}, but flagged {} (for illegal patches only)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="74" />
      <source>判定为{}，预判为{}（请确认理由已写入备注）</source>
      <translation>Judged {}, suggested {} (make sure the reason is in the remarks)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="75" />
      <source>判定为其他用地/光伏用地，但占用耕地 {} 亩：占用耕地的光伏不属于不改变原用地性质的光伏用地，应判违法或拆分后分别判定</source>
      <translation>Judged other use/photovoltaic, but it takes {} mu of farmland: photovoltaic on farmland changes the land use; judge it illegal or split it and judge the parts</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="56" />
      <source>判定为合法但没有{}</source>
      <translation>Judged legal but no {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="56" />
      <source>判定为合法但没有{}（请运行套合分析）</source>
      <translation>Judged legal but no {} (run the overlay)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="68" />
      <source>判定为合法，但图斑与{}范围没有重叠</source>
      <translation>Judged legal, but the patch does not overlap the {} area</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="59" />
      <source>判定为存量且占用耕地 {} 亩，须填建设时间和依据（如历年影像、批准或登记材料），否则按新增计</source>
      <translation>Judged existing on {} mu of farmland: fill in when it was built and the evidence (older imagery, approval or registration), or it counts as new</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="57" />
      <source>判定为违法但新增/存量为“{}”，应为 新增 或 存量</source>
      <translation>Judged illegal but new/existing is "{}"; it must be new or existing</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="58" />
      <source>判定为违法但未填整改措施</source>
      <translation>Judged illegal but no rectification measure</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="57" />
      <source>判定为违法但未填新增/存量</source>
      <translation>Judged illegal but new/existing not filled</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="57" />
      <source>判定为违法但未填违法主体</source>
      <translation>Judged illegal but no offender</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="71" />
      <source>判定为违法的图斑{n}个，面积{mj}亩，占用耕地{gd}亩（其中永久基本农田{jbnt}亩）。已拆除复耕{cc}亩、补办用地手续{bb}亩，立案查处{la}个，已整改到位{yzg}个，尚有{wzg}个未整改到位，剩余违法占用耕地{sy}亩。</source>
      <translation>{n} patches were judged illegal, covering {mj} mu and occupying {gd} mu of cultivated land ({jbnt} mu of it permanent basic farmland). {cc} mu were demolished and restored to farmland, approval was obtained afterwards for {bb} mu, {la} cases were filed, {yzg} patches are fully rectified and {wzg} are not yet; {sy} mu of cultivated land remain illegally occupied.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="121" />
      <source>判定为违法的图斑{}个，面积{}亩，占用耕地{}亩，其中占用永久基本农田{}亩。</source>
      <translation>{} patches were judged illegal, covering {} mu and occupying {} mu of cultivated land, {} mu of it permanent basic farmland.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="83" />
      <source>判定依据为采矿许可，但变化类型为{}（{}）：采矿许可只能说明采矿用地合法</source>
      <translation>Judged legal by a mining permit, but the change type is {} ({}): a mining permit only covers mining</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="80" />
      <source>判定分类</source>
      <translation>Judgments by category</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="123" />
      <source>判定子类</source>
      <translation>Subtype</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="55" />
      <source>判定子类“{}”不属于“{}”（可选：{}）</source>
      <translation>Subtype "{}" does not belong to "{}" (choose: {})</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="80" />
      <source>判定子类须属于所选判定类型</source>
      <translation>The subtype must belong to the chosen judgment</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="128" />
      <source>判定日期</source>
      <translation>Judgment date</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="74" />
      <location filename="../ui/patch_form.py" line="123" />
      <source>判定类型</source>
      <translation>Judgment</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="55" />
      <source>判定类型“{}”不在 {} 之中</source>
      <translation>Judgment "{}" is not one of {}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="97" />
      <location filename="../ui/dock.py" line="75" />
      <location filename="../ui/history_panel.py" line="15" />
      <source>判定面板</source>
      <translation>Judgment panel</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="150" />
      <location filename="../plugin.py" line="151" />
      <source>判定面板不可用：{}</source>
      <translation>Judgment panel unavailable: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="204" />
      <location filename="../core/reports/atlas.py" line="340" />
      <source>到期事项</source>
      <translation>Items due</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="339" />
      <source>到期事项（最紧迫的 {} 项）</source>
      <translation>Items due (the {} most urgent)</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="204" />
      <source>到期日</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="108" />
      <source>前时相</source>
      <translation>Imagery before</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="331" />
      <source>前时相影像（{}）</source>
      <translation>Before imagery ({})</translation>
    </message>
    <message>
      <location filename="../ui/deadline_panel.py" line="28" />
      <source>剩余天数</source>
      <translation>Days left</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="165" />
      <source>剩余未整改</source>
      <translation>Remaining unrectified</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>动土</source>
      <translation>Earthworks</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="347" />
      <source>占图斑比例</source>
      <translation>Share of patch</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="94" />
      <location filename="../plugin.py" line="95" />
      <location filename="../plugin.py" line="151" />
      <source>卫片执法</source>
      <translation>Satellite Enforcement</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="170" />
      <source>卫片执法 (WPZF) {}
县级自然资源卫片执法：导入、套合、判定、举证、自检、问责、卷宗、上报。</source>
      <translation>Satellite Enforcement (WPZF) {}
County-level natural resources satellite enforcement: import, overlay, judgment, evidence, self-check, accountability, dossiers, submission.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="72" />
      <source>卫片执法 · 判定面板</source>
      <translation>Satellite Enforcement · Judgment panel</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="284" />
      <location filename="../core/dossier/build.py" line="297" />
      <location filename="../core/dossier/build.py" line="314" />
      <source>卫片执法图斑卷宗</source>
      <translation>Satellite enforcement patch dossier</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="523" />
      <location filename="../core/dossier/build.py" line="525" />
      <location filename="../core/dossier/build.py" line="540" />
      <source>卫片执法图斑卷宗目录</source>
      <translation>Satellite enforcement dossier index</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="187" />
      <source>卫片执法工作报告_{}</source>
      <translation>satellite_enforcement_report_{}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="208" />
      <source>卫片执法成果数据表_{}.xlsx</source>
      <translation>satellite_enforcement_data_tables_{}.xlsx</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="158" />
      <source>卫片执法通报_{}</source>
      <translation>satellite_enforcement_bulletin_{}</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="198" />
      <source>压缩…</source>
      <translation>Compressing…</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="131" />
      <source>压缩内容损坏</source>
      <translation>the compressed content is damaged</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="133" />
      <source>压缩结构不完整，文件被截断</source>
      <translation>the zip structure is incomplete: the file was cut off</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="473" />
      <location filename="../ui/history_panel.py" line="50" />
      <source>原值</source>
      <translation>Old value</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="280" />
      <source>原图斑有 {} 个子图斑，本成果包含其中 {} 个，合计只含这些</source>
      <translation>the patch has {} parts, {} of them are in this submission; the sums cover only those</translation>
    </message>
    <message>
      <location filename="../core/export/ledger.py" line="127" />
      <source>原图斑编号</source>
      <translation>Patch number</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="281" />
      <source>原图斑（合计）</source>
      <translation>split patch (sum)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="72" />
      <source>原地类</source>
      <translation>Original land class</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="100" />
      <source>原地类 {} {}</source>
      <translation>former land class {} {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="101" />
      <source>原地类 {} {} 未归入三大类，需人工确认</source>
      <translation>Former land class {} {} is not in the three main classes: confirm by hand</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="110" />
      <source>原地类全部为建设用地，如属原址改建需核实建设时间与手续</source>
      <translation>The former land is all construction land: if rebuilt in place, verify when and with which approvals</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="101" />
      <source>原地类编码 {} 不在地类表中，需人工确认</source>
      <translation>Former land class code {} is not in the land class table: confirm by hand</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="112" />
      <source>原始属性(JSON)</source>
      <translation>Original attributes (JSON)</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="192" />
      <source>原文件名</source>
      <translation>Original file name</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="175" />
      <source>县卫片办在此期间改过的内容会列为冲突，由县卫片办确认，不会被直接覆盖。</source>
      <translation>What the county office changed in the meantime is listed as a conflict for it to decide; it is never overwritten directly.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="455" />
      <source>县级行政区</source>
      <translation>County</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="108" />
      <source>县级行政区代码</source>
      <translation>County code</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="108" />
      <source>县级行政区名称</source>
      <translation>County name</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="121" />
      <source>参考图层“{}”无法打开：{}，套合图中不显示。</source>
      <translation>Reference layer “{}” cannot be opened: {}; it is left out of the overlay map.</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="335" />
      <source>参考图层与上次套合不同（{}），重算全部图斑。</source>
      <translation>The reference layers differ from the last overlay ({}): every patch is measured again.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="251" />
      <source>参考图层没有把图斑 {} 切成合法状态不同的部分（过小的碎片不单独拆出），未拆分。</source>
      <translation>The reference layers do not cut patch {} into parts of different legal states (slivers too small are not split off); it was not split.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="51" />
      <source>发出 {} 个乡镇核查任务包，共 {} 个图斑：{}</source>
      <translation>Sent {} township field check packages, {} patches in all: {}</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_dialog.py" line="36" />
      <source>发出时</source>
      <translation>When sent</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="170" />
      <source>发出：{}；图斑 {} 个；请于 {} 前返回县卫片办。</source>
      <translation>Sent: {}; {} patches; return to the county office by {}.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="176" />
      <source>发现 {} 个严重问题（自检 {} 个，图形、照片或附件有问题 {} 个），导出已停止。请整改后再导出；确需带问题报送时勾选“强制导出”（FORCE），问题清单会随成果包一起导出。</source>
      <translation>Found {} severe problems ({} from the self-check, {} with geometries, photos or attachments); the export stopped. Fix them and export again; to submit with the problems anyway tick "Force export" (FORCE), and the problem list goes into the package.</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="76" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="107" />
      <source>变化后为{}，占用耕地 {} 亩，疑似挖塘等破坏耕地</source>
      <translation>Now {} on {} mu of farmland: suspected pond digging or other damage to farmland</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="107" />
      <source>变化后为{}，未占用耕地</source>
      <translation>Now {}, no farmland taken</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="107" />
      <source>变化后为{}，未见建设</source>
      <translation>Now {}, no construction seen</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="100" />
      <source>变化类型 {} {}</source>
      <translation>change type {} {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="106" />
      <source>变化类型为光伏且未占用耕地</source>
      <translation>Change type is photovoltaic, no farmland taken</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="106" />
      <source>变化类型为农村道路</source>
      <translation>Change type is rural road</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="109" />
      <source>变化类型为采矿，未在采矿许可范围内</source>
      <translation>Change type is mining, outside any mining permit</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="472" />
      <source>变更记录（{} 条）</source>
      <translation>Change history ({} entries)</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="241" />
      <source>另有 {} 个{}要素不在有效期内，未计入</source>
      <translation>{} more features ({}) outside their term; not counted</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="343" />
      <source>另有 {} 项未列出，见卫片执法通报及数据自检清单。</source>
      <translation>{} more items not listed; see the satellite enforcement bulletin and the self-check list.</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="198" />
      <source>另附文件与本卷宗保存在同一文件夹，内容已按工作库登记的 SHA-256 核对。</source>
      <translation>Files kept beside are in the same folder as this dossier; their content was checked against the SHA-256 recorded in the work package.</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="163" />
      <source>另附文件（见表下说明）</source>
      <translation>File beside (see below the table)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="89" />
      <source>只有 {} 张举证照片，至少需要 {} 张（多方向拍摄）</source>
      <translation>Only {} evidence photos; at least {} needed (from several directions)</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="86" />
      <source>只有子图斑可以合并回原图斑</source>
      <translation>Only a part can be merged back into its patch</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="199" />
      <source>只能填数字（单位：亩），如 1.5</source>
      <translation>Numbers only (in mu), e.g. 1.5</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="321" />
      <source>只读的工作库文件</source>
      <translation>A read-only work package file</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="355" />
      <source>只读：{}。可以查看图斑、照片、历史和期限，不能修改判定。</source>
      <translation>Read-only: {}. You can view patches, photos, history and deadlines, but not change judgments.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="39" />
      <source>各乡镇图斑核查判定进度</source>
      <translation>Verification and judgment progress by township</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="36" />
      <source>各乡镇季度审核情况</source>
      <translation>Quarterly review by township</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="67" />
      <source>各乡镇自检问题数</source>
      <translation>Self-check problems by township</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="127" />
      <source>各乡镇自检问题数（条）</source>
      <translation>Self-check problems by township (count)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="184" />
      <source>各乡镇违法占用耕地情况</source>
      <translation>Illegal occupation of cultivated land by township</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="44" />
      <source>各乡镇违法占用耕地排名</source>
      <translation>Township ranking of illegal farmland occupation</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="147" />
      <source>各乡镇违法占用耕地比例</source>
      <translation>Illegal cultivated land ratio by township</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="195" />
      <source>各乡镇违法占用耕地比例（%）</source>
      <translation>Illegal cultivated land ratio by township (%)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="166" />
      <source>各乡镇违法占用耕地（亩）</source>
      <translation>Illegally occupied cultivated land by township (mu)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="42" />
      <source>各乡镇违法用地及查处整改情况</source>
      <translation>Illegal land use, enforcement and rectification by township</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="177" />
      <location filename="../core/reports/review.py" line="58" />
      <source>各乡（镇）人民政府，县卫片执法工作领导小组各成员单位：</source>
      <translation>To the township governments and the member units of the county Satellite Enforcement Leading Group:</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="140" />
      <source>各乡（镇）要严格落实耕地保护党政同责，对违法用地以消除违法状态为目标，逐图斑明确整改措施、责任人和时限，拆除复耕的及时申请验收，符合条件的抓紧补办用地手续，确保整改真实到位。</source>
      <translation>Townships must strictly apply the joint Party and government responsibility for cultivated land protection. For illegal land use, aim at ending the illegal state: set rectification measures, responsible persons and deadlines patch by patch, apply promptly for acceptance of demolition and restoration to farmland, obtain approval afterwards quickly where eligible, and make sure rectification is genuine and complete.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="118" />
      <source>各批次图斑下发及违法占用耕地情况</source>
      <translation>Patches issued and illegal occupation of cultivated land by batch</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="77" />
      <source>各批次图斑下发情况</source>
      <translation>Patches issued by batch</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="191" />
      <source>各批次违法占用耕地（亩）</source>
      <translation>Illegally occupied cultivated land by batch (mu)</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="16" />
      <source>合并</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="268" />
      <source>合并后的 {} 页数不对</source>
      <translation>The merged {} has the wrong number of pages</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="431" />
      <location filename="../ui/split_panel.py" line="44" />
      <source>合并子图斑</source>
      <translation>Merge parts</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="129" />
      <location filename="../ui/texts.py" line="160" />
      <location filename="../ui/texts.py" line="18" />
      <source>合法</source>
      <translation>Legal</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="89" />
      <source>合法图斑须有批准文号</source>
      <translation>A legal patch needs its approval number</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="367" />
      <source>合法性判定</source>
      <translation>Legality judgment</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="69" />
      <location filename="../core/reports/annual.py" line="69" />
      <location filename="../core/reports/annual.py" line="78" />
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="47" />
      <source>合计 {} 个</source>
      <translation>Total: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="192" />
      <location filename="../ui/attachment_panel.py" line="51" />
      <location filename="../ui/attachment_panel.py" line="83" />
      <source>名称</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="71" />
      <location filename="../ui/patch_form.py" line="109" />
      <source>后时相</source>
      <translation>After imagery date</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="70" />
      <source>后时相为空，无法核对</source>
      <translation>After-imagery date is empty; cannot check</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="332" />
      <source>后时相影像（{}）</source>
      <translation>After imagery ({})</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="461" />
      <location filename="../ui/dock.py" line="1091" />
      <location filename="../ui/save_conflict_dialog.py" line="28" />
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="134" />
      <source>四、下步工作要求</source>
      <translation>4. Requirements for the next steps</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="80" />
      <source>四、举证材料是否齐备</source>
      <translation>4. Is the evidence complete</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="130" />
      <source>四、问责评估情况</source>
      <translation>4. Accountability assessment</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="79" />
      <source>回到表单继续编辑，暂不保存</source>
      <translation>Back to the form to keep editing; nothing is saved</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>园地</source>
      <translation>Orchard</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="336" />
      <source>图例</source>
      <translation>Legend</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="141" />
      <source>图层“{}”不是面图层，监测图斑应为面。</source>
      <translation>Layer “{}” is not a polygon layer; monitoring patches must be polygons.</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="187" />
      <source>图层“{}”声明为投影坐标（{}），但坐标值像经纬度（范围 {}）。请将其 CRS 设为 EPSG:4490（CGCS2000 经纬度）。</source>
      <translation>Layer “{}” declares a projected CRS ({}), but its coordinates look like longitude/latitude (extent {}). Set its CRS to EPSG:4490 (CGCS2000 geographic).</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="183" />
      <source>图层“{}”声明为经纬度坐标（{}），但坐标值像投影坐标（范围 {}）。请为其设置正确的投影坐标系（如 CGCS2000 三度带）。</source>
      <translation>Layer “{}” declares a geographic CRS ({}), but its coordinates look projected (extent {}). Set the correct projected CRS (e.g. a CGCS2000 3-degree zone).</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="252" />
      <source>图层“{}”声明的坐标系是 {}（{}，第 {} 带，X 坐标应以 {} 开头），但数据的 X 坐标为 {:.0f}–{:.0f}，以 {} 开头：坐标与坐标系不符，按声明导入会偏离实际位置数百公里。请在图层属性中把 CRS 改为 {} 后重新导入（.prj 文件可能拷错了）。</source>
      <translation>Layer “{}” declares the CRS {} ({}, zone {}, X coordinates should start with {}), but its X coordinates are {:.0f}–{:.0f}, starting with {}: the coordinates contradict the CRS and would be placed hundreds of kilometres away. Set the layer CRS to {} in the layer properties and import again (the .prj file may be the wrong one).</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="157" />
      <source>图层“{}”有 {} 个问题，未导入任何图斑：</source>
      <translation>Layer “{}” has {} problems, no patch was imported:</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="143" />
      <source>图层“{}”没有任何图斑（空图层），请检查是否选错文件。</source>
      <translation>Layer “{}” contains no patches (empty layer); check whether the wrong file was chosen.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="147" />
      <source>图层“{}”没有任何属性字段（缺少 JCBH 等下发字段）。请确认选的是下发的监测图斑；shapefile 请检查同名 .dbf 是否齐全。</source>
      <translation>Layer “{}” has no attribute fields at all (JCBH and the other issued fields are missing). Make sure you chose the issued patches; for a shapefile check that the .dbf of the same name is there.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="203" />
      <source>图层“{}”的 JCBH（监测编号）字段是数值类型（{}）。监测编号必须是文本：数值会被存成“…0001.0”的样子，以后批次的编号就对不上了，长编号还可能已丢失末位。请向下发单位索取 JCBH 为文本字段的数据，或在 QGIS 中把该字段转换为文本字段 JCBH（核对编号无误后）再导入。</source>
      <translation>The JCBH (monitoring number) field of layer “{}” is numeric ({}). The monitoring number must be text: a number would be stored as “…0001.0” and no longer match later batches, and long numbers may already have lost their last digits. Ask the issuing office for data with JCBH as a text field, or convert the field to a text field JCBH in QGIS (after checking the numbers) and import again.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="218" />
      <source>图层“{}”的坐标范围 {}（{}）{}不在中国境内（经度 73°–136°E，纬度 3°–54°N）：坐标值或坐标系（CRS）有误。{}请核对数据坐标和 .prj 中的坐标系（下发图斑通常为 EPSG:4490 CGCS2000 经纬度）后重新导入。</source>
      <translation>The extent {1} ({2}) of layer “{0}” {3}is not in China (longitude 73°–136°E, latitude 3°–54°N): the coordinates or the CRS are wrong. {4}Check the coordinates and the CRS in the .prj (issued patches are usually EPSG:4490, CGCS2000 lon/lat) and import again.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="165" />
      <source>图层“{}”缺少下发字段：{}（导入后为空）。</source>
      <translation>Layer “{}” lacks issued fields: {} (empty after import).</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="149" />
      <source>图层“{}”缺少字段 JCBH（监测编号）。现有字段：{}。请确认这是下发的监测图斑，或把编号字段改名为 JCBH。</source>
      <translation>Layer “{}” lacks the field JCBH (patch number). Existing fields: {}. Make sure these are the issued monitoring patches, or rename the number field to JCBH.</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="175" />
      <source>图层“{}”（{}）没有坐标参考系（缺少 .prj）。请在 QGIS 图层属性中设置正确的 CRS（下发图斑通常为 EPSG:4490 CGCS2000 经纬度）后重试。</source>
      <translation>Layer “{}” ({}) has no coordinate reference system (missing .prj). Set the correct CRS in the QGIS layer properties (issued patches are usually EPSG:4490, CGCS2000 geographic) and try again.</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="153" />
      <source>图层自身编码</source>
      <translation>the layer's own encoding</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="927" />
      <source>图形变化（面积 {:.2f} → {:.2f} 亩，变动部分 {:.2f} 亩）</source>
      <translation>outline changed (area {:.2f} → {:.2f} mu, {:.2f} mu changed)</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="131" />
      <source>图形文件 {} 有 {} 个图形，而索引 {} 记录了 {} 个：文件不完整或不是一起拷贝的。请重新拷贝完整的 .shp/.shx/.dbf。</source>
      <translation>Shape file {} holds {} shapes but its index {} lists {}: the files are incomplete or were not copied together. Copy the complete .shp/.shx/.dbf again.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="37" />
      <source>图斑 {}</source>
      <translation>patch {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="234" />
      <source>图斑 {} 不是面，未套合。</source>
      <translation>Patch {} is not a polygon; not overlaid.</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="374" />
      <source>图斑 {} 与{}要素 fid={} 求交失败（GEOS 拓扑错误），该项面积未计入，请检查两者几何。</source>
      <translation>Intersection of patch {} with {} feature fid={} failed (GEOS topology error); that area is not counted. Check both geometries.</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="233" />
      <source>图斑 {} 几何无效（{}）且无法修复，未套合。</source>
      <translation>Patch {} has an invalid geometry ({}) that cannot be repaired; not overlaid.</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="238" />
      <source>图斑 {} 几何无效（{}），已按修复后的几何套合。</source>
      <translation>Patch {} has an invalid geometry ({}); overlaid with the repaired geometry.</translation>
    </message>
    <message>
      <location filename="../ui/change_poller.py" line="122" />
      <source>图斑 {} 刚被 {} 于 {} 修改并保存。你的修改尚未保存：保存时会列出双方的值，由你选择。</source>
      <translation>Patch {} was just changed and saved by {} at {}. Your edits are not saved yet: saving will show both values and let you choose.</translation>
    </message>
    <message>
      <location filename="../ui/change_poller.py" line="119" />
      <source>图斑 {} 刚被 {} 于 {} 修改，已重新载入</source>
      <translation>Patch {} was just changed by {} at {}; reloaded</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="41" />
      <source>图斑 {} 在你打开后已被 {} 于 {} 修改并保存。你的修改还没有保存，也没有覆盖对方的修改。请对照下表选择：</source>
      <translation>Patch {} was changed and saved by {} at {} after you opened it. Your edits are not saved and did not overwrite theirs. Compare the values below and choose:</translation>
    </message>
    <message>
      <location filename="../core/export/shapefile.py" line="130" />
      <source>图斑 {} 字段 {} 写出后读回不一致（{!r} ≠ {!r}），shapefile 编码有误。</source>
      <translation>Patch {} field {} reads back differently after writing ({!r} ≠ {!r}); the shapefile encoding is wrong.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/conflicts.py" line="81" />
      <source>图斑 {} 已不在工作库中，冲突无法按此处理；请选择“保留县级值”关闭它。</source>
      <translation>Patch {} is no longer in the work package, so the conflict cannot be resolved this way; choose “keep the county value” to close it.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="221" />
      <source>图斑 {} 已拆分为 {} 个子图斑，已套合并预判：{}</source>
      <translation>Patch {} was split into {} parts, overlaid and pre-judged: {}</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="198" />
      <source>图斑 {} 已拆分为 {} 个子图斑，正在套合和预判…</source>
      <translation>Patch {} was split into {} parts; overlaying and pre-judging them…</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="224" />
      <source>图斑 {} 已拆分为 {} 个子图斑：{}。{}</source>
      <translation>Patch {} was split into {} parts: {}. {}</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="137" />
      <source>图斑 {} 已拆分，不再单独判定；请判定其子图斑（“合并子图斑”可撤销拆分）</source>
      <translation>Patch {} is split and no longer judged itself; judge its parts ("Merge parts" undoes the split)</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="248" />
      <source>图斑 {} 已按参考图层自动拆分为 {} 个子图斑，已套合并预判：{}</source>
      <translation>Patch {} was split along the reference layers into {} parts, overlaid and pre-judged: {}</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="170" />
      <source>图斑 {} 已有内容相同的附件“{}”（{}，{} 添加），{} 未重复添加。</source>
      <translation>Patch {} already has an attachment with the same content, "{}" ({}, added {}); {} was not added again.</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="224" />
      <location filename="../core/store/workpackage.py" line="365" />
      <source>图斑 {} 已确认，不能拆分；请先把核查状态改回后再拆分。</source>
      <translation>Patch {} is confirmed and cannot be split; set its check state back first.</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="222" />
      <location filename="../core/store/workpackage.py" line="363" />
      <source>图斑 {} 已经拆分过。</source>
      <translation>Patch {} is already split.</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="851" />
      <source>图斑 {} 已被 {} 于 {} 修改并保存，你的修改没有保存（没有覆盖对方的修改）。请查看双方的值后再决定。</source>
      <translation>Patch {} was changed and saved by {} at {}; your change was not saved (their change was not overwritten). Look at both values, then decide.</translation>
    </message>
    <message>
      <location filename="../ui/change_poller.py" line="112" />
      <source>图斑 {} 已被 {} 于 {} 删除或合并，请刷新</source>
      <translation>Patch {} was deleted or merged by {} at {}; please refresh</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="116" />
      <source>图斑 {} 拆分为 {} 个子图斑：{}</source>
      <translation>Patch {} split into {} parts: {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="385" />
      <source>图斑 {} 有未保存的修改。保存吗？</source>
      <translation>Patch {} has unsaved changes. Save them?</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1019" />
      <source>图斑 {} 未保存：{} 已于 {} 保存过它。你的修改仍在表单中，保存时会再次让你选择。</source>
      <translation>Patch {} not saved: {} saved it at {}. Your edits are still in the form; saving will ask you again.</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="311" />
      <source>图斑 {} 未保存：{}。请更正后再保存</source>
      <translation>Patch {} not saved: {}. Correct it and save again</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="241" />
      <location filename="../ui/split_panel.py" line="253" />
      <source>图斑 {} 未拆分：{}</source>
      <translation>Patch {} was not split: {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="253" />
      <source>图斑 {} 没有几何，未套合。</source>
      <translation>Patch {} has no geometry; not overlaid.</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="259" />
      <source>图斑 {} 没有图形，无法制作套合图。</source>
      <translation>Patch {} has no geometry; cannot draw the overlay map.</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1057" />
      <source>图斑 {} 没有拆分，无需合并。</source>
      <translation>Patch {} is not split; there is nothing to merge.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/conflicts.py" line="87" />
      <source>图斑 {} 的“{}”值“{}”无效：{}</source>
      <translation>Patch {0}: the value “{2}” of “{1}” is invalid: {3}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/conflicts.py" line="78" />
      <source>图斑 {} 的“{}”冲突已于 {} 处理（{}），无需再处理。</source>
      <translation>The conflict on “{1}” of patch {0} was resolved on {2} ({3}); nothing left to do.</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="869" />
      <source>图斑 {} 的下发字段值无效：{}。请更正下发数据后重新导入。</source>
      <translation>Patch {}: an issued field value is invalid: {}. Correct the issued data and import again.</translation>
    </message>
    <message>
      <location filename="../core/export/shapefile.py" line="93" />
      <source>图斑 {} 的图形无法读取</source>
      <translation>The shape of patch {} cannot be read</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="347" />
      <source>图斑 {} 的图形无法读取（WKB 无效），未写入。</source>
      <translation>The shape of patch {} cannot be read (invalid WKB); nothing was written.</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="809" />
      <source>图斑 {} 的字段值无效：{}</source>
      <translation>Patch {} has invalid field values: {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="128" />
      <source>图斑 {} 的照片 {} 无法读取或已被改动，未放入任务包。</source>
      <translation>Photo {1} of patch {0} cannot be read or has changed; not put into the package.</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="181" />
      <source>图斑 {} 的附件 {} 写入工作库后读回的内容与原文件不符，未添加。请重试。</source>
      <translation>Attachment {1} of patch {0} read back from the work package differs from the original file; not added. Please try again.</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="94" />
      <source>图斑 {} 的附件 {} 未添加：{}。</source>
      <translation>Attachment {1} of patch {0} was not added: {2}.</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="238" />
      <source>图斑 {} 的附件“{}”（{}）在工作库中的内容与添加时记录的 SHA-256 不符（已被改动或损坏），不能使用。请删除该附件后重新添加原文件。</source>
      <translation>The content of attachment "{1}" ({2}) of patch {0} in the work package does not match the SHA-256 recorded when it was added (changed or damaged); it cannot be used. Delete the attachment and add the original file again.</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1012" />
      <source>图斑 {} 至少要拆成两部分。</source>
      <translation>Patch {} must be cut into at least two parts.</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="315" />
      <source>图斑 {} 还不能确认：{}。请补填后再把核查状态改为“已确认”。</source>
      <translation>Patch {} cannot be confirmed yet: {}. Fill these in, then set the check state to 已确认 (confirmed).</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="49" />
      <source>图斑 {}，字段 {}：{}</source>
      <translation>Patch {}, field {}: {}</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="261" />
      <source>图斑 {}：{}。已记入历史并标记待复核（自检 R01）。</source>
      <translation>Patch {}: {}. Recorded in the history and flagged for review (self-check R01).</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="390" />
      <source>图斑 {}：{}（{}）{}</source>
      <translation>Patch {}: {} ({}) {}</translation>
    </message>
    <message>
      <location filename="../core/split/geometry.py" line="191" />
      <source>图斑 {}：{}（请在判定面板中合并后重新拆分）</source>
      <translation>Patch {}: {} (merge it in the judgment dock and split it again)</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="271" />
      <source>图斑 {}：{}；PDF 附件改为与卷宗放在同一文件夹。</source>
      <translation>Patch {}: {}; the PDF attachments are written beside the dossier instead.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="215" />
      <source>图斑 {}：几何无效且无法自动修复（修复后为空）。请在 QGIS 中手工修正。</source>
      <translation>Patch {}: invalid geometry that cannot be repaired automatically (empty after repair). Fix it by hand in QGIS.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="98" />
      <source>图斑 {}：几何无效（{}），已自动修复，面积 {:.2f} → {:.2f} 平方米</source>
      <translation>Patch {}: invalid geometry ({}), repaired automatically, area {:.2f} → {:.2f} m²</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="211" />
      <source>图斑 {}：坐标转换失败，请检查图层 CRS。</source>
      <translation>Patch {}: coordinate transformation failed; check the layer CRS.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="336" />
      <source>图斑 {}：字段 {}（{}）的值“{}”{}，工作库中该字段只能存{}。请在下发数据中把它改为{}（或清空）后重新导入。</source>
      <translation>Patch {0}: the value “{3}” of field {1} ({2}) {4}; the work package can only store {5} in this field. Change it to {6} (or empty it) in the issued data and import again.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="208" />
      <source>图斑 {}：没有几何图形。请补绘或从下发数据中恢复。</source>
      <translation>Patch {}: no geometry. Digitise it or restore it from the issued data.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="288" />
      <source>图斑 {}：没有图形，无法写入 shapefile</source>
      <translation>Patch {}: no geometry; cannot write it to the shapefile</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="316" />
      <source>图斑 {}：照片 {} 不在工作库所在文件夹 {} 内（或是指向其外的链接），未放入成果包；请把照片本身复制到该文件夹内后重新关联照片</source>
      <translation>Patch {}: photo {} is not inside the work package's folder {} (or is a link leading out of it), left out of the package; copy the photo itself into that folder and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="319" />
      <source>图斑 {}：照片 {} 不存在，未放入成果包；请找回照片文件，或重新关联照片</source>
      <translation>Patch {}: photo {} does not exist, left out of the package; restore the photo file or link the photos again</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="362" />
      <source>图斑 {}：照片 {} 不是普通照片文件（设备、管道、文件夹或超大文件），未放入成果包；请换成照片文件本身后重新关联照片</source>
      <translation>Patch {}: photo {} is not a regular photo file (device, pipe, folder or oversized file), left out of the package; replace it with the photo file itself and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="367" />
      <source>图斑 {}：照片 {} 在关联后被改动或替换（SHA-256 与工作库记录不符），未放入成果包；请核实照片无误后重新关联照片</source>
      <translation>Patch {}: photo {} was changed or replaced after linking (SHA-256 differs from the work package's record), left out of the package; check the photo and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="331" />
      <source>图斑 {}：照片 {} 无法读取（{}），未放入成果包；请检查文件权限后重新导出</source>
      <translation>Patch {}: photo {} cannot be read ({}), left out of the package; check the file permissions and export again</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="324" />
      <source>图斑 {}：照片 {} 没有记录 SHA-256，无法核验，未放入成果包；请重新关联照片</source>
      <translation>Patch {}: photo {} has no recorded SHA-256 and cannot be verified, left out of the package; link the photos again</translation>
    </message>
    <message>
      <location filename="../ui/map_view.py" line="83" />
      <source>图斑、子图斑</source>
      <translation>Patches and parts</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="79" />
      <source>图斑判定情况（按类型和子类）</source>
      <translation>Patch judgments (by type and subtype)</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="36" />
      <source>图斑图层缺少监测编号字段 JCBH，无法在结果中指明图斑。</source>
      <translation>The patch layer lacks the patch number field JCBH, so results cannot name the patches.</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="13" />
      <source>图斑图层（与工作库二选一）</source>
      <translation>Patch layer (or a work package)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="458" />
      <source>图斑外照片的最大关联距离（米）</source>
      <translation>Maximum linking distance for photos outside a patch (m)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="133" />
      <source>图斑已判定为{}，拆除复耕/补办面积只对违法图斑有意义；如实地确有违法，请在备注中说明</source>
      <translation>the patch is judged {}; demolished/approved-afterwards areas only mean something for illegal patches; if the ground shows a violation, say so in the remarks</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="456" />
      <source>图斑数</source>
      <translation>Patches</translation>
    </message>
    <message>
      <location filename="../core/split/geometry.py" line="62" />
      <location filename="../core/split/run.py" line="235" />
      <source>图斑没有几何图形，无法拆分。</source>
      <translation>The patch has no geometry and cannot be split.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="189" />
      <source>图斑照片</source>
      <translation>Photos of the patch</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="134" />
      <source>图斑状态</source>
      <translation>Patch state</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="318" />
      <source>图斑状态（个）</source>
      <translation>Patch status (count)</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="359" />
      <source>图斑界址点坐标（{} 个，单位：米）</source>
      <translation>Patch boundary point coordinates ({} points, in metres)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="70" />
      <location filename="../ui/patch_form.py" line="108" />
      <source>图斑类型</source>
      <translation>Patch type</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="137" />
      <location filename="../core/store/form_config.py" line="190" />
      <source>图斑编号</source>
      <translation>Patch number</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="65" />
      <source>图斑编号 {}</source>
      <translation>Patch {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="250" />
      <source>图斑编号在第 {} 行和第 {} 行重复出现</source>
      <translation>the patch number appears in row {} and again in row {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="16" />
      <location filename="../ui/texts.py" line="41" />
      <source>图斑面积</source>
      <translation>Patch area</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="100" />
      <source>图斑面积 {} 亩</source>
      <translation>patch area {} mu</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="114" />
      <source>图斑面积(亩)</source>
      <translation>Patch area (mu)</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="45" />
      <source>图斑面积合计 {:.6f} 亩，修改记录 {} 条，设置 {} 项，与源工作库一致</source>
      <translation>Patch area total {:.6f} mu, {} history rows, {} settings: the same as in the source package</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="121" />
      <source>图片无法解码</source>
      <translation>the image cannot be decoded</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="27" />
      <source>图片：生成卷宗时排入卷宗。</source>
      <translation>Image: placed in the dossier.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="172" />
      <source>图表已生成</source>
      <translation>Charts generated</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="131" />
      <source>土地利用图层没有地类编码字段 {}，套合图中不显示。</source>
      <translation>The land-use layer has no land-class code field {}; it is left out of the overlay map.</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="39" />
      <location filename="../ui/map_view.py" line="156" />
      <source>土地利用现状（三调）</source>
      <translation>Current land use (Third National Land Survey)</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="384" />
      <source>在县域范围之外（距工作库的图斑都超过 {:g} 千米），未关联；请确认照片是否属于本县，或相机定位是否有误</source>
      <translation>outside the county (more than {:g} km from every patch of the package), not linked; check that the photo belongs to this county, or whether the camera's position was wrong</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="81" />
      <source>在地图上画一个面，盖住的部分与其余部分分开（左键加点，右键或回车结束，Esc 取消）</source>
      <translation>Draw a polygon on the map; the part it covers is cut from the rest (left click adds a vertex, right click or Enter finishes, Esc cancels)</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="79" />
      <source>在地图上画一条穿过本图斑的线把它分开（左键加点，右键或回车结束，Esc 取消）</source>
      <translation>Draw a line across this patch on the map to cut it (left click adds a vertex, right click or Enter finishes, Esc cancels)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="26" />
      <source>在建</source>
      <translation>Under construction</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" line="86" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="64" />
      <source>地类 {} {} 未归入三大类，需人工确认</source>
      <translation>Land class {} {} is not in the three main classes: confirm by hand</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="109" />
      <source>地类名称</source>
      <translation>Land class name</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="395" />
      <source>地类图层存在自相重叠的图斑，重叠部分按要素编号小者计入，涉及图斑：{}</source>
      <translation>The land-use layer has overlapping polygons; overlaps are counted for the lower feature id. Patches concerned: {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/values.py" line="93" />
      <source>地类图层未覆盖 {:.2f} 亩</source>
      <translation>{:.2f} mu not covered by the land-use layer</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="42" />
      <source>地类图斑</source>
      <translation>Land-use polygons</translation>
    </message>
    <message>
      <location filename="../core/overlay/values.py" line="97" />
      <source>地类图斑自相重叠 {:.2f} 亩，按要素编号小者计</source>
      <translation>Land-use polygons overlap over {:.2f} mu, counted for the lower feature id</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="29" />
      <source>地类待确认</source>
      <translation>Land class to confirm</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="118" />
      <source>地类未覆盖面积(亩)</source>
      <translation>Not covered by land use (mu)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="109" />
      <source>地类编码</source>
      <translation>Land class code</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="64" />
      <source>地类编码 {} 不在三调地类表中</source>
      <translation>Land class code {} is not in the land survey table</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="390" />
      <source>地类编码 {}（{}）在三大类表中没有归类，面积未计入农用地/建设用地/未利用地，请核实后人工填报。涉及 {} 个图斑：{}</source>
      <translation>Land-class code {} ({}) has no main class in the table; its area is not counted as agricultural, construction or unused land. Verify and enter it by hand. {} patches concerned: {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="64" />
      <source>地类编码（DLBM）为空</source>
      <translation>Land class code (DLBM) empty</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="79" />
      <source>均晚于后时相 {}</source>
      <translation>all later than the after imagery {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="276" />
      <source>坐标格网</source>
      <translation>Coordinate grid</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="457" />
      <source>坐标系</source>
      <translation>CRS</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="37" />
      <source>坑塘</source>
      <translation>Pond</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="109" />
      <source>城镇村属性码</source>
      <translation>Urban/village code</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="321" />
      <source>基本情况</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="123" />
      <source>填了整改完成日期 {}，但整改状态不是“已整改”</source>
      <translation>a completion date {} is filled in, but the rectification state is not “已整改” (rectified)</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="92" />
      <source>填了整改完成日期，整改状态应为已整改</source>
      <translation>A completion date is filled in, so the rectification state should be 已整改 (rectified)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="87" />
      <source>填了自治区确认日期，但没有市级验收日期（先市级验收、后自治区确认）</source>
      <translation>Region confirmation date filled in without a city acceptance date (the city accepts first, the region confirms after)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="88" />
      <source>填了验收/确认日期，但拆除复耕面积为 0</source>
      <translation>Acceptance/confirmation dates filled in, but demolished &amp; restored area is 0</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="183" />
      <source>填写说明</source>
      <translation>How to fill in</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="56" />
      <source>填报单位</source>
      <translation>Reporting unit</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="65" />
      <source>填报地块面积 {} 亩 ≠ 耕地+非耕农用地+未利用地+建设用地 = {} 亩（相差 {} 亩）</source>
      <translation>Reported parcel area {} mu ≠ cultivated + other agricultural + unused + construction = {} mu (difference {} mu)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="126" />
      <source>填报地块面积(亩)</source>
      <translation>Reported parcel area (mu)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="127" />
      <source>填报建设用地(亩)</source>
      <translation>Reported construction land (mu)</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="56" />
      <location filename="../ui/patch_form.py" line="128" />
      <source>填报日期</source>
      <translation>Reporting date</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="127" />
      <source>填报未利用地(亩)</source>
      <translation>Reported unused land (mu)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="126" />
      <source>填报永久基本农田(亩)</source>
      <translation>Reported permanent farmland (mu)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="128" />
      <source>填报生态红线(亩)</source>
      <translation>Reported red line (mu)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="126" />
      <source>填报耕地(亩)</source>
      <translation>Reported cultivated land (mu)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="127" />
      <source>填报非耕农用地(亩)</source>
      <translation>Reported non-cultivated agri. (mu)</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="52" />
      <source>填报面积</source>
      <translation>Reported areas</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="348" />
      <source>填报面积(亩)</source>
      <translation>Reported area (mu)</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="200" />
      <location filename="../core/reports/annual.py" line="88" />
      <location filename="../core/reports/annual.py" line="90" />
      <source>增违挂钩</source>
      <translation>Quota–violation linkage</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="212" />
      <source>增违挂钩截止日</source>
      <translation>Quota-link cut-off day</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="201" />
      <source>增违挂钩按月</source>
      <translation>Quota–violation by month</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="87" />
      <location filename="../core/reports/annual.py" line="89" />
      <source>增违挂钩补充耕地指标冻结与解冻</source>
      <translation>Quota–violation linkage: farmland compensation quota frozen and released</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="342" />
      <source>处理乡镇返回冲突</source>
      <translation>settle township return conflicts</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="129" />
      <source>备案/批准编号(其他用地)</source>
      <translation>Filing/approval no. (other use)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="129" />
      <source>备注</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="373" />
      <source>备注：</source>
      <translation>Remarks: </translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="333" />
      <source>复制 {}（{} 行）…</source>
      <translation>Copying {} ({} rows)…</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="423" />
      <source>复制举证照片…</source>
      <translation>Copying evidence photos…</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="319" />
      <source>复制工作库已取消，目标 {} 没有创建。</source>
      <translation>Copying the package was canceled; the target {} was not created.</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="410" />
      <source>复制结果的图斑面积合计 {!r} 亩与源工作库 {!r} 亩不同，目标没有创建。</source>
      <translation>The copy's patch area total {!r} mu differs from the source package's {!r} mu; the target was not created.</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="415" />
      <source>复制结果的表 {} 中 {} 行与源工作库不同（如 fid {} 的 {}），目标没有创建。</source>
      <translation>In the copy's table {}, {} rows differ from the source package (e.g. fid {}: {}); the target was not created.</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="407" />
      <source>复制结果的表 {} 有 {} 行，源工作库有 {} 行，目标没有创建。</source>
      <translation>The copy's table {} has {} rows, the source package has {}; the target was not created.</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="403" />
      <source>复制结果的设置与源工作库不同（{}），目标没有创建。</source>
      <translation>The copy's settings differ from the source package's ({}); the target was not created.</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="393" />
      <source>复制结果缺少表 {}，目标没有创建。</source>
      <translation>The copy lacks table {}; the target was not created.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" line="80" />
      <source>多名技术员同时判定时，工作库放在 PostgreSQL/PostGIS 数据库的一个模式中。选择 QGIS 中保存的连接（浏览器 › PostgreSQL）并填写模式名，或粘贴 postgresql:// 地址。</source>
      <translation>When several technicians judge at once, the work package lives in a schema of a PostgreSQL/PostGIS database. Choose a connection saved in QGIS (Browser › PostgreSQL) and enter the schema, or paste a postgresql:// address.</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="192" />
      <location filename="../ui/attachment_panel.py" line="83" />
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="41" />
      <source>套合农用地减耕地</source>
      <translation>overlay agricultural minus cultivated land</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="16" />
      <source>套合分析</source>
      <translation>Overlay analysis</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="323" />
      <source>套合分析图</source>
      <translation>Overlay analysis map</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="298" />
      <location filename="../core/overlay/run.py" line="156" />
      <location filename="../core/overlay/run.py" line="195" />
      <source>套合分析已取消，未写入任何结果。</source>
      <translation>Overlay analysis cancelled; no results written.</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="345" />
      <source>套合分析结果（亩）</source>
      <translation>Overlay analysis results (mu)</translation>
    </message>
    <message>
      <location filename="../core/overlay/shapely_check.py" line="21" />
      <source>套合分析需要 Python 库 Shapely 2.0 或更高版本（{}）。安装方法：Windows 的 QGIS（OSGeo4W）在 OSGeo4W Shell 中运行 python -m pip install "shapely&gt;=2"；Debian/Ubuntu 运行 sudo python3 -m pip install --break-system-packages --no-deps "shapely&gt;=2,&lt;2.1"。安装后重启 QGIS。</source>
      <translation>The overlay needs the Python library Shapely 2.0 or later ({}). To install: QGIS on Windows (OSGeo4W): run python -m pip install "shapely&gt;=2" in the OSGeo4W Shell; Debian/Ubuntu: run sudo python3 -m pip install --break-system-packages --no-deps "shapely&gt;=2,&lt;2.1". Restart QGIS afterwards.</translation>
    </message>
    <message>
      <location filename="../ui/map_view.py" line="154" />
      <location filename="../ui/map_view.py" line="154" />
      <source>套合参考图层</source>
      <translation>Overlay reference layers</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="41" />
      <source>套合建设用地</source>
      <translation>overlay construction land</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="200" />
      <source>套合拆分出的子图斑</source>
      <translation>Overlay the new parts</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="119" />
      <source>套合时间</source>
      <translation>Overlaid at</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="41" />
      <source>套合未利用地</source>
      <translation>overlay unused land</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="41" />
      <source>套合永久基本农田</source>
      <translation>overlay permanent farmland</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="41" />
      <source>套合生态红线</source>
      <translation>overlay red line</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="55" />
      <source>套合结果</source>
      <translation>Overlay results</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="41" />
      <source>套合耕地</source>
      <translation>overlay cultivated land</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="119" />
      <source>套合说明</source>
      <translation>Overlay notes</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="347" />
      <source>套合面积(亩)</source>
      <translation>Overlay area (mu)</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="282" />
      <location filename="../core/store/workpackage.py" line="1068" />
      <source>子图斑</source>
      <translation>part</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1063" />
      <location filename="../ui/split_panel.py" line="272" />
      <source>子图斑 {} 已确认，不能合并；请先把其核查状态改回后再合并。</source>
      <translation>Part {} is confirmed and cannot be merged; set its check state back first.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="105" />
      <source>子图斑不能再拆分；要重新拆分，请先合并子图斑</source>
      <translation>A part cannot be split again; to split differently, merge the parts first</translation>
    </message>
    <message>
      <location filename="../core/split/geometry.py" line="168" />
      <source>子图斑之间有缝隙，共 {:.2f} 亩未被覆盖</source>
      <translation>the parts leave a gap: {:.2f} mu not covered</translation>
    </message>
    <message>
      <location filename="../core/split/geometry.py" line="171" />
      <source>子图斑之间重叠 {:.2f} 亩</source>
      <translation>the parts overlap by {:.2f} mu</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="462" />
      <source>子图斑写法</source>
      <translation>Split patches written as</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="471" />
      <source>子图斑各占一行（rows）：监测编号为原图斑编号，另填子图斑编号和图斑状态“拆分”</source>
      <translation>each part a row of its own (rows): the monitoring number is the patch's, with the part number and the patch state “拆分”</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="271" />
      <location filename="../ui/split_panel.py" line="216" />
      <location filename="../ui/split_panel.py" line="255" />
      <source>子图斑已写入，但套合或预判未完成：{}。请对工作库运行“套合分析”和“预判”。</source>
      <translation>The parts were written, but their overlay or pre-judgment did not finish: {}. Run "Overlay analysis" and "Pre-judgment" on the work package.</translation>
    </message>
    <message>
      <location filename="../core/export/ledger.py" line="127" />
      <location filename="../ui/patch_form.py" line="134" />
      <source>子图斑编号</source>
      <translation>Part number</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1027" />
      <source>子图斑编号 {} 已存在，请检查拆分编号规则。</source>
      <translation>Part number {} already exists; check the part numbering rule.</translation>
    </message>
    <message>
      <location filename="../core/split/geometry.py" line="164" />
      <source>子图斑面积之和 {:.2f} 亩与原图斑 {:.2f} 亩相差 {:.2f} 亩</source>
      <translation>the parts add up to {:.2f} mu, the patch is {:.2f} mu: {:.2f} mu apart</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="114" />
      <source>子图斑，拆分自 {}</source>
      <translation>Part, split from {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="473" />
      <location filename="../ui/conflicts_dialog.py" line="36" />
      <location filename="../ui/history_panel.py" line="50" />
      <source>字段</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="191" />
      <source>字段 {} 的文字含无法识别的字符（乱码，U+FFFD），涉及图斑 {}：属性编码 {}（{}）与数据不符。请在“属性编码”参数（ENCODING）中选择正确的编码（中文数据通常为 GBK）后重新导入，或更正 .cpg 文件。</source>
      <translation>The text of field {} holds undecodable characters (garbage, U+FFFD) in patches {}: the attribute encoding {} ({}) does not fit the data. Choose the right encoding in the attribute encoding parameter (ENCODING; Chinese data is usually GBK) and import again, or correct the .cpg file.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="341" />
      <source>字段 {}（{}）在源数据中是数值类型，已按文本导入（整数不带“.0”）。建议下发数据中该字段使用文本类型。</source>
      <translation>Field {} ({}) is numeric in the source data and was imported as text (integers without “.0”). The issued data should use a text field for it.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="49" />
      <source>字段 {}：{}</source>
      <translation>Field {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="21" />
      <source>存量</source>
      <translation>Existing</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="81" />
      <source>存量违法不计入问责比例，不应再按重大基础设施扣减（ZDJCSS 应为否）</source>
      <translation>Existing illegal use is not in the accountability ratio and must not be deducted as major infrastructure (ZDJCSS must be no)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="120" />
      <source>季度小结_{}</source>
      <translation>quarterly_review_{}</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="114" />
      <source>季度小结的统计期应为季度，如 2022Q1 或 2022年第一季度。</source>
      <translation>The period of a quarterly review must be a quarter, e.g. 2022Q1 or 2022年第一季度.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="928" />
      <source>完整</source>
      <translation>complete</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="20" />
      <source>实地未变化</source>
      <translation>No real change</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="49" />
      <source>实地核查与整改</source>
      <translation>Field check and rectification</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="134" />
      <source>实地核查人</source>
      <translation>Field checker</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="134" />
      <source>实地现状</source>
      <translation>Field situation</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="126" />
      <source>实地现状为{}，与 {} 已整改完成矛盾</source>
      <translation>the ground state {} contradicts rectification finished on {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="203" />
      <location filename="../core/reports/annual.py" line="92" />
      <location filename="../core/reports/bulletin.py" line="59" />
      <source>实施方案未规定、由本县卫片办确定的做法，取自政策文件的 local 部分。</source>
      <translation>Practices the plan does not set, decided by the county office; taken from the "local" section of the policy file.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="39" />
      <source>审批</source>
      <translation>Approval</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="68" />
      <source>审批覆盖 {}，未覆盖 {} 亩（超过拆分容差 {} 亩）需拆分或单独举证</source>
      <translation>Approval covers {}; {} mu uncovered (more than the split tolerance of {} mu): split or give evidence for it</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="119" />
      <source>审核完成：自检问题 {} 条</source>
      <translation>Review finished: {} self-check problems</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="136" />
      <source>审核范围</source>
      <translation>Review scope</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="62" />
      <source>审核范围内共有监测图斑{n}个（其中本季度下发{q}个），已判定{j}个，判定率{r:.2f}%。自检共发现问题{t}条，其中严重{s}条、警告{w}条、提示{i}条。</source>
      <translation>The review covers {n} monitoring patches ({q} issued this quarter); {j} have been judged (judgment rate {r:.2f}%). The self-check found {t} problems: {s} severe, {w} warnings and {i} notes.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="57" />
      <source>密级</source>
      <translation>Classification</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="99" />
      <source>对{}个举证问题图斑，按“多方向、后时相之后、距图斑15米以内”的要求补拍举证照片。</source>
      <translation>For the {} patches with evidence problems, take additional evidence photos as required: several directions, after the after-imagery date, within 15 m of the patch.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="93" />
      <source>对{}个改判未说明理由的图斑，由判定单位补充改判依据，重点图斑和有异议图斑提交集体会审。</source>
      <translation>For the {} patches whose judgment was changed without a reason, the judging unit must add the grounds; key and disputed patches go to collective review.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="96" />
      <source>对{}个整改存疑图斑，逐一实地复核，补齐整改完成日期和整改后现场照片，未整改到位的不得标记为已整改。</source>
      <translation>For the {} patches with doubtful rectification, re-check each in the field and add the completion date and post-rectification photos; patches not fully rectified must not be marked as rectified.</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="46" />
      <source>对方保存的值</source>
      <translation>Their saved value</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="69" />
      <source>对方还修改了：{}（无论选哪种都会保留）。</source>
      <translation>They also changed: {} (kept whichever you choose).</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="354" />
      <source>对象 {} 位置不符</source>
      <translation>object {} is not where the cross-reference table says</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="142" />
      <source>对通报提醒指出的问题逾期未整改或整改不实的，县卫片办将提请县人民政府约谈有关责任人。</source>
      <translation>Where problems named in this bulletin are not rectified in time or not genuinely rectified, the county Satellite Enforcement Office will ask the county government to summon the responsible persons for talks.</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="15" />
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="112" />
      <source>导入时间</source>
      <translation>Imported at</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="464" />
      <source>导入期间工作库中这些图斑被修改：{}。为不覆盖这些修改，本次导入已全部撤销，请重新导入。</source>
      <translation>These patches were changed in the work package during the import: {}. So as not to overwrite those changes, the whole import was undone; run it again.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="83" />
      <source>导出 {} 个图斑、{} 张照片，共 {} 个文件；自检：严重 {}、警告 {}、提示 {}{}。</source>
      <translation>Exported {} patches and {} photos, {} files in total; self-check: severe {}, warnings {}, notes {}{}.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="455" />
      <source>导出时间</source>
      <translation>Exported at</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="481" />
      <source>导出检查</source>
      <translation>Export check</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="159" />
      <source>尚有{}个图斑未完成判定，须按“月清”要求限期完成。</source>
      <translation>{} patches are not yet judged and must be completed in time as monthly clearance requires.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="161" />
      <source>尚有{}个违法图斑未整改到位，将逐图斑明确整改措施、责任单位和时限，挂图作战、销号管理。</source>
      <translation>{} illegal patches are not yet fully rectified; rectification measures, responsible units and deadlines will be set patch by patch, tracked on the battle map and closed out one by one.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="102" />
      <source>尚未判定{}个</source>
      <translation>{} not yet judged</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="55" />
      <source>尚未判定（判定类型为空）</source>
      <translation>Not judged yet (judgment empty)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="570" />
      <source>尚未套合分析，无预判（请先运行“套合分析”和“预判”）</source>
      <translation>No overlay analysis yet, so no pre-judgment (run “Overlay analysis” and “Pre-judgment” first)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="85" />
      <source>尚未达到问责条件</source>
      <translation>accountability conditions not yet reached</translation>
    </message>
    <message>
      <location filename="../core/output_guard.py" line="114" />
      <source>就是工作库本身</source>
      <translation>is the work package itself</translation>
    </message>
    <message>
      <location filename="../core/output_guard.py" line="80" />
      <location filename="../core/output_guard.py" line="99" />
      <source>就是工作库本身（写入会毁掉全部图斑、判定、照片和历史）</source>
      <translation>is the work package itself (writing there would destroy every patch, judgment, photo and history row)</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="108" />
      <source>属性仅含 ASCII 字符</source>
      <translation>attributes contain ASCII characters only</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="140" />
      <source>属性文件 {} 已损坏（文件头不完整）。请重新拷贝或向下发单位重新索取。</source>
      <translation>The attribute file {} is damaged (incomplete header). Copy it again or ask the issuing office for it again.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="147" />
      <source>属性文件 {} 有 {} 条记录，而图形文件 {} 有 {} 个图形：属性与图形对不上，导入会丢失或错配图斑。请确认 .dbf 与 .shp 是同一批次的文件并重新拷贝。</source>
      <translation>The attribute file {} has {} records but the shape file {} has {} shapes: attributes and shapes do not match, importing would lose or mismatch patches. Make sure the .dbf and the .shp belong to the same batch and copy them again.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="144" />
      <source>属性文件 {} 被截断：文件头记录 {} 条，实际只有 {} 条完整记录（图形 {} 个）。导入会悄悄丢掉图斑。请重新拷贝完整的 .dbf，或向下发单位重新索取。</source>
      <translation>The attribute file {} is truncated: its header says {} records but only {} complete records are there ({} shapes). Importing it would silently drop patches. Copy the complete .dbf again or ask the issuing office for it again.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="214" />
      <location filename="../core/reports/bulletin.py" line="218" />
      <location filename="../core/reports/city_feedback.py" line="91" />
      <source>工作库</source>
      <translation>Work package</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="450" />
      <source>工作库 (*.gpkg)</source>
      <translation>Work package (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="184" />
      <source>工作库 {} 上次写入被中断（程序被关闭或崩溃）。已自动撤销未完成的那次写入，工作库恢复到中断前的状态，此前保存的数据完好。</source>
      <translation>The last write to work package {} was interrupted (the program was closed or crashed). The unfinished write was rolled back automatically; the package is as it was before it, and everything saved earlier is intact.</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="181" />
      <source>工作库 {} 上次写入被中断，留下了未完成的日志文件 {}，但无法恢复：{}。请确认文件可写、没有被其他程序占用后重试；不要删除日志文件，它保存着恢复所需的数据。</source>
      <translation>The last write to work package {} was interrupted and left the journal file {}, which could not be rolled back: {}. Make sure the file is writable and not held by another program, then try again; do not delete the journal file, it holds what the recovery needs.</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="77" />
      <source>工作库 {} 不可写（只读文件或没有写权限），本次修改没有保存。请检查文件属性和文件夹权限后重试。（{}）</source>
      <translation>Work package {} is not writable (read-only file or no write permission); these changes were not saved. Check the file's attributes and the folder's permissions, then try again. ({})</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="232" />
      <source>工作库 {} 中没有图斑，请先导入监测图斑。</source>
      <translation>Work package {} has no patches; import monitoring patches first.</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="80" />
      <source>工作库 {} 正被其他程序占用（如另一个 QGIS、正在运行的导入或套合），等待后仍无法写入，本次修改没有保存。请关闭占用它的程序或等其运行结束后重试。（{}）</source>
      <translation>Work package {} is held by another program (another QGIS, a running import or overlay) and could still not be written after waiting; these changes were not saved. Close that program or wait until it finishes, then try again. ({})</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="57" />
      <source>工作库 {} 的政策年度设置为 {}：{}。也可在工作库设置中把 policy_year 改为已有政策文件的年度。</source>
      <translation>The policy year of work package {} is set to {}: {}. You may also set policy_year in the package settings to a year that has a policy file.</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="412" />
      <source>工作库不存在：{}。请先用“导入监测图斑”创建工作库。</source>
      <translation>Work package does not exist: {}. Create it first with “Import monitoring patches”.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="821" />
      <source>工作库中已没有图斑 {}，请刷新</source>
      <translation>Patch {} is no longer in the work package; refresh</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="258" />
      <source>工作库中没有可制图的图斑（统计期内无图斑或图斑无图形）。</source>
      <translation>The work package has no patches to map (none in the period, or no geometries).</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="578" />
      <source>工作库中没有图斑 {}。</source>
      <translation>The work package has no patch {}.</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="159" />
      <source>工作库中没有图斑 {}，附件 {} 未添加。</source>
      <translation>The work package has no patch {}; attachment {} was not added.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/selection.py" line="41" />
      <source>工作库中没有这些乡镇：{}。已有乡镇：{}。</source>
      <translation>The work package has no such township: {}. Townships it has: {}.</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="85" />
      <location filename="../core/split/run.py" line="218" />
      <location filename="../core/store/workpackage.py" line="817" />
      <source>工作库中没有这些图斑：{}</source>
      <translation>The work package has none of these patches: {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="242" />
      <source>工作库中没有这些图斑：{}。请核对监测编号（拆分后的子图斑用子图斑编号）。</source>
      <translation>The work package has no such patches: {}. Check the monitoring numbers (a split patch's parts go by their own numbers).</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/selection.py" line="37" />
      <source>工作库中的图斑还没有乡镇（XZDM/XZMC 为空）：请先运行套合分析并给出乡镇界图层，再生成乡镇核查任务包。</source>
      <translation>The patches in the work package have no township yet (XZDM/XZMC empty): run the overlay with the township boundary layer first, then make the field check packages.</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="49" />
      <source>工作库中的市级反馈问题清单已损坏：{}</source>
      <translation>The city problem list stored in the work package is damaged: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/interviews.py" line="21" />
      <source>工作库中的约谈问责登记已损坏：{}</source>
      <translation>The interview register stored in the work package is damaged: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="144" />
      <source>工作库中（或所选批次/乡镇中）没有这些图斑：{}</source>
      <translation>These patches are not in the work package (or in the chosen batches/townships): {}</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1293" />
      <source>工作库只读（文件只读或没有写权限），不能{}。</source>
      <translation>The work package is read-only (a read-only file or no write permission): cannot {}.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="107" />
      <source>工作库已使用坐标系 {}，忽略参数 TARGET_CRS={}。</source>
      <translation>The work package already uses CRS {}; parameter TARGET_CRS={} ignored.</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" line="91" />
      <source>工作库所在的模式（schema），例如 wpzf_2026；空 = {}</source>
      <translation>The schema holding the work package, e.g. wpzf_2026; empty = {}</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="237" />
      <source>工作库没有有效的坐标系（settings.crs），无法制图。</source>
      <translation>The work package has no valid CRS (settings.crs); cannot draw maps.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="23" />
      <source>工作库没有有效的坐标系（settings.crs），无法计算中心点坐标。</source>
      <translation>The work package has no valid CRS (settings.crs); cannot compute centre coordinates.</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="265" />
      <source>工作库没有记录可用的套合图层（三调地类等），子图斑尚未套合和预判：请用参考图层对工作库运行“套合分析”和“预判”。</source>
      <translation>The work package remembers no usable overlay layers (land use etc.); the parts are not overlaid or pre-judged yet: run "Overlay analysis" and "Pre-judgment" on the work package with the reference layers.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="82" />
      <source>工作库没有记录批准、许可、备案或临时用地图层：请先用这些图层运行一次套合分析，或画线/画面拆分</source>
      <translation>The work package remembers no approval, permit, filing or temporary land layer: run the overlay once with these layers first, or split by a line or polygon</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="132" />
      <source>工作库记录的{}图层已不存在：{}，本次未使用</source>
      <translation>The {} layer recorded in the work package no longer exists: {}; not used this time</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="136" />
      <source>工作库记录的{}图层无法读取：{}，本次未使用</source>
      <translation>The {} layer recorded in the work package cannot be read: {}; not used this time</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="15" />
      <source>工作库（与图斑图层二选一）</source>
      <translation>Work package (or a patch layer)</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="612" />
      <source>已从图斑 {} 手动移除</source>
      <translation>Removed manually from patch {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1044" />
      <source>已保存图斑 {}：{} 个字段</source>
      <translation>Saved patch {}: {} fields</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1041" />
      <source>已保存图斑 {}：以你的值为准，覆盖了 {} 保存的 {}（对方的值见历史）</source>
      <translation>Saved patch {}: your values replaced what {} saved in {} (their values are in the history)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="26" />
      <source>已停工</source>
      <translation>Stopped</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="194" />
      <source>已写出到 {}</source>
      <translation>Written to {}</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="255" />
      <source>已删除上次中断的运行（进程 {} 已结束）留下的未完成输出：{}</source>
      <translation>Removed the unfinished output left by an interrupted earlier run (process {} has ended): {}</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="266" />
      <source>已删除图斑 {} 的附件“{}”</source>
      <translation>Deleted attachment "{1}" of patch {0}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="23" />
      <source>已判定</source>
      <translation>Judged</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="89" />
      <source>已判定但没有举证照片</source>
      <translation>Judged but no evidence photos</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="218" />
      <location filename="../ui/split_panel.py" line="256" />
      <source>已取消</source>
      <translation>canceled</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="197" />
      <source>已取消压缩：成果包 {} 已完整写出，未生成 zip。</source>
      <translation>Compression cancelled: the package {} was written in full; no zip was made.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="275" />
      <source>已取消合并，工作库未改动。</source>
      <translation>Merge canceled; the work package is unchanged.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="159" />
      <location filename="../core/export/shapefile.py" line="102" />
      <source>已取消导出，未写出任何文件。</source>
      <translation>Export cancelled; no files written.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="166" />
      <location filename="../ui/split_panel.py" line="180" />
      <location filename="../ui/split_panel.py" line="190" />
      <source>已取消拆分，工作库未改动。</source>
      <translation>Split canceled; the work package is unchanged.</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="473" />
      <location filename="../ui/tasks.py" line="133" />
      <source>已取消照片关联，工作库未改动。</source>
      <translation>Photo linking cancelled; the work package is unchanged.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="258" />
      <source>已取消自动拆分，工作库未改动。</source>
      <translation>Automatic split canceled; the work package is unchanged.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="173" />
      <location filename="../core/intake/patches.py" line="248" />
      <source>已取消，工作库未改变。</source>
      <translation>Cancelled; the work package is unchanged.</translation>
    </message>
    <message>
      <location filename="../core/progress.py" line="24" />
      <source>已取消，未写出任何文件。</source>
      <translation>Cancelled; no files written.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="49" />
      <source>已取消：图斑位置图未生成。</source>
      <translation>Canceled: the patch location maps were not made.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="101" />
      <source>已取消：已发出 {} 个任务包（完整且已登记），其余未生成。</source>
      <translation>Canceled: {} packages were sent (complete and recorded); the rest were not made.</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="238" />
      <source>已取消：已生成 {} 份卷宗（完整），其余未生成，目录未更新。</source>
      <translation>Cancelled: {} dossiers were generated (complete), the rest were not; the index was not updated.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="286" />
      <source>已合并：图斑 {} 恢复为拆分前的图斑（子图斑 {} 已删除，历史中保留）。</source>
      <translation>Merged: patch {} is restored as it was before the split (parts {} removed, kept in the history).</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="23" />
      <source>已填报</source>
      <translation>Reported</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="26" />
      <source>已复耕复绿</source>
      <translation>Restored</translation>
    </message>
    <message>
      <location filename="../core/output_guard.py" line="107" />
      <source>已存在且不是 {} 文件</source>
      <translation>already exists and is not a {} file</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="26" />
      <source>已建成</source>
      <translation>Built</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="186" />
      <source>已把 {} 张照片关联到图斑 {}</source>
      <translation>Linked {} photos to patch {}</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="199" />
      <source>已把 {} 张照片移出图斑 {}（照片记录保留，可重新关联）</source>
      <translation>Removed {} photos from patch {} (the photo records are kept and can be linked again)</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="220" />
      <source>已把“{}”作为{}添加到图斑 {}（{}）</source>
      <translation>Added "{}" as {} to patch {} ({})</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="132" />
      <source>已拆分为 {} 个子图斑</source>
      <translation>Split into {} parts</translation>
    </message>
    <message>
      <location filename="../ui/map_view.py" line="82" />
      <source>已拆分的原图斑</source>
      <translation>Split patch (outline)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="26" />
      <source>已拆除</source>
      <translation>Demolished</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="164" />
      <source>已拆除复耕或补办</source>
      <translation>Demolished and restored, or approved afterwards</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="25" />
      <source>已整改</source>
      <translation>Rectified</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="76" />
      <source>已整改到位的违法图斑{n}个。整改真实性存疑的图斑{k}个（已整改但仍有未拆除复耕或补办的耕地、缺整改完成日期、缺整改后照片等）。</source>
      <translation>{n} illegal patches are fully rectified. {k} patches have doubtful rectification (marked rectified but with cultivated land neither restored nor approved afterwards, no completion date, no post-rectification photos, etc.).</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="91" />
      <source>已整改须填写整改完成日期</source>
      <translation>Rectified needs the completion date</translation>
    </message>
    <message>
      <location filename="../core/split/geometry.py" line="189" />
      <source>已标为被拆分，但没有子图斑</source>
      <translation>marked as split, but it has no parts</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="23" />
      <source>已核查</source>
      <translation>Checked</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="23" />
      <source>已确认</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="107" />
      <source>已确认的图斑不能拆分；请先把核查状态改回</source>
      <translation>A confirmed patch cannot be split; change its verification state back first</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="777" />
      <source>已经是最后一个图斑</source>
      <translation>Already at the last patch</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="777" />
      <source>已经是第一个图斑</source>
      <translation>Already at the first patch</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="86" />
      <source>已补办手续 {} 亩，但是否立案为否：未经查处的补办不扣减增违挂钩指标</source>
      <translation>{} mu approved afterwards, but case filed is no: approval without enforcement does not reduce the quota freeze</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="188" />
      <source>已补办手续只扣分子；已拆除复耕、重大基础设施（省级评估除外）分子分母同时扣除；存量违法与农业项目破坏耕地分子分母均不计入。</source>
      <translation>Approval obtained afterwards is deducted from the numerator only; demolition and restoration to farmland and major infrastructure (except in provincial assessment) are deducted from numerator and denominator; existing violations and farmland damaged by agricultural projects count in neither.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="85" />
      <source>已达到问责条件，形势严峻</source>
      <translation>accountability conditions reached, the situation is serious</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1016" />
      <source>已采用 {} 保存的图斑 {}，你的修改已放弃</source>
      <translation>Took the version {} saved of patch {}; your edits were dropped</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="111" />
      <source>市卫片执法工作领导小组办公室：</source>
      <translation>To the Office of the City Satellite Enforcement Leading Group:</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="84" />
      <source>市级反馈问题按乡镇汇总</source>
      <translation>City problem list by township</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="81" />
      <source>市级反馈问题整改情况</source>
      <translation>Rectification of the city's problem list</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="22" />
      <source>市级反馈问题清单应为 .xlsx 文件（.xls 请用 Excel 或 WPS 另存为 .xlsx）：{}</source>
      <translation>The city problem list must be an .xlsx file (save an .xls as .xlsx with Excel or WPS): {}</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="89" />
      <source>市级反馈问题清单整改情况</source>
      <translation>Rectification of the city's problem list</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="132" />
      <source>市级验收日期</source>
      <translation>City acceptance date</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="172" />
      <source>市级验收日期、自治区确认日期计到 {} 为止（统计截止日）；“仍冻结”各列按原因分列，面积之和等于仍冻结指标。</source>
      <translation>City acceptance and regional confirmation dates count up to {} (the cut-off day); the "still frozen" columns split the frozen quota by reason and add up to it.</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="220" />
      <source>年份不对</source>
      <translation>Implausible year</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="192" />
      <location filename="../core/dossier/build.py" line="533" />
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="70" />
      <source>底色标出双方都改过的字段。</source>
      <translation>Shaded rows: fields both of you changed.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>建(构)筑物</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="130" />
      <source>建设时间</source>
      <translation>Built on</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="60" />
      <source>建设时间 {} 不早于前时相 {}，不是存量（应为新增）</source>
      <translation>Built on {}, not before the earlier imagery {}: not existing (should be new)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="130" />
      <source>建设时间依据</source>
      <translation>Evidence of build date</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="16" />
      <source>建设用地</source>
      <translation>Construction land</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="43" />
      <source>建设用地批准</source>
      <translation>Construction land approvals</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="40" />
      <source>建设用地批准范围</source>
      <translation>Construction land approval areas</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="114" />
      <source>建设用地面积(亩)</source>
      <translation>Construction land (mu)</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="431" />
      <source>引用了不存在的对象 {}</source>
      <translation>refers to a missing object {}</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="461" />
      <source>强制导出</source>
      <translation>Forced export</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1295" />
      <source>当前数据库角色 {} 不能{}：导入、套合、拆分、乡镇核查导入等需要管理员角色（wpzf_admin）。</source>
      <translation>The database role {} may not {}: importing, overlay, splitting, township imports and similar need the administrator role (wpzf_admin).</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1297" />
      <source>当前数据库角色 {} 只能查看，不能{}：保存判定、照片和附件需要技术员角色（wpzf_technician）。</source>
      <translation>The database role {} may only view, not {}: saving judgments, photos and attachments needs the technician role (wpzf_technician).</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="67" />
      <source>当前数据库角色无权进行这项修改，本次修改没有保存（工作库 {}）。只读角色（wpzf_viewer）只能查看；判定需要技术员角色（wpzf_technician）；导入、套合、拆分、导出等需要管理员角色（wpzf_admin）。请联系数据库管理员授予相应角色。（{}）</source>
      <translation>Your database role may not make this change; it was not saved (work package {}). The read-only role (wpzf_viewer) may only view; judging needs the technician role (wpzf_technician); importing, overlay, splitting, export and similar need the administrator role (wpzf_admin). Ask the database administrator to grant the role. ({})</translation>
    </message>
    <message>
      <location filename="../core/overlay/shapely_check.py" line="20" />
      <source>当前是 {}</source>
      <translation>currently {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/shapely_check.py" line="20" />
      <source>当前未安装</source>
      <translation>not installed</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="177" />
      <source>影像</source>
      <translation>Imagery</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="152" />
      <source>影像 {} 无法打开：{}</source>
      <translation>Cannot open the imagery {}: {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="159" />
      <source>影像 {} 裁切失败：{}</source>
      <translation>Clipping the imagery {} failed: {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="164" />
      <source>影像 {} 裁切结果为空（影像不覆盖这些图斑？）</source>
      <translation>Clipping the imagery {} gave nothing (does it cover these patches?)</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="336" />
      <source>影像对比</source>
      <translation>Imagery comparison</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="193" />
      <source>影像无法打开：{}</source>
      <translation>Imagery cannot be opened: {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="23" />
      <source>待会审</source>
      <translation>To review</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="23" />
      <source>待核查</source>
      <translation>To check</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="15" />
      <source>恢复历史值</source>
      <translation>Restored from history</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="411" />
      <source>恢复此值</source>
      <translation>Restore this value</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="107" />
      <source>恢复此值：原值“{}”</source>
      <translation>Restore this value: old value "{}"</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="109" />
      <source>恢复此值：新值“{}”</source>
      <translation>Restore this value: new value "{}"</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="396" />
      <source>您的姓名（写入每条修改历史；以后可点面板顶部的姓名修改）：</source>
      <translation>Your name (recorded with every change; click the name at the top of the panel to change it later):</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="34" />
      <source>情况说明</source>
      <translation>Statement</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="69" />
      <source>情况说明（写在备注中：实地现状、影像变化的原因）</source>
      <translation>a statement (in the remarks: the situation on the ground, why the imagery changed)</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="82" />
      <source>截至 {}。状态、整改说明、销号日期可在本表填写后用“市级反馈问题清单”算法重新导入（按清单和序号对应）；标为已整改须写整改说明，已销号还须写销号日期。</source>
      <translation>As of {}. State, rectification note and closing date can be filled in here and imported again with the "city problem list" algorithm (matched by list and number); 已整改 needs a note, 已销号 also the closing date.</translation>
    </message>
    <message>
      <location filename="../core/split/geometry.py" line="108" />
      <source>所画的线或面没有把图斑分成两部分以上：线要完整穿过图斑，面要只盖住图斑的一部分。</source>
      <translation>The line or polygon drawn does not cut the patch into two or more parts: a line must cross the whole patch, a polygon must cover only part of it.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="219" />
      <source>所选图斑均为涉军用地，不进入普通成果包；请用“军用土地登记表”单独报送。</source>
      <translation>All selected patches are military land and do not go into the ordinary package; submit them separately with the “Military land register”.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/selection.py" line="56" />
      <source>所选范围内没有需要乡镇核查的图斑（都已填报或确认，且违法图斑均已整改）。</source>
      <translation>Nothing in the chosen range needs a township field check (all filled in or confirmed, and every illegal patch rectified).</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="364" />
      <source>手动关联</source>
      <translation>Linked manually</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="363" />
      <source>手动关联（照片位置在县域范围之外）</source>
      <translation>linked by hand (the photo's position is outside the county)</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="364" />
      <source>手动关联（照片无 GPS 坐标）</source>
      <translation>Linked manually (photo has no GPS position)</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="101" />
      <source>打开</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="181" />
      <source>打开 GeoPackage 工作库…</source>
      <translation>Open a GeoPackage work package…</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="450" />
      <source>打开卫片执法工作库</source>
      <translation>Open a WPZF work package</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="185" />
      <source>打开卫片执法工作库（GeoPackage）；点右侧箭头可打开 PostgreSQL 数据库中的工作库</source>
      <translation>Open a work package (GeoPackage); the arrow on the right opens a work package in a PostgreSQL database</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" line="78" />
      <source>打开数据库工作库</source>
      <translation>Open a database work package</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="182" />
      <source>打开数据库工作库（PostgreSQL）…</source>
      <translation>Open a database work package (PostgreSQL)…</translation>
    </message>
    <message>
      <location filename="../processing/base.py" line="195" />
      <source>打开文件夹</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="60" />
      <source>打开时的值：{}</source>
      <translation>Value when opened: {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="198" />
      <source>扣减明细</source>
      <translation>Deductions</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="117" />
      <source>扣除田坎面积(亩)</source>
      <translation>Field ridges deducted (mu)</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="138" />
      <source>批准</source>
      <translation>Approval</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="39" />
      <source>批准/供地</source>
      <translation>Approval/land supply</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="129" />
      <source>批准、许可、备案范围外</source>
      <translation>outside approvals, permits and filings</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="116" />
      <source>批准文号</source>
      <translation>Approval no.</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="128" />
      <location filename="../core/fieldwork/mappages.py" line="17" />
      <source>批准范围内</source>
      <translation>inside an approval</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="116" />
      <source>批准范围内面积(亩)</source>
      <translation>Inside approvals (mu)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="19" />
      <source>批文</source>
      <translation>Approval</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="533" />
      <location filename="../core/fieldwork/mappages.py" line="69" />
      <location filename="../ui/patch_form.py" line="112" />
      <source>批次</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="96" />
      <source>批次“{}”读不出月份，无法检查月清、月核期限</source>
      <translation>Batch "{}" has no readable month: the monthly deadlines cannot be checked</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="128" />
      <source>批次“{}”（{}）有 {} 个问题，未导入任何图斑：</source>
      <translation>Batch “{}” ({}) has {} problems; no patches imported:</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="78" />
      <source>批次下发</source>
      <translation>Issued by batch</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="108" />
      <source>批次月份“{}”无法识别，请写成 2022-03 的形式。</source>
      <translation>Batch month “{}” not recognised; write it like 2022-03.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="454" />
      <source>批次：{}；乡镇：{}</source>
      <translation>Batches: {}; townships: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/charts.py" line="30" />
      <source>找不到中文字体，图表无法显示中文。请安装 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk）。</source>
      <translation>No Chinese font found, so charts cannot show Chinese. Install fonts-noto-cjk (sudo apt-get install fonts-noto-cjk).</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="290" />
      <source>找不到交叉引用表</source>
      <translation>no cross-reference table found</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="20" />
      <source>找不到市级反馈问题清单：{}</source>
      <translation>City problem list not found: {}</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="77" />
      <source>把你的值写入，覆盖对方在这些字段上的值（对方的值记入历史）</source>
      <translation>Write your values over theirs in these fields (their values stay in the history)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="419" />
      <source>把图斑 {} 拆分为 {} 个子图斑？</source>
      <translation>Split patch {} into {} parts?</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="411" />
      <source>把图斑 {} 的“{}”从“{}”恢复为“{}”？

立即保存，并作为一次修改记入历史。</source>
      <translation>Restore "{1}" of patch {0} from "{2}" to "{3}"?

It is saved at once and recorded in the history as a change.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="429" />
      <source>把子图斑 {} 合并回图斑 {}？

子图斑及其判定将删除（历史中保留），照片回到原图斑，原图斑恢复拆分前的套合结果和预判。</source>
      <translation>Merge parts {} back into patch {}?

The parts and their judgments are removed (kept in the history), their photos go back to the patch, and the patch gets back its overlay figures and pre-judgment from before the split.</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="99" />
      <source>把文件（PDF、图片、Word 等）作为附件材料保存到工作库</source>
      <translation>Store a file (PDF, image, Word, …) in the work package as an attachment</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="229" />
      <source>把预判类型和子类填入判定（仍需保存）（{}）</source>
      <translation>Fill in the suggested judgment and subtype (still to be saved) ({})</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="456" />
      <source>报送格式</source>
      <translation>Submission format</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="16" />
      <location filename="../ui/texts.py" line="27" />
      <source>拆分</source>
      <translation>Split</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="40" />
      <source>拆分后可得确数</source>
      <translation>exact after splitting</translation>
    </message>
    <message>
      <location filename="../core/export/ledger.py" line="126" />
      <location filename="../ui/dock.py" line="422" />
      <source>拆分图斑</source>
      <translation>Split patches</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="63" />
      <source>拆分已取消；已拆分的图斑保留（每个图斑单独写入）。</source>
      <translation>Splitting canceled; the patches already split stay split (each patch is written on its own).</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="95" />
      <source>拆分或合并图斑</source>
      <translation>split or merge patches</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1036" />
      <source>拆分自 {}</source>
      <translation>split from {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="24" />
      <source>拆除复耕</source>
      <translation>Demolish &amp; restore</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="130" />
      <source>拆除复耕 {} 亩 + 补办手续 {} 亩 超过图斑耕地面积 {} 亩（同一块耕地只能计一次）</source>
      <translation>demolished and restored {} mu + approved afterwards {} mu exceed the patch's farmland of {} mu (the same farmland counts once)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="67" />
      <source>拆除复耕 {} 亩 + 补办手续 {} 亩 超过耕地面积 {} 亩（同一块耕地只能计一次）</source>
      <translation>Demolished &amp; restored {} mu + approved afterwards {} mu exceed the cultivated land {} mu (farmland counts once)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="24" />
      <source>拆除复耕+补办手续</source>
      <translation>Demolish &amp; restore + approve</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="94" />
      <source>拆除复耕与补办手续面积之和不能超过耕地面积</source>
      <translation>Demolished-and-restored plus approved-afterwards cannot exceed the farmland area</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="125" />
      <source>拆除复耕耕地面积(亩)</source>
      <translation>Demolished &amp; restored farmland (mu)</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="30" />
      <source>拍摄 {}</source>
      <translation>Taken {}</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="70" />
      <location filename="../core/photos/evidence.py" line="77" />
      <location filename="../core/photos/evidence.py" line="79" />
      <source>拍摄时间</source>
      <translation>Time taken</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="398" />
      <source>拍摄时间缺失，取自文件修改时间（DateTime，可能是编辑时间），请核实</source>
      <translation>shooting time missing, taken from the file's modification time (DateTime, possibly an edit time); please verify</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="396" />
      <source>拍摄时间（DateTimeOriginal）缺失，取自创建时间（CreateDate）</source>
      <translation>shooting time (DateTimeOriginal) missing, taken from the creation time (CreateDate)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="116" />
      <source>拟发{}：{}</source>
      <translation>{} proposed: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="264" />
      <source>挂图作战</source>
      <translation>Battle map</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="353" />
      <source>挂图作战 PDF 导出失败：{}</source>
      <translation>Battle map PDF export failed: {}</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="100" />
      <source>按 .cpg 文件声明</source>
      <translation>declared in the .cpg file</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="106" />
      <source>按 DBF 语言驱动标识</source>
      <translation>from the DBF language driver ID</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="133" />
      <source>按{}年卫片执法问责比例计算方法，扣除已补办手续{}亩、已拆除复耕{}亩、已履职重大基础设施{}亩后，全县违法占用耕地{}亩，新增建设占用耕地{}亩，违法占用耕地比例{}，{}。</source>
      <translation>By the {} accountability method, after deducting approvals obtained afterwards ({} mu), demolished and restored farmland ({} mu) and major infrastructure with duties fulfilled ({} mu), the county's illegal farmland occupation is {} mu, farmland taken by new construction {} mu, ratio {}; {}.</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <location filename="../core/reports/city_feedback.py" line="84" />
      <source>按乡镇汇总</source>
      <translation>By township</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="141" />
      <source>按乡镇面积阈值{:g}亩（本县规定）和比例{}，达到问责条件的乡镇：{}。</source>
      <translation>By the township threshold of {:g} mu (county rule) and the ratio line of {}, townships meeting the accountability condition: {}.</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="156" />
      <source>按参数指定</source>
      <translation>as given by the parameter</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="55" />
      <source>按地类拆分需要地类图斑图层（LANDUSE），或先用它运行一次套合分析。</source>
      <translation>Cutting by land category needs the land-use layer (LANDUSE), or an overlay run with it first.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="84" />
      <source>按工作库记录的建设用地批准、采矿许可、设施农用地备案和临时用地图层，把本图斑切成合法状态不同的子图斑，并立即套合、预判</source>
      <translation>Cut this patch into parts of different legal states along the construction approval, mining permit, facility farmland filing and temporary land layers the work package remembers, then overlay and pre-judge them at once</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="112" />
      <source>按所选条件没有图斑可导出（批次：{}；乡镇：{}）。工作库中的批次：{}；乡镇：{}。</source>
      <translation>No patches to export for the chosen filters (batches: {}; townships: {}). Batches in the work package: {}; townships: {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="150" />
      <source>按月冻结补充耕地指标{}亩，拆除复耕经市级验收并经自治区确认后解冻{}亩，补办手续经查处后扣减{}亩，仍冻结{}亩{}。</source>
      <translation>Supplementary farmland quota frozen monthly: {} mu; released after demolition, city acceptance and the region's confirmation: {} mu; deducted for approvals obtained after the case was handled: {} mu; still frozen {} mu{}.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="59" />
      <source>按照“季度小结”要求，县卫片办于{}末对本县{}年1月至{}下发图斑的核查判定、查处整改、举证材料和数据填报情况进行了全面审核，现将审核意见通报如下：</source>
      <translation>As the quarterly review requires, at the end of {} the county Satellite Enforcement Office fully reviewed the verification and judgment, enforcement and rectification, evidence and data entry of the patches issued to the county from January {} to {}. The review opinions are as follows:</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="131" />
      <source>按规则汇总</source>
      <translation>By rule</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="82" />
      <source>按重大基础设施扣减须填立项文号（国家有关部委或省级发展改革部门批准的项目或清单）</source>
      <translation>A major infrastructure deduction needs the project approval number (a ministry's or the provincial development and reform commission's approval or list)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="76" />
      <source>按问责比例口径，全县违法占用耕地{wf}亩，新增建设占用耕地{xz}亩，违法占用耕地比例{bl}</source>
      <translation>By the accountability method, the county's illegal farmland occupation is {wf} mu, farmland taken by new construction {xz} mu, ratio {bl}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="45" />
      <source>按问责比例口径：已补办手续只扣分子，已拆除复耕和已履职重大基础设施分子分母同时扣除，存量违法和农业项目破坏耕地不计入。排名依据：{}，第1名问题最突出；名次变化为正表示较上期前移。达到问责条件：违法占用耕地达到{:g}亩（乡镇阈值，本县规定）且比例达到{}（方案四(一)6）。比例警戒线{}（本县规定）。比例保留两位小数，接近{}时多保留几位，使数字与结论一致。</source>
      <translation>By the accountability method: approvals obtained afterwards are deducted from the numerator only; demolished and restored farmland and major infrastructure with duties fulfilled from both; existing violations and farmland damaged by agricultural projects are not counted. Ranking basis: {}; rank 1 has the most serious problems; a positive change means moving up since the previous period. Accountable: illegal farmland of at least {:g} mu (township threshold, county rule) and a ratio of at least {} (plan IV(1)6). Ratio warning line {} (county rule). Ratios are shown to two decimals, with more digits near {} so that the figure agrees with the verdict.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="228" />
      <source>换算为经纬度后为 {}，</source>
      <translation>which is {} in lon/lat, </translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="44" />
      <source>排名</source>
      <translation>Ranking</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>推堆土</source>
      <translation>Dumped soil</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>推平</source>
      <translation>Levelled</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="32" />
      <source>提示</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="88" />
      <source>撤销拆分：删除原图斑的全部子图斑，恢复拆分前的图斑（有子图斑已确认时不能合并）</source>
      <translation>Undo the split: remove all parts of the patch and restore the patch as it was before the split (not possible while a part is confirmed)</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="473" />
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="473" />
      <location filename="../ui/dock.py" line="396" />
      <location filename="../ui/history_panel.py" line="50" />
      <source>操作人</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="485" />
      <source>操作人？</source>
      <translation>Operator?</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="39" />
      <source>改判依据取自备注、批准文号或备案编号；为空的须补充说明理由。</source>
      <translation>The grounds for a changed judgment come from the remarks, approval number or filing number; where empty, a reason must be added.</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="78" />
      <source>放弃你未保存的修改，重新载入对方保存的图斑</source>
      <translation>Drop your unsaved edits and reload the patch as they saved it</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="230" />
      <source>放弃本图斑未保存的修改（{}）</source>
      <translation>Discard this patch's unsaved changes ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="211" />
      <location filename="../core/reports/bulletin.py" line="217" />
      <source>政策年度</source>
      <translation>Policy year</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="185" />
      <source>政策年度 {}（{}）。来源：{}</source>
      <translation>Policy year {} ({}). Source: {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="128" />
      <source>政策年度 {}，检查日期 {}。来源：{}</source>
      <translation>Policy year {}, check date {}. Source: {}</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="20" />
      <source>政策年度（空 = 工作库设置，默认 2022）</source>
      <translation>Policy year (empty = work package setting, default 2022)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="202" />
      <source>数值过大</source>
      <translation>Value too large</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="335" />
      <source>数字</source>
      <translation>a number</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="277" />
      <source>数据实际所在带的投影坐标系</source>
      <translation>the projected CRS of the zone the data actually lie in</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="404" />
      <source>数据库密码</source>
      <translation>Database password</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="321" />
      <source>数据库角色 {}</source>
      <translation>Database role {}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="211" />
      <location filename="../core/reports/bulletin.py" line="216" />
      <location filename="../core/reports/city_feedback.py" line="91" />
      <source>数据截至</source>
      <translation>Data as of</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="63" />
      <source>数据有误，未写入任何结果：{}</source>
      <translation>Invalid data; no results written: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="86" />
      <source>数据自检（月核规则）发现问题{}条，按规则汇总如下，逐图斑清单见同名 Excel“问题清单”。</source>
      <translation>The data self-check (monthly check rules) found {} problems, summarised by rule below; see the “Problem list” sheet in the Excel file of the same name for each patch.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="42" />
      <source>数据质量</source>
      <translation>Data quality</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="42" />
      <source>数据质量自检问题汇总</source>
      <translation>Data quality self-check summary</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="371" />
      <source>整改与查处</source>
      <translation>Rectification and enforcement</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="25" />
      <source>整改中</source>
      <translation>Rectifying</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="216" />
      <source>整改到位</source>
      <translation>Rectified</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="40" />
      <source>整改存疑</source>
      <translation>Doubtful rectification</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="129" />
      <source>整改完成日期</source>
      <translation>Rectified on</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="124" />
      <source>整改措施</source>
      <translation>Rectification measure</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="58" />
      <source>整改措施“{}”不在 {} 之中</source>
      <translation>Rectification measure "{}" is not one of {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="83" />
      <source>整改措施为{}，但是否立案为否</source>
      <translation>Rectification measure {}, but case filed is no</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="124" />
      <source>整改状态</source>
      <translation>Rectification state</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="71" />
      <source>整改状态为已整改（措施：{}），但拆除复耕和补办面积均为 0，{} 亩耕地仍处于违法状态</source>
      <translation>Marked rectified (measure: {}), but demolished and approved areas are both 0: {} mu of farmland are still illegal</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="72" />
      <source>整改状态为已整改，但仍有 {} 亩耕地未拆除复耕或补办手续</source>
      <translation>Marked rectified, but {} mu of farmland are neither restored nor approved</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="121" />
      <source>整改状态为已整改，须填写整改完成日期</source>
      <translation>the rectification state is 已整改 (rectified): the completion date is needed</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="72" />
      <source>整改状态为未整改，但已填拆除复耕 {} 亩、补办 {} 亩</source>
      <translation>Marked not rectified, but {} mu demolished and {} mu approved are filled in</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="40" />
      <source>整改真实性存疑的图斑</source>
      <translation>Patches with doubtful rectification</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="335" />
      <source>整数</source>
      <translation>an integer</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="432" />
      <source>整行</source>
      <translation>the whole row</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="533" />
      <location filename="../core/reports/annual.py" line="209" />
      <location filename="../core/reports/bulletin.py" line="212" />
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="164" />
      <location filename="../core/outfiles.py" line="187" />
      <source>文件 {} 没有写出（写出后找不到该文件）。请检查磁盘空间和文件夹权限后重试。</source>
      <translation>The file {} was not written (it cannot be found after writing). Check the free disk space and the folder's permissions and try again.</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="104" />
      <source>文件不存在或无法访问（{}），请确认文件位置后重新选择</source>
      <translation>the file does not exist or cannot be accessed ({}); check where it is and choose it again</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="149" />
      <source>文件不存在：{}</source>
      <translation>File does not exist: {}</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="323" />
      <source>文件不完整（拷贝或上传时被截断）；请重新拷贝原照片后重新关联照片</source>
      <translation>the file is incomplete (cut off while copying or uploading); copy the original photo again and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="318" />
      <source>文件为空（0 字节）；请重新拷贝原照片后重新关联照片</source>
      <translation>the file is empty (0 bytes); copy the original photo again and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="143" />
      <source>文件名不是 UTF-8 编码（按 GBK 读作“{}”），未读取；请把文件改名（或用支持中文文件名的解压工具重新解压）后重新关联照片</source>
      <translation>File name is not UTF-8 (read as GBK: "{}"), not read; rename the file (or unzip again with a tool that handles Chinese file names) and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="455" />
      <source>文件夹 {} 中没有 JPG 照片。</source>
      <translation>Folder {} contains no JPG photos.</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="156" />
      <source>文件夹无法读取（{}），未进入；请检查文件夹权限后重新关联照片</source>
      <translation>Folder cannot be read ({}), not entered; check the folder permissions and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="454" />
      <source>文件已存在：{}，不会覆盖。</source>
      <translation>File already exists: {}; it will not be overwritten.</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="545" />
      <source>文件损坏或不是 JPEG：{}</source>
      <translation>File damaged or not a JPEG: {}</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="114" />
      <source>文件无法读取（{}），请检查文件权限后重试</source>
      <translation>the file cannot be read ({}); check its permissions and try again</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="123" />
      <source>文件有 {:.1f} MB，超过附件上限 {} MB，请压缩（如降低扫描分辨率）或拆分成几份后分别添加</source>
      <translation>the file has {:.1f} MB, more than the {} MB limit for attachments; compress it (e.g. scan at a lower resolution) or split it and add the parts</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="83" />
      <source>文件过大（{:.0f} MB，照片一般不超过 {} MB），未读取；请确认这是照片后压缩或另行保存</source>
      <translation>File too large ({:.0f} MB; photos are normally below {} MB), not read; make sure it is a photo, then compress it or keep it elsewhere</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="47" />
      <source>文件：{}（{}）
{}</source>
      <translation>File: {} ({})
{}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="473" />
      <location filename="../ui/history_panel.py" line="50" />
      <source>新值</source>
      <translation>New value</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="21" />
      <source>新增</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="36" />
      <source>新增 {} 个图斑，重复下发 {} 个（保留原判定与举证，其中 {} 个图形或下发属性有变化、待复核），修复几何 {} 处；编码 {}（{}）；坐标系 {}</source>
      <translation>{} new patches, {} issued again (judgments and evidence kept; {} of them changed in outline or issued fields and await review), {} geometries repaired; encoding {} ({}); CRS {}</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="123" />
      <source>新增/存量</source>
      <translation>New/existing</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="85" />
      <source>新增/存量只对违法图斑填写</source>
      <translation>New/existing is filled only for illegal patches</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="130" />
      <location filename="../ui/texts.py" line="30" />
      <source>新增乱占耕地建房</source>
      <translation>New housing on farmland</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="111" />
      <source>新增建(构)筑物疑似违法占用批准范围外耕地 {} 亩（≥{} 亩），县卫片办领导小组须逐一实地核查{}</source>
      <translation>New buildings suspected of taking {} mu of farmland outside approvals (≥ {} mu): the county leadership group must check it in the field{}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="109" />
      <source>新建建(构)筑物占用耕地 {} 亩</source>
      <translation>New buildings on {} mu of farmland</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="555" />
      <source>新建的工作库读回不完整</source>
      <translation>the new work package did not read back complete</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="26" />
      <source>方位 {:.0f}°</source>
      <translation>Azimuth {:.0f}°</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="137" />
      <source>方位角</source>
      <translation>Azimuth</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="392" />
      <source>方位角为磁北方向</source>
      <translation>azimuth relative to magnetic north</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="394" />
      <source>方位角取自无人机 XMP 云台偏航角</source>
      <translation>azimuth taken from the drone's XMP gimbal yaw</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="60" />
      <location filename="../core/photos/evidence.py" line="63" />
      <source>方位角跨度</source>
      <translation>Azimuth spread</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="90" />
      <source>方案二(四)：对市级反馈问题清单及时进行整改纠正；期限以清单所列为准</source>
      <translation>Plan II(4): the city's problem list is rectified promptly; deadlines as the list gives them</translation>
    </message>
    <message>
      <location filename="../core/reports/interviews.py" line="57" />
      <source>方案六(三)：开展约谈后5个工作日内报约谈情况，启动问责程序后5个工作日内报启动问责情况。工作日不含周六、周日和政策文件 local.holidays 所列放假日（本县规定）；截至 {}。</source>
      <translation>Plan VI(3): an interview is reported within 5 working days, the start of accountability proceedings within 5 working days. Working days exclude Saturdays, Sundays and the holidays in the policy file's local.holidays (county rule); as of {}.</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="61" />
      <location filename="../core/export/package.py" line="114" />
      <location filename="../ui/deadline_panel.py" line="69" />
      <source>无</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="116" />
      <source>无 .cpg，按内容识别为 GBK/GB18030</source>
      <translation>no .cpg, content detected as GBK/GB18030</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="111" />
      <source>无 .cpg，按内容识别为 UTF-8</source>
      <translation>no .cpg, content detected as UTF-8</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="103" />
      <source>无 .dbf 文件</source>
      <translation>no .dbf file</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="421" />
      <source>无 GPS 坐标，未关联；请在判定面板中手动关联</source>
      <translation>No GPS position, not linked; link it manually in the judgment panel</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="434" />
      <source>无举证照片。</source>
      <translation>No evidence photos.</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="65" />
      <source>无位置信息</source>
      <translation>no position</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="76" />
      <source>无几何</source>
      <translation>no-geometry</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="213" />
      <source>无待办事项</source>
      <translation>Nothing due</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="76" />
      <source>无拍摄时间：{}</source>
      <translation>no time taken: {}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="131" />
      <source>无法从工作库读取算法参数：{}</source>
      <translation>Could not read the algorithm's values from the work package: {}</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="48" />
      <source>无法写入 {}：文件夹不可写（没有写权限、只读、同名的不是文件夹，或文件正被其他程序打开）。请选择一个可写的输出文件夹，或关闭占用该文件的程序后重试。</source>
      <translation>Cannot write {}: the folder is not writable (no write permission, read-only, something of that name is not a folder, or the file is open in another program). Choose a writable output folder, or close the program holding the file, and try again.</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="106" />
      <source>无法写出 PDF：{}（错误码 {}）。请检查文件夹是否可写、文件是否被其他程序打开。</source>
      <translation>Cannot write the PDF: {} (error code {}). Check that the folder is writable and the file is not open in another program.</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="248" />
      <source>无法写出附件的临时副本 {}：{}。请检查磁盘空间后重试。</source>
      <translation>Cannot write the temporary copy {} of the attachment: {}. Check the free disk space and try again.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="73" />
      <source>无法创建 {}：{}</source>
      <translation>Cannot create {}: {}</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="214" />
      <source>无法合成 PDF {}：{}</source>
      <translation>Cannot compose the PDF {}: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="422" />
      <source>无法在 {} 中写出照片缩略图，请检查磁盘空间和文件夹权限后重试。</source>
      <translation>Cannot write the scaled photos in {}; check the free disk space and the folder's permissions and try again.</translation>
    </message>
    <message>
      <location filename="../core/store/tables.py" line="42" />
      <source>无法在工作库 {} 中建立乡镇核查记录表，未写入任何内容。请确认工作库可写、磁盘空间充足后重试。</source>
      <translation>Cannot create the field check tables in work package {}; nothing was written. Make sure the package is writable and the disk has room, then try again.</translation>
    </message>
    <message>
      <location filename="../core/store/tables.py" line="48" />
      <source>无法在工作库 {} 中建立照片文件表（photo_files），照片没有写入。请确认工作库可写后重试。</source>
      <translation>Cannot create the photo file table (photo_files) in work package {}; no photos were written. Make sure the package is writable, then try again.</translation>
    </message>
    <message>
      <location filename="../core/store/tables.py" line="34" />
      <source>无法在工作库 {} 中建立附件表（attachments），附件没有添加。请确认工作库可写、磁盘空间充足后重试。</source>
      <translation>Cannot create the attachments table in work package {}; the attachment was not added. Make sure the package is writable and the disk has space, then try again.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="192" />
      <source>无法打开 zip 文件 {}：{}</source>
      <translation>Cannot open the zip file {}: {}</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="201" />
      <source>无法打开工作库 {}：{}</source>
      <translation>Cannot open work package {}: {}</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="206" />
      <source>无法打开工作库 {}：{}。请确认它是本插件创建的 GeoPackage 且文件完整。</source>
      <translation>Cannot open work package {}: {}. Make sure it is a GeoPackage made by this plugin and that the file is complete.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="248" />
      <source>无法打开返回的核查数据 {}：{}</source>
      <translation>Cannot open the returned field data {}: {}</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="227" />
      <source>无法换算为经纬度，</source>
      <translation>cannot be converted to lon/lat, </translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.py" line="43" />
      <source>无法显示该照片（文件损坏或不存在）</source>
      <translation>Cannot show this photo (file damaged or missing)</translation>
    </message>
    <message>
      <location filename="../ui/change_poller.py" line="31" />
      <location filename="../ui/change_poller.py" line="62" />
      <source>无法查看其他人的修改：{}</source>
      <translation>Cannot check for changes by others: {}</translation>
    </message>
    <message>
      <location filename="../core/export/shapefile.py" line="38" />
      <location filename="../core/store/workpackage.py" line="527" />
      <source>无法识别坐标系 {}。</source>
      <translation>Coordinate reference system {} is not recognised.</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="118" />
      <source>无法识别编码，按 UTF-8 读取（可能有乱码，请用 ENCODING 参数指定）</source>
      <translation>encoding not recognised, read as UTF-8 (text may be garbled; set it with the ENCODING parameter)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="118" />
      <source>无法识别返回的内容 {}：请选择任务包文件夹、其 zip、核查任务表（.xlsx）或核查数据（.gpkg）。</source>
      <translation>Cannot tell what {} is: choose the package folder, its zip, the task list (.xlsx) or the field data (.gpkg).</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="231" />
      <source>无法读取 Excel 文件 {}：{}。请确认它是返回的核查任务表（.xlsx）且文件完整。</source>
      <translation>Cannot read the Excel file {}: {}. Make sure it is the returned task list (.xlsx) and complete.</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="157" />
      <source>无法读取 PDF 文件 {}（{}），可能已加密或已损坏</source>
      <translation>Cannot read PDF file {} ({}); it may be encrypted or damaged</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="29" />
      <source>无法读取 {}：{}</source>
      <translation>Cannot read {}: {}</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="152" />
      <source>无法读取图层：{}。请确认文件完整（.shp/.shx/.dbf 齐全）且格式受支持。</source>
      <translation>Cannot read layer: {}. Make sure the files are complete (.shp/.shx/.dbf all present) and the format is supported.</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="174" />
      <source>无法读取图斑图层。</source>
      <translation>Cannot read the patch layer.</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="509" />
      <source>无法读取文件（{}），未读取；请检查文件权限后重新关联照片</source>
      <translation>File cannot be read ({}), not read; check the file permissions and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="223" />
      <source>无法连接 PostgreSQL 工作库 {}：{}。请确认服务器地址、端口、数据库名、用户名和密码，以及服务器允许本机连接。</source>
      <translation>Cannot connect to the PostgreSQL work package {}: {}. Check the server address, port, database name, user name and password, and that the server accepts connections from this computer.</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="250" />
      <location filename="../core/overlay/values.py" line="218" />
      <source>无编号(fid={})</source>
      <translation>no number (fid={})</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="190" />
      <source>无附件材料（情况说明、违法处理材料、举证材料可在判定面板“附件材料”页添加）。</source>
      <translation>No attachments (statements, handling documents and evidence documents are added in the judgment dock's 附件材料 tab).</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="215" />
      <source>无（年度首期）</source>
      <translation>None (first period of the year)</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="116" />
      <source>无（请先运行套合分析）</source>
      <translation>none (run the overlay analysis first)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="71" />
      <source>既有预判又有最终判定的图斑{b}个，两者一致{a}个，一致率{r:.2f}%；不一致{d}个，其中{u}个未说明改判理由。</source>
      <translation>{b} patches have both a pre-judgment and a final judgment; {a} agree (agreement rate {r:.2f}%) and {d} differ, {u} of which give no reason for the change.</translation>
    </message>
    <message>
      <location filename="../ui/deadline_panel.py" line="28" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="97" />
      <source>日期“{}”无法识别，请写成 2022-05-15 的形式。</source>
      <translation>Date “{}” not recognised; write it like 2022-05-15.</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="102" />
      <source>日期无效：{}</source>
      <translation>Invalid date: {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="67" />
      <source>日期早于 {}，请核对</source>
      <translation>the date is before {}; please check</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="69" />
      <source>日期晚于今天（{}），不能填写将来的日期</source>
      <translation>the date is after today ({}); a future date cannot be entered</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="74" />
      <source>早于后时相 {}：{}</source>
      <translation>earlier than the after imagery {}: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="473" />
      <location filename="../ui/history_panel.py" line="50" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="30" />
      <source>时间不详</source>
      <translation>time unknown</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="461" />
      <location filename="../ui/dock.py" line="1091" />
      <location filename="../ui/judgment_form.py" line="72" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../core/output_guard.py" line="114" />
      <source>是一个已有的文件，不是文件夹</source>
      <translation>is an existing file, not a folder</translation>
    </message>
    <message>
      <location filename="../core/output_guard.py" line="104" />
      <source>是一个数据库文件（GeoPackage/SQLite），不是以前生成的 {} 文件</source>
      <translation>is a database file (GeoPackage/SQLite), not an earlier {} output</translation>
    </message>
    <message>
      <location filename="../core/output_guard.py" line="97" />
      <source>是一个文件夹</source>
      <translation>is a folder</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="109" />
      <source>是否涉及永农</source>
      <translation>Touches permanent farmland</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="110" />
      <source>是否涉及红线</source>
      <translation>Touches red line</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="124" />
      <source>是否立案</source>
      <translation>Case filed</translation>
    </message>
    <message>
      <location filename="../core/output_guard.py" line="89" />
      <source>是已有的 GeoPackage，含有其他图层（{}），输出会删除整个文件</source>
      <translation>is an existing GeoPackage holding other layers ({}); the output would delete the whole file</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="161" />
      <source>是文件夹链接，未进入；请把照片直接复制到照片文件夹内</source>
      <translation>Is a link to a folder, not entered; copy the photos directly into the photo folder</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="121" />
      <source>是空文件（0 字节），请确认文件完整后重新选择</source>
      <translation>it is empty (0 bytes); make sure the file is complete and choose it again</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="736" />
      <source>显示 {} / 共 {} 个图斑：合法 {}，违法 {}，其他用地 {}，未判定 {}；月清逾期 {}</source>
      <translation>Showing {} of {} patches: legal {}, illegal {}, other land use {}, not judged {}; overdue for monthly clearance {}</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="67" />
      <source>最远 {:.1f} 米（不超过 {:g} 米）</source>
      <translation>farthest {:.1f} m (at most {:g} m)</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="216" />
      <source>月清</source>
      <translation>Monthly clearance</translation>
    </message>
    <message>
      <location filename="../ui/deadline_panel.py" line="29" />
      <source>月清期限</source>
      <translation>Monthly clearance due</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="118" />
      <source>月清期限 {} 已过，尚未确认</source>
      <translation>Monthly clearance deadline {} has passed, not yet confirmed</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="191" />
      <source>有两个小数点：请只留一个</source>
      <translation>Two decimal marks: keep only one</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="63" />
      <source>有方位角的照片 {} 张，无法判断多方向</source>
      <translation>only {} photos with an azimuth; cannot tell whether several directions are covered</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="384" />
      <source>未保存的修改</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="164" />
      <source>未列入（见表下说明）</source>
      <translation>Not included (see below the table)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="680" />
      <source>未判定</source>
      <translation>Not judged</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="115" />
      <source>未利用地面积(亩)</source>
      <translation>Unused land (mu)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="26" />
      <source>未动工</source>
      <translation>Not started</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="897" />
      <source>未发现问题</source>
      <translation>No problems found</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="26" />
      <source>未变化</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="39" />
      <source>未填</source>
      <translation>not filled</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="101" />
      <source>未归类</source>
      <translation>unplaced</translation>
    </message>
    <message>
      <location filename="../core/overlay/values.py" line="95" />
      <source>未归类地类 {} {:.2f} 亩</source>
      <translation>unclassified land class {} {:.2f} mu</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="632" />
      <source>未打开工作库</source>
      <translation>No work package open</translation>
    </message>
    <message>
      <location filename="../core/dossier/layout.py" line="37" />
      <source>未找到字体 {}，卷宗中文可能显示为方框。请安装 fonts-noto-cjk。</source>
      <translation>Font {} not found; Chinese in dossiers may show as boxes. Install fonts-noto-cjk.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="25" />
      <source>未整改</source>
      <translation>Not rectified</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="392" />
      <source>未知地类</source>
      <translation>unknown land class</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="803" />
      <source>未知字段：{}</source>
      <translation>Unknown fields: {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/conflicts.py" line="68" />
      <source>未知的处理方式：{}</source>
      <translation>Unknown way to resolve: {}</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="157" />
      <location filename="../core/intake/patches.py" line="99" />
      <location filename="../core/store/package_io.py" line="207" />
      <source>未知错误</source>
      <translation>unknown error</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="108" />
      <source>未见批准、许可或备案覆盖</source>
      <translation>No approval, permit or filing covers it</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="138" />
      <source>未达到问责条件</source>
      <translation>accountability conditions not reached</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1049" />
      <source>未选择图斑</source>
      <translation>No patch selected</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="337" />
      <source>本乡镇图斑 {} 个；待办事项 {} 项，其中已逾期 {} 项。</source>
      <translation>{} patches in this township; {} items due, {} of them overdue.</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="40" />
      <source>本县</source>
      <translation>the county</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_dialog.py" line="36" />
      <source>本县现值</source>
      <translation>County value now</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="202" />
      <location filename="../core/reports/annual.py" line="91" />
      <location filename="../core/reports/annual.py" line="213" />
      <source>本县规定</source>
      <translation>County rules</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="202" />
      <location filename="../core/dossier/map.py" line="203" />
      <source>本图斑</source>
      <translation>This patch</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="144" />
      <source>本图斑 {} 件附件材料（保存在工作库中）</source>
      <translation>{} attachments on this patch (kept in the work package)</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="76" />
      <source>本图斑 {} 张照片</source>
      <translation>{} photos on this patch</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="437" />
      <source>本图斑共有举证照片 {} 张，卷宗按拍摄时间列入前 {} 张；其余 {} 张（第 {}–{} 张）未列入卷宗，见上报成果包“{}/{}/”文件夹（按同一顺序编号），原始文件见工作库照片表所列路径。</source>
      <translation>This patch has {} field photos; the dossier shows the first {} by time taken. The other {} (nos. {}–{}) are not in the dossier: see the folder "{}/{}/" of the submission package (numbered in the same order); the original files are at the paths listed in the work package's photo table.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="104" />
      <source>本季度审核未发现需要整改的问题，请继续保持。</source>
      <translation>This quarter's review found no problems needing rectification; keep it up.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="91" />
      <source>本报告采用的本县规定</source>
      <translation>County rules used in this report</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="40" />
      <source>本期下发为本统计期内下发批次的图斑；其余各列为{}年1月起至统计期末各批次累计。确认率 = 已确认 ÷ 累计下发。</source>
      <translation>“Issued this period” counts the patches of batches issued in this period; the other columns are cumulative over all batches from January {} to the end of the period. Confirmation rate = confirmed ÷ issued in total.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="127" />
      <source>本期不发函</source>
      <translation>no letters this period</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="51" />
      <source>本期为年度首期，无上期数据。</source>
      <translation>This is the first period of the year; there is no previous period.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="100" />
      <source>本期各乡镇均无计入问责比例的违法占用耕地。</source>
      <translation>In this period no township has illegally occupied cultivated land counted in the accountability ratio.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="124" />
      <source>本期无乡镇触及警戒线。</source>
      <translation>No township reached the warning line in this period.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="50" />
      <source>本期无涉军用地图斑。</source>
      <translation>No military land patches in this period.</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="124" />
      <source>本机 GDAL 不能读取 PDF（缺少 poppler/PDFium），未并入</source>
      <translation>this computer's GDAL cannot read PDF (no poppler/PDFium), not appended</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="58" />
      <source>本通报采用的本县规定</source>
      <translation>County rules used in this bulletin</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="57" />
      <source>机要</source>
      <translation>Confidential</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="49" />
      <source>机要件，单独报送市卫片办，不得随普通成果导出或通过互联网传输。</source>
      <translation>Confidential: submit separately to the city Satellite Enforcement Office; never export it with the ordinary deliverables or send it over the internet.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="127" />
      <source>条</source>
      <translation>count</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="190" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="173" />
      <source>来源：{}</source>
      <translation>Source: {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>林地</source>
      <translation>Forest</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="82" />
      <source>查处整改</source>
      <translation>Enforcement</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="18" />
      <source>标识</source>
      <translation>Flags</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="121" />
      <source>标识(非农化等)</source>
      <translation>Flags (non-agricultural etc.)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="870" />
      <source>标识：{}</source>
      <translation>Flags: {}</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="350" />
      <source>核对复制结果…</source>
      <translation>Checking the copy…</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="181" />
      <source>核查图斑</source>
      <translation>Patches to check</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="110" />
      <source>核查数据 {} 写出后读回不完整（磁盘已满？），任务包未生成。</source>
      <translation>The field data {} read back incomplete after writing (disk full?); the package was not made.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="185" />
      <source>核查数据 {} 无法打开，任务包未生成。</source>
      <translation>Cannot open the field data {}; the package was not made.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="266" />
      <source>核查数据中图斑编号重复出现</source>
      <translation>the patch number appears twice in the field data</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="263" />
      <source>核查数据中有一个图斑没有图斑编号（在 QField 中新画的图斑？），未读取</source>
      <translation>a patch in the field data has no patch number (drawn anew in QField?); not read</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="128" />
      <source>核查日期</source>
      <translation>Check date</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="182" />
      <source>核查照片</source>
      <translation>Field photos</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="75" />
      <location filename="../ui/deadline_panel.py" line="29" />
      <location filename="../ui/patch_form.py" line="123" />
      <source>核查状态</source>
      <translation>Verification state</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="39" />
      <source>核查进度</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="178" />
      <source>根据《{}{}年自然资源卫片执法工作实施方案》“月清”“月核”工作要求，县卫片办对各乡（镇）卫片执法工作进展定期汇总、排名，现将{}情况（数据截至{}）通报如下：</source>
      <translation>In line with the monthly clearance and monthly check requirements of the {} {} Natural Resources Satellite Enforcement Implementation Plan, the county Satellite Enforcement Office regularly compiles and ranks the townships' progress. The situation for {} (data as of {}) is reported as follows:</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="112" />
      <source>根据《{}{}年自然资源卫片执法工作实施方案》要求，现将本县{}卫片执法工作情况报告如下：</source>
      <translation>As required by the {} {} Natural Resources Satellite Enforcement Implementation Plan, the county's satellite enforcement work for {} is reported as follows:</translation>
    </message>
    <message>
      <location filename="../ui/database_dialog.py" line="96" />
      <source>模式</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="199" />
      <source>模拟整改</source>
      <translation>What-if rectification</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="192" />
      <source>模拟整改：单独采取该项措施、最少需再整改的耕地面积（精确到 0.01 亩），面积降到阈值以下或比例降到 {}% 以下即不纳入问责。</source>
      <translation>What-if rectification: the least cultivated land area (to 0.01 mu) still to rectify by this measure alone so that the area falls below the threshold or the ratio below {}%, ending accountability.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="330" />
      <location filename="../ui/dock.py" line="977" />
      <source>正在关联照片，完成后再保存</source>
      <translation>Photos are being linked; save when it has finished</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="331" />
      <location filename="../ui/dock.py" line="980" />
      <source>正在套合子图斑，完成后再保存</source>
      <translation>Overlaying the parts; save when it has finished</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="97" />
      <source>正在拆分、套合或关联照片，完成后再操作</source>
      <translation>Splitting, overlaying or linking photos; try again when it has finished</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="318" />
      <source>此前</source>
      <translation>earlier</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="469" />
      <source>每个被拆分图斑一行（parent）：面积为各子图斑之和，判定取最严重的子图斑判定（违法＞其他用地＞合法），各子图斑判定不一时备注逐一列出；照片在原图斑文件夹内</source>
      <translation>one row per split patch (parent): areas are the sums of its parts, the judgment is the severest part's (illegal &gt; other land use &gt; legal), the remark lists each part when they differ; photos in the patch's folder</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="53" />
      <source>每月数值为当年1月起至该月末各批次累计。</source>
      <translation>Each month's value is cumulative over the batches from January to the end of that month.</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="186" />
      <source>比例 = 违法占用耕地 ÷ 新增建设占用耕地（扣减后）；面积达到阈值且比例 ≥ {}% 纳入问责。比例一般显示两位小数，接近 {}% 时多显示几位，使数字与是否纳入问责一致。</source>
      <translation>Ratio = illegal farmland ÷ farmland taken by new construction (after deductions); accountable when the area reaches the threshold and the ratio is ≥ {}%. Ratios show two decimals, more near {}% so that the figure agrees with the verdict.</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="330" />
      <source>比例尺 1:{}</source>
      <translation>Scale 1:{}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="52" />
      <source>比例趋势</source>
      <translation>Ratio trend</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>水工</source>
      <translation>Hydraulic works</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="37" />
      <source>水库</source>
      <translation>Reservoir</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="37" />
      <source>水面</source>
      <translation>Water surface</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="39" />
      <location filename="../core/overlay/engine.py" line="42" />
      <location filename="../core/fieldwork/mappages.py" line="16" />
      <source>永久基本农田</source>
      <translation>Permanent basic farmland</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="100" />
      <source>永久基本农田 {} 亩</source>
      <translation>permanent farmland {} mu</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="115" />
      <source>永久基本农田面积(亩)</source>
      <translation>Permanent basic farmland (mu)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="37" />
      <source>沟渠</source>
      <translation>Ditch</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="94" />
      <source>没有几何图形</source>
      <translation>no geometry</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="224" />
      <location filename="../core/overlay/engine.py" line="244" />
      <source>没有可套合的图斑（全部缺少几何或几何无效）。</source>
      <translation>No patches can be overlaid (all lack a geometry or have an invalid one).</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="204" />
      <source>没有可套合的图斑（全部缺少几何）。</source>
      <translation>No patch to overlay (all lack a geometry).</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="47" />
      <source>没有可用于拆分的图层：请给出建设用地批准、采矿许可、设施农用地备案或临时用地图层（或先用这些图层运行一次套合分析，工作库会记住它们）。</source>
      <translation>No layer to split by: give the construction approvals, mining permits, facility farmland filings or temporary land (or run the overlay with them once; the package remembers them).</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="953" />
      <source>没有可采用的预判</source>
      <translation>No pre-judgment to apply</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="197" />
      <source>没有图斑可套合。</source>
      <translation>No patches to overlay.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_dialog.py" line="73" />
      <source>没有待处理的冲突。</source>
      <translation>No conflicts to resolve.</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="57" />
      <source>没有指定工作库。请填写 GeoPackage 路径或 PostgreSQL 工作库（连接名、service= 或 postgresql:// 地址）。</source>
      <translation>No work package given. Enter a GeoPackage path or a PostgreSQL package (connection name, service= or postgresql:// address).</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="473" />
      <source>没有操作人姓名，未写入工作库：请填写姓名后再操作</source>
      <translation>No operator name: nothing was written to the work package. Enter your name and try again</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.py" line="27" />
      <source>没有照片</source>
      <translation>No photos</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="105" />
      <source>没有要写入 Excel 的内容。</source>
      <translation>Nothing to write to Excel.</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="218" />
      <source>没有这一天</source>
      <translation>No such day</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="246" />
      <source>没有需要套合的图斑（新导入或图形变化的图斑都已套合）；要重算全部图斑请把范围选为“全部”。</source>
      <translation>Nothing to overlay (every new or reshaped patch is overlaid already); choose the scope "all" to measure every patch again.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="37" />
      <source>河流</source>
      <translation>River</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="125" />
      <location filename="../ui/texts.py" line="29" />
      <source>涉军用地</source>
      <translation>Military land</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="45" />
      <source>涉军用地图斑 {} 个</source>
      <translation>{} military land patches</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="112" />
      <source>涉军用地，须填报军用土地登记表并以机要件单独上报</source>
      <translation>Military land: fill in the military land register and report it separately as classified mail</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="29" />
      <source>涉永久基本农田</source>
      <translation>Permanent farmland</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="29" />
      <source>涉生态保护红线</source>
      <translation>Ecological red line</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="99" />
      <source>添加…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="83" />
      <source>添加人</source>
      <translation>Added by</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="192" />
      <source>添加人/时间</source>
      <translation>Added by / at</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="83" />
      <source>添加时间</source>
      <translation>Added at</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="17" />
      <source>添加照片</source>
      <translation>Photo added</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="18" />
      <source>添加附件</source>
      <translation>File added</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="40" />
      <source>添加附件材料 · 图斑 {}</source>
      <translation>Add attachment · patch {}</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="104" />
      <source>源工作库和目标相同（{}）。请指定另一个 GeoPackage 文件或 PostgreSQL 模式。</source>
      <translation>The source package and the target are the same ({}). Give another GeoPackage file or PostgreSQL schema.</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="75" />
      <source>点</source>
      <translation>point</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="360" />
      <source>点号</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="190" />
      <location filename="../ui/dock.py" line="840" />
      <location filename="../ui/dock.py" line="1134" />
      <source>照片</source>
      <translation>Photos</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="172" />
      <source>照片 (*.jpg *.jpeg *.JPG *.JPEG)</source>
      <translation>Photos (*.jpg *.jpeg *.JPG *.JPEG)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="840" />
      <location filename="../ui/dock.py" line="1134" />
      <source>照片 ({})</source>
      <translation>Photos ({})</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="92" />
      <source>照片 {} 与图斑 {} 的举证照片是同一文件（SHA-256 相同），每个图斑应有自己的现场照片</source>
      <translation>Photo {} is the same file as an evidence photo of patch {} (same SHA-256); every patch needs its own field photos</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="556" />
      <source>照片 {} 在 QField 中对应的图斑 {} 不在工作库中，未关联</source>
      <translation>Photo {} was taken for patch {} in QField, which is not in the work package; not linked</translation>
    </message>
    <message>
      <location filename="../core/store/photo_files.py" line="41" />
      <source>照片 {} 在读取后被改动（SHA-256 不符），未写入工作库。请重新关联照片。</source>
      <translation>Photo {} changed after it was read (SHA-256 differs) and was not written to the work package. Link the photos again.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="544" />
      <source>照片 {} 复制后校验不符（文件在导入时被改动？），未导入</source>
      <translation>Photo {} did not match its checksum after copying (changed during the import?); not imported</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="90" />
      <source>照片 {} 拍摄于 {}，早于后时相影像 {}，不能证明现状</source>
      <translation>Photo {} taken on {}, before the later imagery {}: it cannot show the present state</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="592" />
      <source>照片 {} 无法读取（{}），未添加任何照片。</source>
      <translation>Photo {} cannot be read ({}); no photos added.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="90" />
      <source>照片 {} 没有拍摄时间，无法核对是否晚于后时相</source>
      <translation>Photo {} has no time taken: cannot check it is after the later imagery</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="89" />
      <source>照片 {} 距图斑 {} 米，超过 {} 米</source>
      <translation>Photo {} is {} m from the patch, more than {} m</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="34" />
      <source>照片·{}</source>
      <translation>Photo · {}</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="417" />
      <source>照片不含 EXIF 信息（微信等软件转发或编辑另存后常被去掉），无 GPS 坐标和拍摄时间，未关联；请使用相机或手机中的原图，或在判定面板中手动关联</source>
      <translation>the photo has no EXIF (chat apps such as WeChat and editors often remove it): no GPS position or shooting time, not linked; use the original from the camera or phone, or link it by hand in the judgment dock</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="194" />
      <source>照片与图斑的关联无法建立（{}）。</source>
      <translation>Cannot relate the photos to the patches ({}).</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="400" />
      <source>照片中没有拍摄时间</source>
      <translation>the photo holds no shooting time</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1195" />
      <source>照片关联失败：{}</source>
      <translation>Photo linking failed: {}</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="378" />
      <source>照片和附件文件仍在 {}（已记入设置 {}），各技术员的电脑都须能访问该文件夹。</source>
      <translation>Photo and document files stay in {} (recorded as setting {}); every technician's PC must be able to reach that folder.</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="374" />
      <source>照片和附件文件仍在共享文件夹 {}：GeoPackage 工作库按其所在文件夹查找照片，请把 {} 放到该文件夹，或把照片文件夹复制到它旁边。</source>
      <translation>Photo and document files stay in the shared folder {}: a GeoPackage package looks for photos in its own folder, so put {} into that folder, or copy the photo folder beside it.</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1253" />
      <source>照片存放方式只能是 {} 或 {}。</source>
      <translation>Photo storage can only be {} or {}.</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="58" />
      <source>照片数量</source>
      <translation>Number of photos</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="444" />
      <source>照片文件夹 {} 不在工作库所在文件夹内：导出成果包时这些照片不会放入。请把照片文件夹移到工作库所在文件夹内后重新关联照片。</source>
      <translation>Photo folder {} is not inside the work package's folder: the submission package will leave these photos out. Move the photo folder into the work package's folder and link the photos again.</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="152" />
      <source>照片文件夹不存在：{}</source>
      <translation>Photo folder does not exist: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="459" />
      <source>照片文件缺失或无法读取：
{}</source>
      <translation>Photo files missing or unreadable:
{}</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="17" />
      <source>照片更新</source>
      <translation>Photo updated</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1152" />
      <source>照片记录 {} 不存在。</source>
      <translation>Photo record {} does not exist.</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="18" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="39" />
      <location filename="../core/overlay/engine.py" line="42" />
      <location filename="../core/fieldwork/mappages.py" line="17" />
      <source>生态保护红线</source>
      <translation>Ecological protection red line</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="100" />
      <source>生态保护红线 {} 亩</source>
      <translation>ecological red line {} mu</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="115" />
      <source>生态保护红线面积(亩)</source>
      <translation>Ecological red line (mu)</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="60" />
      <source>生成卷宗 {} 份，共 {} 页；目录：{}</source>
      <translation>Generated {} dossiers, {} pages in total; index: {}</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="41" />
      <source>生成照片缩略图</source>
      <translation>Generating photo thumbnails</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="464" />
      <source>生成软件</source>
      <translation>Generated by</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="172" />
      <source>用 QField：把 QField 文件夹整个复制到手机，打开其中的 .qgs 项目，在图斑表单的“实地核查与整改”页填写，在“核查照片”图层拍照（照片存入 DCIM 文件夹）。</source>
      <translation>With QField: copy the whole QField folder to the phone, open the .qgs project in it, fill the “Field check and rectification” tab of the patch form and take photos in the “field photos” layer (they go into the DCIM folder).</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="101" />
      <source>用系统程序打开所选附件（核对内容后写出临时副本）</source>
      <translation>Open the selected attachment with the system's program (a temporary copy, checked first)</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="42" />
      <source>画线拆分</source>
      <translation>Split by line</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="139" />
      <source>画线拆分图斑 {}：在地图上左键依次加点，画一条完整穿过图斑的线；右键或回车结束，Backspace 撤回一点，Esc 取消。</source>
      <translation>Split patch {} by a line: left-click vertices on the map to draw a line right across the patch; right click or Enter finishes, Backspace removes the last vertex, Esc cancels.</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="43" />
      <source>画面拆分</source>
      <translation>Split by polygon</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="136" />
      <source>画面拆分图斑 {}：在地图上左键依次加点，画一个盖住图斑一部分的面；右键或回车结束，Backspace 撤回一点，Esc 取消。</source>
      <translation>Split patch {} by a polygon: left-click vertices on the map to draw a polygon covering part of the patch; right click or Enter finishes, Backspace removes the last vertex, Esc cancels.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="19" />
      <source>登记发证</source>
      <translation>Registration</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="139" />
      <location filename="../core/overlay/run.py" line="176" />
      <location filename="../core/store/workpackage.py" line="658" />
      <source>监测图斑</source>
      <translation>Monitoring patches</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="533" />
      <location filename="../core/fieldwork/mappages.py" line="69" />
      <location filename="../core/reports/atlas.py" line="204" />
      <source>监测编号</source>
      <translation>Patch no.</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="284" />
      <source>监测编号 {} · {}</source>
      <translation>Patch no. {} · {}</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="114" />
      <source>目标 {} 不是 GeoPackage 文件名（应以 .gpkg 结尾），也不是 PostgreSQL 工作库。</source>
      <translation>The target {} is neither a GeoPackage file name (ending in .gpkg) nor a PostgreSQL package.</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="443" />
      <source>目标 {} 在复制期间被他人写入了数据，不会覆盖；复制结果已删除。</source>
      <translation>Someone wrote data into the target {} during the copy; it is not overwritten and the copy was removed.</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="109" />
      <source>目标 {} 已有数据（{} 等 {} 个表），不会覆盖。请换一个模式名，或由管理员确认后删除该模式。</source>
      <translation>The target {} already holds data ({} and others, {} tables) and is not overwritten. Choose another schema name, or have an administrator check and drop that schema.</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="112" />
      <source>目标坐标系 {} 无效或不是投影坐标系；请选择 CGCS2000 三度带投影（EPSG:4513–4554）。</source>
      <translation>Target CRS {} is invalid or not projected; choose a CGCS2000 3-degree zone projection (EPSG:4513–4554).</translation>
    </message>
    <message>
      <location filename="../core/store/copy_package.py" line="112" />
      <source>目标文件 {} 已存在，不会覆盖。请换一个文件名，或先移走该文件。</source>
      <translation>The target file {} exists and is not overwritten. Choose another file name, or move that file away first.</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="136" />
      <source>相对路径</source>
      <translation>Relative path</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>硬化</source>
      <translation>Paving</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="128" />
      <source>确认日期</source>
      <translation>Confirmation date</translation>
    </message>
    <message>
      <location filename="../core/store/package_io.py" line="74" />
      <source>磁盘空间不足，工作库 {} 未能写入，本次修改没有保存（工作库保持修改前的状态）。请清理磁盘空间后重试。（{}）</source>
      <translation>The disk is full: work package {} could not be written and these changes were not saved (the package is as it was before). Free some disk space and try again. ({})</translation>
    </message>
    <message>
      <location filename="../core/outfiles.py" line="43" />
      <source>磁盘空间不足，无法写出 {}。请清理该磁盘（删除不需要的文件）或选择其他磁盘上的输出文件夹后重试；未写完的文件已删除。</source>
      <translation>Not enough disk space to write {}. Free space on that disk (delete files you do not need) or choose an output folder on another disk and try again; the unfinished files were removed.</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="18" />
      <source>移出照片</source>
      <translation>Photo removed</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="39" />
      <source>空</source>
      <translation>empty</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="24" />
      <source>立案查处</source>
      <translation>Case filed</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="177" />
      <source>第 {} 个要素（FID {}）</source>
      <translation>Feature {} (FID {})</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="276" />
      <source>第 {} 带的投影坐标系</source>
      <translation>the projected CRS of zone {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="246" />
      <source>第 {} 行填了内容，但没有图斑编号</source>
      <translation>row {} has values but no patch number</translation>
    </message>
    <message>
      <location filename="../core/dossier/layout.py" line="262" />
      <source>第 {} 页 / 共 {} 页</source>
      <translation>Page {} of {}</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="192" />
      <source>第 {} 页无法原样并入（页面旋转、偏移、透明效果或批注）</source>
      <translation>page {} cannot be appended as it is (turned or shifted page, transparency or annotations)</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="347" />
      <source>第 {} 页：{}</source>
      <translation>Page {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="29" />
      <source>算法模块 {} 未加载：{}</source>
      <translation>Algorithm module {} not loaded: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/map.py" line="318" />
      <source>米</source>
      <translation>m</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="192" />
      <location filename="../ui/attachment_panel.py" line="50" />
      <location filename="../ui/attachment_panel.py" line="83" />
      <source>类别</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="251" />
      <source>系统没有能打开 {} 的程序，临时副本在 {}。</source>
      <translation>No program on this system opens {}; the temporary copy is {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/interviews.py" line="56" />
      <source>约谈问责</source>
      <translation>Interviews</translation>
    </message>
    <message>
      <location filename="../core/reports/interviews.py" line="56" />
      <source>约谈问责登记及报告期限</source>
      <translation>Interviews and accountability proceedings with their report deadlines</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="136" />
      <source>纬度</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="75" />
      <source>线</source>
      <translation>line</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="136" />
      <source>经度</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="../core/intake/layers.py" line="30" />
      <source>经度 {:.4f} 不在中国 CGCS2000 三度带范围内（75°E–135°E），请检查数据坐标。</source>
      <translation>Longitude {:.4f} is outside China's CGCS2000 3-degree zones (75°E–135°E); check the data coordinates.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="160" />
      <source>统计完成：{} 个乡镇，{} 个乡镇触及警戒线</source>
      <translation>Statistics done: {} townships, {} at the warning line</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="213" />
      <source>统计期</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="210" />
      <location filename="../core/reports/bulletin.py" line="214" />
      <source>统计范围</source>
      <translation>Scope</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="294" />
      <source>统计范围：{}　数据截至：{}</source>
      <translation>Scope: {}    Data as of: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="163" />
      <source>继续落实“月清、月核、季度小结”机制，强化源头防范和动态巡查，坚决遏制新增违法占用耕地。</source>
      <translation>Keep up the monthly clearance, monthly check and quarterly review mechanism, strengthen prevention at the source and dynamic patrols, and firmly curb new illegal occupation of cultivated land.</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="103" />
      <source>缺少 openpyxl，无法写 Excel（Debian：apt install python3-openpyxl）。</source>
      <translation>openpyxl is missing, cannot write Excel (Debian: apt install python3-openpyxl).</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="27" />
      <source>缺少 openpyxl，无法读 Excel（Debian：apt install python3-openpyxl）。</source>
      <translation>openpyxl is missing, Excel files cannot be read (Debian: apt install python3-openpyxl).</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="46" />
      <source>缺少 openpyxl，无法读写 Excel（Debian：apt install python3-openpyxl）。</source>
      <translation>openpyxl is missing, Excel files cannot be read or written (Debian: apt install python3-openpyxl).</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="325" />
      <source>缺少 trailer</source>
      <translation>no trailer</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="99" />
      <source>缺少图斑面积，请先运行套合分析（wpzf:overlay）</source>
      <translation>No patch area: run the overlay first (wpzf:overlay)</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="155" />
      <source>缺少地类图层（LANDUSE，三调/变更调查地类图斑）。</source>
      <translation>The land-use layer is missing (LANDUSE, Third National Land Survey / annual change survey polygons).</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="91" />
      <source>缺少属性文件 {}：只有图形，没有 JCBH 等属性，无法导入。请把与 {} 同名的 .dbf 文件放在同一文件夹（它随 .shp 一起下发），或向下发单位重新索取完整数据。</source>
      <translation>The attribute file {} is missing: there are shapes but no attributes such as JCBH, so nothing can be imported. Put the .dbf of the same name as {} into the same folder (it is issued with the .shp), or ask the issuing office for the complete data.</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="95" />
      <source>缺少索引文件 {}。请把与 {} 同名的 .shx 文件放在同一文件夹，或向下发单位重新索取完整数据。</source>
      <translation>The index file {} is missing. Put the .shx of the same name as {} into the same folder, or ask the issuing office for the complete data.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="16" />
      <location filename="../ui/texts.py" line="36" />
      <source>耕地</source>
      <translation>Farmland</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="100" />
      <source>耕地 {} 亩</source>
      <translation>cultivated land {} mu</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="29" />
      <source>耕地≥50亩需领导小组实地核查</source>
      <translation>Farmland ≥ 50 mu: leadership field check</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="348" />
      <source>耕地≥50亩须领导小组实地核查，缺{}</source>
      <translation>a case of ≥ 50 mu of farmland needs the leadership group's field check: missing {}</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="190" />
      <source>耕地已扣除田坎（{}）</source>
      <translation>field ridges deducted from cultivated land ({})</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="188" />
      <source>耕地未扣除田坎（参数关闭）</source>
      <translation>field ridges not deducted from cultivated land (parameter off)</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="192" />
      <source>耕地未扣除田坎（地类图层无 KCXS/KCMJ 字段）</source>
      <translation>field ridges not deducted from cultivated land (land-use layer has no KCXS/KCMJ field)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="114" />
      <source>耕地面积(亩)</source>
      <translation>Cultivated land (mu)</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="41" />
      <source>自动拆分</source>
      <translation>Auto split</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="236" />
      <source>自动拆分图斑</source>
      <translation>Split patch automatically</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="459" />
      <source>自检</source>
      <translation>Self-check</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="168" />
      <source>自检…</source>
      <translation>Self-check…</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="43" />
      <source>自检问题清单</source>
      <translation>Self-check problem list</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="898" />
      <source>自检（随填随查）：严重 {}，共 {}</source>
      <translation>Self-check (as you type): {} severe of {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="909" />
      <source>自检（随填随查）：点击查看全部问题</source>
      <translation>Self-check as you type: click to see every problem</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="901" />
      <source>自检：严重 {}，共 {}</source>
      <translation>Self-check: {} severe of {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="904" />
      <source>自检：未发现问题</source>
      <translation>Self-check: no problems</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="132" />
      <source>自治区确认日期</source>
      <translation>Region confirmation date</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="87" />
      <source>自治区确认日期 {} 早于市级验收日期 {}</source>
      <translation>Region confirmation date {} is before the city acceptance date {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="109" />
      <source>至多 {}</source>
      <translation>at most {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="69" />
      <source>至少 {} 张多方向实地照片（现有 {} 张）</source>
      <translation>at least {} field photos from several directions ({} now)</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="455" />
      <location filename="../core/reports/military.py" line="56" />
      <source>范围</source>
      <translation>Scope</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="108" />
      <source>范围外 {} 亩未见批准、许可或备案</source>
      <translation>{} mu outside without approval, permit or filing</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="327" />
      <source>范围选了“指定批次”，请填写批次（BATCH），例如 2022-03。</source>
      <translation>The scope is "one batch": fill in BATCH, e.g. 2022-03.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>草地</source>
      <translation>Grassland</translation>
    </message>
    <message>
      <location filename="../core/export/ledger.py" line="127" />
      <source>行类型</source>
      <translation>Row type</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="24" />
      <source>补办手续</source>
      <translation>Approve afterwards</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="125" />
      <source>补办手续耕地面积(亩)</source>
      <translation>Farmland approved afterwards (mu)</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="96" />
      <source>补办手续面积只对违法图斑有意义</source>
      <translation>The approved-afterwards area only means something for illegal patches</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="27" />
      <source>被拆分</source>
      <translation>Split up</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="463" />
      <source>被拆分图斑</source>
      <translation>Split patches</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/qfield.py" line="179" />
      <source>裁切后的影像无法打开：{}</source>
      <translation>Cannot open the clipped imagery: {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="65" />
      <source>要求返回日期 {} 早于今天 {}。</source>
      <translation>The return date {} is before today {}.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="63" />
      <source>要求返回日期“{}”不是有效日期，请填写如 2022-06-20 的日期。</source>
      <translation>The return date “{}” is not a valid date; write a date such as 2022-06-20.</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="161" />
      <source>见下图</source>
      <translation>See the image below</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="131" />
      <source>规则名称</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="131" />
      <source>规则编号</source>
      <translation>Rule ID</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="54" />
      <source>触及警戒线的乡镇及拟发函件</source>
      <translation>Townships crossing a warning line and the letters proposed</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="126" />
      <location filename="../ui/texts.py" line="32" />
      <source>警告</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="196" />
      <location filename="../core/reports/bulletin.py" line="170" />
      <source>警戒线 {}（本县规定）</source>
      <translation>Warning line {} (county rule)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="55" />
      <source>警戒线、月清后整改月数和发函条件为本县规定：{}。</source>
      <translation>The warning line, the rectification months after monthly clearance and the letter rules are county rules: {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="54" />
      <source>警示提醒与函件</source>
      <translation>Warnings and letters</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="436" />
      <source>计算 SHA-256 清单…</source>
      <translation>Computing SHA-256 list…</translation>
    </message>
    <message>
      <location filename="../core/overlay/run.py" line="163" />
      <source>计算坐标系 {}；面积为 CGCS2000 椭球面积（亩）；{}</source>
      <translation>Working CRS {}; areas are CGCS2000 ellipsoidal areas (mu); {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/store.py" line="138" />
      <source>记录 {}（{}）不存在，可能已被删除；请刷新后重试。</source>
      <translation>Record {} ({}) does not exist and may have been deleted; refresh and try again.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="20" />
      <source>设施农业用地</source>
      <translation>Facility farmland</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="43" />
      <source>设施农用地</source>
      <translation>Facility agricultural land</translation>
    </message>
    <message>
      <location filename="../core/overlay/validity.py" line="138" />
      <location filename="../ui/texts.py" line="39" />
      <source>设施农用地备案</source>
      <translation>facility farmland filings</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="119" />
      <source>设施农用地备案期限至</source>
      <translation>Facility filing valid until</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="79" />
      <source>设施农用地备案期限至 {}，已过期（检查日 {}），请核实是否续期</source>
      <translation>Facility farmland filing valid until {}, expired (checked {}); check whether it was renewed</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="128" />
      <source>设施农用地备案范围内</source>
      <translation>inside a facility farmland filing</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="117" />
      <source>设施农用地面积(亩)</source>
      <translation>Facility farmland (mu)</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="16" />
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="32" />
      <source>该类型文件可以保存，但不能排入卷宗 PDF，生成卷宗时另附在卷宗旁并在卷宗中列出；建议转为 PDF 后添加。</source>
      <translation>Files of this type are stored, but cannot go into the dossier PDF: they are written beside the dossier and listed in it. Better convert it to PDF before adding.</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="130" />
      <source>该类型文件，卷宗 PDF 无法容纳</source>
      <translation>a file of a type a dossier PDF cannot hold</translation>
    </message>
    <message>
      <location filename="../core/export/ledger.py" line="127" />
      <location filename="../ui/attachment_panel.py" line="52" />
      <location filename="../ui/patch_form.py" line="137" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="82" />
      <source>请于 {} 前返回。蓝色列为下发和套合数据（已锁定）；黄色列由乡镇填写，下拉选择或按提示填写，日期如 2022-06-15，面积以亩为单位。不要改动图斑编号，不要删除隐藏的工作表。</source>
      <translation>Return by {}. Blue columns are issued and overlay data (locked); the township fills the yellow columns, from the drop-down lists or as prompted, dates like 2022-06-15, areas in mu. Do not change patch numbers or delete the hidden sheet.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="158" />
      <source>请从下拉列表中选择：{}</source>
      <translation>Choose from the drop-down list: {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1083" />
      <source>请先保存或撤销当前的修改，再恢复历史值</source>
      <translation>Save or undo the current changes before restoring a value from the history</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_dialog.py" line="81" />
      <source>请先选中要处理的冲突（可多选）。</source>
      <translation>Select the conflicts to resolve first (several at once is fine).</translation>
    </message>
    <message>
      <location filename="../ui/split_panel.py" line="93" />
      <source>请先选择图斑</source>
      <translation>Select a patch first</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="29" />
      <source>请只给图斑图层或工作库之一，不要同时给两个。</source>
      <translation>Give either a patch layer or a work package, not both.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="138" />
      <source>请各乡（镇）对照以下时间节点倒排工作：{}。</source>
      <translation>Townships should plan their work back from these deadlines: {}.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="166" />
      <source>请填写以亩为单位的面积（0 或正数，不写单位）</source>
      <translation>Enter the area in mu (0 or more, no unit)</translation>
    </message>
    <message>
      <location filename="../core/intake/patches.py" line="243" />
      <source>请填写批次名称（BATCH），例如 2022-01。</source>
      <translation>Enter a batch name (BATCH), e.g. 2022-01.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/workbook.py" line="162" />
      <source>请填写日期，如 2022-06-15</source>
      <translation>Enter a date such as 2022-06-15</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="174" />
      <source>请填写统计期：上半年 2022H1，全年 2022。</source>
      <translation>Enter the period: first half 2022H1, full year 2022.</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="239" />
      <source>请指定输出 PDF 文件。</source>
      <translation>Specify the output PDF file.</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="93" />
      <source>请指定输出文件夹。</source>
      <translation>Specify the output folder.</translation>
    </message>
    <message>
      <location filename="../core/split/geometry.py" line="106" />
      <source>请画一条穿过图斑的线，或一个与图斑部分重叠的面。</source>
      <translation>Draw a line across the patch, or a polygon over part of it.</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="34" />
      <source>请给出图斑图层（INPUT）或工作库（WORKPACKAGE）。</source>
      <translation>Give a patch layer (INPUT) or a work package (WORKPACKAGE).</translation>
    </message>
    <message>
      <location filename="../core/reports/city_feedback.py" line="99" />
      <source>请给出市级反馈问题清单（INPUT）、要更新的问题（ITEM）或整改情况报表（OUTPUT_XLSX）。</source>
      <translation>Give the city's problem list (INPUT), an item to update (ITEM) or a status report (OUTPUT_XLSX).</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="320" />
      <source>读取 EXIF 需要 Python 库 Pillow（PIL），本机 QGIS 中没有；请安装 Pillow（OSGeo4W 中为 python3-pillow）后重新关联照片</source>
      <translation>reading EXIF needs the Python library Pillow (PIL), which this QGIS lacks; install Pillow (python3-pillow in OSGeo4W) and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/store/pg_sql.py" line="27" />
      <source>读取 PostgreSQL 工作库 {} 失败：{}</source>
      <translation>Reading the PostgreSQL work package {} failed: {}</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="160" />
      <location filename="../core/reports/military.py" line="41" />
      <source>读取工作库…</source>
      <translation>Reading work package…</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="175" />
      <location filename="../core/reports/bulletin.py" line="152" />
      <location filename="../core/reports/review.py" line="115" />
      <source>读取工作库：{} 个图斑</source>
      <translation>Work package read: {} patches</translation>
    </message>
    <message>
      <location filename="../core/intake/batch_checks.py" line="221" />
      <source>超出范围的图斑：{}。</source>
      <translation>Patches outside: {}. </translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="111" />
      <source>超过 {} 个字（现有 {} 个），请精简</source>
      <translation>longer than {} characters ({} now); please shorten it</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="28" />
      <source>距 {:.1f} 米</source>
      <translation>{:.1f} m away</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="65" />
      <location filename="../core/photos/evidence.py" line="67" />
      <source>距图斑距离</source>
      <translation>Distance to patch</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="137" />
      <source>距图斑距离(米)</source>
      <translation>Distance to patch (m)</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="375" />
      <source>距最近图斑 {} 为 {:.1f} 米，超过 {:g} 米，未关联</source>
      <translation>Nearest patch {} is {:.1f} m away, more than {:g} m; not linked</translation>
    </message>
    <message>
      <location filename="../core/overlay/values.py" line="250" />
      <source>跨乡镇：</source>
      <translation>spans townships: </translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="103" />
      <source>较上期名次前移（问题加重）的乡镇：{}。</source>
      <translation>Townships that moved up since the previous period (worse): {}.</translation>
    </message>
    <message>
      <location filename="../core/output_guard.py" line="71" />
      <source>输出参数 {} 的位置 {} {}。为避免覆盖已有数据，本次没有运行。请另选一个新的文件名。</source>
      <translation>Output parameter {0}: {1} {2}. Nothing was run, so that no existing data is overwritten. Choose a new file name.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="137" />
      <source>达到问责条件（面积≥{:g}亩且比例≥{}）</source>
      <translation>meets the accountability condition (area ≥ {:g} mu and ratio ≥ {})</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="102" />
      <source>返回的文件或文件夹不存在：{}</source>
      <translation>The returned file or folder does not exist: {}</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/outgoing.py" line="174" />
      <source>返回：把整个任务包文件夹（或其 zip，或任务表加 QField 文件夹）交回县卫片办，不要改动文件名和图斑编号。</source>
      <translation>Return: hand the whole package folder (or its zip, or the task list with the QField folder) back to the county office; do not rename files or change patch numbers.</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="237" />
      <source>这个图斑不在任务包 {} 中，未导入（请勿在任务表中添加图斑）</source>
      <translation>this patch is not in package {}; not imported (do not add patches to the task list)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="366" />
      <source>这个图斑已不在工作库中（被合并或删除），返回的值无法导入</source>
      <translation>this patch is no longer in the work package (merged or removed); the returned values cannot be imported</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="369" />
      <source>这个图斑已于 {} 随任务包 {} 重新发出，这是旧任务表中的值，未导入；请在新任务表中填写</source>
      <translation>this patch was sent again on {} in package {}; these are values of the old task list and were not imported; fill them in the new task list</translation>
    </message>
    <message>
      <location filename="../core/store/workpackage.py" line="1259" />
      <source>这些照片文件找不到，照片没有存入工作库：{}。请找回照片文件后重试。</source>
      <translation>These photo files cannot be found; no photos were stored in the work package: {}. Recover the files and try again.</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="18" />
      <source>违法</source>
      <translation>Illegal</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="42" />
      <source>违法与整改</source>
      <translation>Illegal and rectification</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="123" />
      <source>违法主体</source>
      <translation>Offender</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="191" />
      <source>违法占用耕地</source>
      <translation>Illegally occupied cultivated land</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="72" />
      <source>违法占用耕地比例 = 扣减后违法占用耕地 ÷ 扣减后新增建设占用耕地；县级面积达到{:g}亩且比例达到{}的纳入问责（方案四(一)6）；乡镇面积阈值{:g}亩和排名依据（{}）为本县规定。</source>
      <translation>Ratio = illegal farmland after deductions ÷ farmland taken by new construction after deductions; a county is accountable with at least {:g} mu and a ratio of at least {} (plan IV(1)6); the township threshold of {:g} mu and the ranking basis ({}) are county rules.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="126" />
      <source>违法图斑中已整改到位{}个、正在整改{}个、尚未整改{}个；已拆除复耕耕地{}亩，补办用地手续耕地{}亩，立案查处{}个。</source>
      <translation>Of the illegal patches, {} are fully rectified, {} being rectified and {} not yet rectified; {} mu of cultivated land were demolished and restored to farmland, approval was obtained afterwards for {} mu, and {} cases were filed.</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="87" />
      <source>违法图斑须填写违法主体</source>
      <translation>An illegal patch needs its offender</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="34" />
      <source>违法处理材料</source>
      <translation>Enforcement documents</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="73" />
      <source>违法性质为{}，但套合耕地面积为 0</source>
      <translation>Illegal as {}, but the overlay found no cultivated land</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="85" />
      <source>违法性质为{}，请填“非农化”标识（二(二)：非农化与新增乱占耕地建房分别标识）</source>
      <translation>Illegal as {}: fill in the "non-agricultural use" flag (plan 2(2): both marks are set separately)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="80" />
      <source>违法性质为乱占耕地建房，不能按交通能源水利重大基础设施扣减（ZDJCSS 应为否）</source>
      <translation>Housing on farmland cannot be deducted as major transport, energy or water infrastructure (ZDJCSS must be no)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="84" />
      <source>违法性质为乱占耕地建房，但“新增乱占耕地建房”标识为否</source>
      <translation>Illegal as housing on farmland, but the "new housing on farmland" flag is no</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="81" />
      <source>违法用地</source>
      <translation>Illegal land use</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="43" />
      <source>违法用地含新增和存量；剩余未整改耕地 = 占用耕地 − 拆除复耕 − 补办手续。</source>
      <translation>Illegal land use includes new and existing cases; remaining unrectified cultivated land = occupied cultivated land − demolished and restored − approved afterwards.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="81" />
      <source>违法用地情况（新增/存量）</source>
      <translation>Illegal land use (new/existing)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="82" />
      <source>违法用地查处整改情况</source>
      <translation>Enforcement and rectification of illegal land use</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="404" />
      <source>连接工作库 {} 需要密码（只用于本次连接，不保存在项目中）：</source>
      <translation>The work package {} needs a password (used for this connection only, never saved in the project):</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="179" />
      <source>选择图斑 {} 的附件材料</source>
      <translation>Choose an attachment for patch {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="455" />
      <source>选择外业照片文件夹</source>
      <translation>Choose the field photo folder</translation>
    </message>
    <message>
      <location filename="../ui/judgment_form.py" line="111" />
      <source>选择日期</source>
      <translation>Pick a date</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="171" />
      <source>选择要关联到图斑 {} 的照片</source>
      <translation>Choose photos to link to patch {}</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="187" />
      <source>逗号有歧义（小数点还是千位分隔？）：小数点请写“.”，不加千位分隔</source>
      <translation>A comma is ambiguous (decimal mark or thousands separator?): write the decimal point as "." and no thousands separator</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="151" />
      <source>通报的统计期应为月份（如 2022-03）或季度（如 2022Q1）。</source>
      <translation>The bulletin period must be a month (e.g. 2022-03) or a quarter (e.g. 2022Q1).</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="204" />
      <source>逾期/剩余</source>
      <translation>Overdue/left</translation>
    </message>
    <message>
      <location filename="../ui/deadline_panel.py" line="29" />
      <source>逾期天数</source>
      <translation>Days late</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>道路</source>
      <translation>Road</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_dialog.py" line="44" />
      <source>采用乡镇返回值</source>
      <translation>Take the township's value</translation>
    </message>
    <message>
      <location filename="../ui/save_conflict_dialog.py" line="75" />
      <source>采用对方的值</source>
      <translation>Take their values</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="19" />
      <source>采矿</source>
      <translation>Mining</translation>
    </message>
    <message>
      <location filename="../core/overlay/engine.py" line="43" />
      <location filename="../core/overlay/validity.py" line="138" />
      <location filename="../ui/texts.py" line="19" />
      <source>采矿许可</source>
      <translation>Mining permits</translation>
    </message>
    <message>
      <location filename="../core/split/run.py" line="128" />
      <source>采矿许可范围内</source>
      <translation>inside a mining permit</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="116" />
      <source>采矿许可范围内面积(亩)</source>
      <translation>Inside mining permits (mu)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="116" />
      <source>采矿许可证号</source>
      <translation>Mining permit no.</translation>
    </message>
    <message>
      <location filename="../core/photos/evidence.py" line="81" />
      <source>重复照片</source>
      <translation>Duplicate photos</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="429" />
      <source>重复照片：与 {} 内容相同</source>
      <translation>Duplicate photo: same content as {}</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="428" />
      <source>重复照片：与 {} 内容相同，同一照片关联了图斑 {} 和 {}</source>
      <translation>Duplicate photo: same content as {}; the same photo is linked to patches {} and {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="190" />
      <source>重大基础设施图斑整块扣除，其自身的拆除复耕、补办面积单列（ZDCCMJ/ZDBBMJ），不重复扣减。</source>
      <translation>Major infrastructure patches are deducted whole; their own demolished-and-restored and approved-afterwards areas are listed separately (ZDCCMJ/ZDBBMJ) and not deducted twice.</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="124" />
      <source>重大基础设施已履职</source>
      <translation>Major infrastructure, duties fulfilled</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="130" />
      <source>重大基础设施立项文号</source>
      <translation>Infrastructure project approval no.</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="15" />
      <source>重新下发</source>
      <translation>Re-issued</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="134" />
      <source>重新下发变更</source>
      <translation>Re-issue changes</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="36" />
      <source>铁路</source>
      <translation>Railway</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="71" />
      <source>链接指向照片文件夹以外（{}），未读取；请把照片本身复制到照片文件夹内后重新关联照片</source>
      <translation>Link points outside the photo folder ({}), not read; copy the photo itself into the photo folder and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="65" />
      <source>链接目标不存在或无法解析（{}），未读取；请放入照片文件本身后重新关联照片</source>
      <translation>Link target missing or unresolvable ({}), not read; put the photo file itself there and link the photos again</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="85" />
      <source>问责比例计算明细</source>
      <translation>Accountability ratio calculation details</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="83" />
      <source>问责比例评估</source>
      <translation>Accountability ratio assessment</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="85" />
      <source>问责计算明细</source>
      <translation>Accountability details</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="84" />
      <source>问责评估</source>
      <translation>Accountability</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>问题数</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="130" />
      <location filename="../core/reports/city_feedback.py" line="81" />
      <location filename="../core/reports/review.py" line="43" />
      <source>问题清单</source>
      <translation>Problem list</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="159" />
      <source>附于正文后第 {} 页</source>
      <translation>Pages {} after the dossier</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="108" />
      <location filename="../ui/dock.py" line="1142" />
      <source>附件</source>
      <translation>Files</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="1142" />
      <source>附件 ({})</source>
      <translation>Files ({})</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="215" />
      <source>附件 {} · {} · {}（{}）</source>
      <translation>Attachment {} · {} · {} ({})</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="47" />
      <source>附件{} {}</source>
      <translation>Attachment {} {}</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="171" />
      <source>附件{}《{}》：{}，另附为 {}。</source>
      <translation>Attachment {} "{}": {}; written beside as {}.</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="172" />
      <source>附件{}《{}》：工作库中的内容与登记的 SHA-256 不符，未列入本卷宗；请删除该附件后重新添加原文件。</source>
      <translation>Attachment {} "{}": its content in the work package does not match the recorded SHA-256; not included in this dossier. Delete the attachment and add the original file again.</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="268" />
      <source>附件副本 {} 写出后核对 SHA-256 不符（磁盘或存储故障），已删除。请检查磁盘后重试。</source>
      <translation>The attachment copy {} did not match its SHA-256 after writing (a disk or storage fault) and was deleted. Check the disk and try again.</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="31" />
      <source>附件材料</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <location filename="../ui/attachment_panel.py" line="180" />
      <source>附件材料 ({});;所有文件 (*)</source>
      <translation>Attachments ({});;All files (*)</translation>
    </message>
    <message>
      <location filename="../core/dossier/attach.py" line="188" />
      <source>附件材料（{} 件）</source>
      <translation>Attachments ({})</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="161" />
      <source>附件类别“{}”无效，应为：{}。</source>
      <translation>Attachment kind "{}" is not valid; it must be one of: {}.</translation>
    </message>
    <message>
      <location filename="../core/store/attachments.py" line="226" />
      <source>附件记录 {} 不存在（可能已被删除），请刷新后重试。</source>
      <translation>Attachment record {} does not exist (perhaps deleted); refresh and try again.</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="378" />
      <source>附近没有图斑，未关联</source>
      <translation>No patch nearby; not linked</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="165" />
      <source>附：本报告采用的本县规定</source>
      <translation>Annex: county rules used in this report</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="192" />
      <source>附：本通报采用的本县规定</source>
      <translation>Annex: county rules used in this bulletin</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="108" />
      <source>除{}外未见其他批准、许可或备案覆盖</source>
      <translation>No approval, permit or filing covers it besides {}</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="115" />
      <source>需举证：临时用地批准文件（期限内）及现场照片</source>
      <translation>Evidence needed: the temporary land approval (within its term) and field photos</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="116" />
      <source>需举证：光伏方阵不改变原用地性质（桩基架空、板下可继续种植）的材料与照片</source>
      <translation>Evidence needed: documents and photos showing the panels leave the land use unchanged (raised on piles, farming possible below)</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="117" />
      <source>需举证：多方向实地照片，证明实地未发生建设</source>
      <translation>Evidence needed: field photos from several directions showing nothing was built</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="113" />
      <source>需举证：批准/供地文件（文号）及实际用地位于批准红线内的套合图</source>
      <translation>Evidence needed: approval/land supply document (number) and an overlay map showing the use inside the approved boundary</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="114" />
      <source>需举证：设施农业用地备案材料及现场照片</source>
      <translation>Evidence needed: the facility farmland filing and field photos</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="115" />
      <source>需举证：路面宽度（一般 2–8 米）及用途的实地照片</source>
      <translation>Evidence needed: field photos of the road's width (usually 2–8 m) and use</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="114" />
      <source>需举证：采矿许可证（有效期内）及开采范围位于许可范围内的套合图</source>
      <translation>Evidence needed: a valid mining permit and an overlay map showing the mining inside the permit area</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="29" />
      <source>需拆分</source>
      <translation>Needs splitting</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="117" />
      <source>需查明：违法主体、新增或存量（建设时间）、整改措施</source>
      <translation>To establish: the offender, new or existing (when built), the rectification measure</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="361" />
      <location filename="../ui/patch_form.py" line="125" />
      <location filename="../ui/texts.py" line="30" />
      <source>需集体会审</source>
      <translation>Needs collective review</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="97" />
      <source>需集体会审的图斑须填写会审日期</source>
      <translation>A patch that needs a collective review needs the review date</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="62" />
      <source>需集体会审，核查状态为{}，但缺{}（确认前须记录会审）</source>
      <translation>Needs a collective review; state {} but {} missing (record the review before confirming)</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="345" />
      <source>需集体会审，缺{}</source>
      <translation>needs a collective review: missing {}</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="129" />
      <location filename="../ui/texts.py" line="19" />
      <source>非农化</source>
      <translation>Non-agricultural use</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="533" />
      <source>面积(亩)</source>
      <translation>Area (mu)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="86" />
      <location filename="../core/store/form_config.py" line="83" />
      <location filename="../ui/patch_form.py" line="189" />
      <source>面积不能为负</source>
      <translation>Areas cannot be negative</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="51" />
      <source>面积不能为负（{}），请更正</source>
      <translation>an area must not be negative ({}); correct it</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="420" />
      <source>面积为平面面积，供核对；拆分后各子图斑按椭球面积重新套合、预判。判定确认前可用“合并子图斑”撤销拆分。</source>
      <translation>Areas are planar, for checking; after the split each part is overlaid (ellipsoidal areas) and pre-judged. Until a part is confirmed, "Merge parts" undoes the split.</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="458" />
      <location filename="../core/reports/bulletin.py" line="219" />
      <source>面积单位</source>
      <translation>Area unit</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="88" />
      <source>面积超过 {:g} 亩，请核对单位（应为亩，不是平方米）</source>
      <translation>the area exceeds {:g} mu; check the unit (mu, not square metres)</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="533" />
      <source>页数</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../core/dossier/build.py" line="347" />
      <source>项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="56" />
      <location filename="../ui/history_panel.py" line="16" />
      <source>预判</source>
      <translation>Pre-judgment</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="38" />
      <source>预判与最终判定不一致的图斑</source>
      <translation>Patches whose final judgment differs from the pre-judgment</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="121" />
      <source>预判子类</source>
      <translation>Suggested subtype</translation>
    </message>
    <message>
      <location filename="../ui/texts.py" line="63" />
      <source>预判标识{}：须记录领导小组实地核查的日期和核查人（方案二(八)）</source>
      <translation>Flagged {}: record the date and checker of the leadership group's field check (plan 2(8))</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="121" />
      <source>预判理由</source>
      <translation>Pre-judgment reasons</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="121" />
      <source>预判类型</source>
      <translation>Suggested judgment</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="872" />
      <source>预判：{}</source>
      <translation>Pre-judgment: {}</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="132" />
      <source>领导小组核查人</source>
      <translation>Leadership checker</translation>
    </message>
    <message>
      <location filename="../ui/patch_form.py" line="131" />
      <source>领导小组核查日期</source>
      <translation>Leadership check date</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="153" />
      <source>（{}）</source>
      <translation> ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="130" />
      <source>（{}）{}：</source>
      <translation>({}) {}: </translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="27" />
      <source>（下发导入）</source>
      <translation>(issued data import)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/incoming.py" line="84" />
      <source>（与 {} 已导入的内容相同，无新内容）</source>
      <translation>(the same content as imported on {}; nothing new)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="31" />
      <source>（全县）</source>
      <translation>(county)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="202" />
      <source>（初稿）</source>
      <translation>(draft)</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="27" />
      <source>（合并）</source>
      <translation>(merge)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="130" />
      <source>（审核意见·初稿）</source>
      <translation>(review opinions · draft)</translation>
    </message>
    <message>
      <location filename="../core/export/package.py" line="85" />
      <source>（强制导出）</source>
      <translation> (forced export)</translation>
    </message>
    <message>
      <location filename="../ui/history_panel.py" line="27" />
      <source>（拆分）</source>
      <translation>(split)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="867" />
      <source>（按当前套合结果实时预判，未保存）</source>
      <translation>(pre-judged live from the current overlay results, not saved)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/values.py" line="37" />
      <source>（未知乡镇）</source>
      <translation>(unknown township)</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="122" />
      <source>（未落乡镇）</source>
      <translation>(no township)</translation>
    </message>
    <message>
      <location filename="../core/store/form_config.py" line="104" />
      <location filename="../ui/conflicts_dialog.py" line="19" />
      <location filename="../ui/dock.py" line="412" />
      <source>（空）</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../core/fieldwork/mappages.py" line="95" />
      <source>（该图斑没有图形，无法绘图）</source>
      <translation>(this patch has no geometry; no map)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="103" />
      <location filename="../ui/texts.py" line="230" />
      <source>，</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="81" />
      <source>，与上期（{}）持平</source>
      <translation>, unchanged from the previous period ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="83" />
      <source>，较上期（{}）{}{:.2f}个百分点</source>
      <translation>, {1} {2:.2f} percentage points from the previous period ({0})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="56" />
      <location filename="../core/reports/bulletin.py" line="117" />
      <location filename="../core/reports/bulletin.py" line="139" />
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="85" />
      <source>；{}。</source>
      <translation>; {}.</translation>
    </message>
    <message>
      <location filename="../core/photos/link.py" line="285" />
      <source>；其中在县域范围之外 {} 张</source>
      <translation>; {} of them outside the county</translation>
    </message>
  </context>
</TS>