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
      <location filename="../processing/alg_accountability.py" line="31" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="34" />
      <source>全县是否纳入问责（1=是）</source>
      <translation>County accountable (1 = yes)</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="33" />
      <source>全县违法占用耕地比例(%)</source>
      <translation>County illegal cultivated land ratio (%)</translation>
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
      <location filename="../processing/alg_accountability.py" line="66" />
      <source>起始月份 {} 晚于截止月份 {}。</source>
      <translation>First month {} is after last month {}.</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="31" />
      <source>问责比例 Excel</source>
      <translation>Accountability ratio Excel</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="16" />
      <source>问责比例与乡镇排名</source>
      <translation>Accountability ratio and township ranking</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="29" />
      <source>问责比例表</source>
      <translation>Accountability ratio table</translation>
    </message>
  </context>
  <context>
    <name>AnnualReportAlgorithm</name>
    <message>
      <location filename="../processing/alg_annual_report.py" line="13" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="27" />
      <source>全县是否纳入问责（1=是）</source>
      <translation>County accountable (1 = yes)</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="26" />
      <source>全县违法占用耕地比例(%)</source>
      <translation>County illegal cultivated land ratio (%)</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="12" />
      <source>半年与年度报告（成果数据表）</source>
      <translation>Half-year and annual report (data tables)</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="25" />
      <source>成果数据表 Excel</source>
      <translation>Data tables Excel</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="24" />
      <source>报告 Word 文档</source>
      <translation>Report Word document</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="21" />
      <source>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</source>
      <translation>Data as-of date (e.g. 2022-04-05; empty = today), used for overdue items and the signature date</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="23" />
      <source>文号（空 = 县名卫片办〔年〕序号号）</source>
      <translation>Document number (empty = &lt;county&gt; Satellite Enforcement Office [year] No. &lt;n&gt;)</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="18" />
      <source>统计期（上半年：2022H1；全年：2022）</source>
      <translation>Period (first half: 2022H1; full year: 2022)</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="19" />
      <source>输出文件夹</source>
      <translation>Output folder</translation>
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
      <location filename="../processing/alg_bulletin.py" line="21" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="20" />
      <source>卫片执法通报（乡镇排名）</source>
      <translation>Satellite enforcement bulletin (township ranking)</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="34" />
      <source>图表文件（; 分隔）</source>
      <translation>Chart files (separated by ;)</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="29" />
      <source>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</source>
      <translation>Data as-of date (e.g. 2022-04-05; empty = today), used for overdue items and the signature date</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="31" />
      <source>文号（空 = 县名卫片办〔年〕序号号）</source>
      <translation>Document number (empty = &lt;county&gt; Satellite Enforcement Office [year] No. &lt;n&gt;)</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="26" />
      <source>统计期（月：2022-03；季度：2022Q1）</source>
      <translation>Period (month: 2022-03; quarter: 2022Q1)</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="35" />
      <source>触及警戒线的乡镇数</source>
      <translation>Townships at the warning line</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="27" />
      <source>输出文件夹</source>
      <translation>Output folder</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="33" />
      <source>通报 Excel 数据</source>
      <translation>Bulletin Excel data</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="32" />
      <source>通报 Word 文档</source>
      <translation>Bulletin Word document</translation>
    </message>
  </context>
  <context>
    <name>DossierAlgorithm</name>
    <message>
      <location filename="../processing/alg_dossier.py" line="17" />
      <source>4 成果输出</source>
      <translation>4 Deliverables</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="35" />
      <source>前时相影像（可选）</source>
      <translation>Before imagery (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="45" />
      <source>卷宗数</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="33" />
      <source>只生成这些乡镇（代码或名称，逗号分隔，空 = 全部）</source>
      <translation>Only these townships (codes or names, comma-separated; empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="28" />
      <source>只生成这些图斑（监测编号，逗号或换行分隔；空 = 全部）</source>
      <translation>Only these patches (patch numbers, separated by commas or line breaks; empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="31" />
      <source>只生成这些批次（逗号分隔，空 = 全部）</source>
      <translation>Only these batches (comma-separated; empty = all)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="37" />
      <source>后时相影像（可选）</source>
      <translation>After imagery (optional)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="38" />
      <source>土地利用现状（三调，按 DLBM 着色；空 = 套合分析记录的图层）</source>
      <translation>Current land use (Third National Land Survey, coloured by DLBM; empty = the layer recorded by the overlay analysis)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="40" />
      <source>建设用地批准范围（空 = 套合分析记录的图层）</source>
      <translation>Construction land approval areas (empty = the layer recorded by the overlay analysis)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="46" />
      <source>总页数</source>
      <translation>Total pages</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="39" />
      <source>永久基本农田（空 = 套合分析记录的图层）</source>
      <translation>Permanent basic farmland (empty = the layer recorded by the overlay analysis)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="39" />
      <source>生态保护红线（空 = 套合分析记录的图层）</source>
      <translation>Ecological protection red line (empty = the layer recorded by the overlay analysis)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="16" />
      <source>生成图斑卷宗（一图斑一卷宗）</source>
      <translation>Generate patch dossiers (one per patch)</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="44" />
      <source>目录 PDF</source>
      <translation>Index PDF</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="26" />
      <source>输出文件夹</source>
      <translation>Output folder</translation>
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
      <location filename="../processing/alg_export.py" line="32" />
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
      <location filename="../processing/alg_export.py" line="18" />
      <source>输出文件夹</source>
      <translation>Output folder</translation>
    </message>
  </context>
  <context>
    <name>ImportPatchesAlgorithm</name>
    <message>
      <location filename="../processing/alg_import_patches.py" line="14" />
      <source>1 数据准备</source>
      <translation>1 Data preparation</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="20" />
      <source>下发监测图斑（shp / gpkg，经纬度或投影）</source>
      <translation>Issued monitoring patches (shp / gpkg, geographic or projected)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="30" />
      <source>修复几何数</source>
      <translation>Geometries repaired</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="13" />
      <source>导入监测图斑</source>
      <translation>Import monitoring patches</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="24" />
      <source>属性编码（空 = 自动识别）</source>
      <translation>Attribute encoding (empty = detect automatically)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="31" />
      <source>工作库</source>
      <translation>Work package</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="27" />
      <source>工作库坐标系（空 = 数据所在 CGCS2000 三度带）</source>
      <translation>Work package CRS (empty = the CGCS2000 3-degree zone of the data)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="21" />
      <source>工作库（不存在时新建）</source>
      <translation>Work package (created if it does not exist)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="22" />
      <source>批次（如 2022-01）</source>
      <translation>Batch (e.g. 2022-01)</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="28" />
      <source>新增图斑数</source>
      <translation>New patches</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="24" />
      <source>自动识别</source>
      <translation>Detect automatically</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="29" />
      <source>重复下发图斑数</source>
      <translation>Reissued patches</translation>
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
      <source>上一个图斑（Ctrl+↑）</source>
      <translation>Previous patch (Ctrl+↑)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>下一个</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>下一个图斑（Ctrl+↓）</source>
      <translation>Next patch (Ctrl+↓)</translation>
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
      <source>仅月清逾期</source>
      <translation>Only overdue for monthly clearance</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>保存本图斑的修改（Ctrl+S），每个字段的变化记入历史</source>
      <translation>Save the changes to this patch (Ctrl+S); every field change is recorded in the history</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>关联照片…</source>
      <translation>Link photos…</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <location filename="../ui/dock.ui" line="0" />
      <source>判定</source>
      <translation>Judgment</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>判定填报</source>
      <translation>Judgment entry</translation>
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
      <source>套合结果（亩）</source>
      <translation>Overlay results (mu)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>打开卫片执法工作库（GeoPackage）</source>
      <translation>Open a WPZF work package (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>打开工作库…</source>
      <translation>Open work package…</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>批次</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>把预判类型和子类填入判定（仍需保存）</source>
      <translation>Copy the pre-judged type and subtype into the judgment (still needs saving)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>按监测编号查找</source>
      <translation>Find by patch number</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>撤销修改</source>
      <translation>Undo changes</translation>
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
      <source>未选择图斑</source>
      <translation>No patch selected</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>标识</source>
      <translation>Flags</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>清除筛选</source>
      <translation>Clear filters</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>照片</source>
      <translation>Photos</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>筛选</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>自检（随填随查）</source>
      <translation>Self-check (as you type)</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>读取一个文件夹中的外业照片并按 GPS 位置关联到图斑</source>
      <translation>Read the field photos in a folder and link them to patches by GPS position</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>超过月清期限仍未确认的图斑（双击定位）</source>
      <translation>Patches past the monthly clearance deadline and not confirmed (double-click to go there)</translation>
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
      <source>预判</source>
      <translation>Pre-judgment</translation>
    </message>
  </context>
  <context>
    <name>LinkPhotosAlgorithm</name>
    <message>
      <location filename="../processing/alg_link_photos.py" line="14" />
      <source>2 判定与核验</source>
      <translation>2 Judgment and verification</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="13" />
      <source>关联举证照片</source>
      <translation>Link evidence photos</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="22" />
      <source>图斑外照片的最大关联距离（米）</source>
      <translation>Maximum linking distance for photos outside a patch (m)</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="24" />
      <source>已关联照片数</source>
      <translation>Photos linked</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="29" />
      <source>已存在未变数</source>
      <translation>Already present, unchanged</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="27" />
      <source>损坏文件数</source>
      <translation>Damaged files</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="26" />
      <source>无 GPS 照片数</source>
      <translation>Photos without GPS</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="19" />
      <source>照片文件夹（含子文件夹，JPG）</source>
      <translation>Photo folder (with subfolders, JPG)</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="25" />
      <source>超出距离未关联数</source>
      <translation>Beyond distance, not linked</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="28" />
      <source>重复照片数</source>
      <translation>Duplicate photos</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="30" />
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
      <location filename="../processing/alg_military_register.py" line="30" />
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
    <message>
      <location filename="../processing/alg_military_register.py" line="19" />
      <source>输出文件夹</source>
      <translation>Output folder</translation>
    </message>
  </context>
  <context>
    <name>OverlayAlgorithm</name>
    <message>
      <location filename="../processing/alg_overlay.py" line="20" />
      <source>1 数据准备</source>
      <translation>1 Data preparation</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="77" />
      <source>INPUT 与 WORKPACKAGE 只能选其一：选工作库时结果直接写回工作库。</source>
      <translation>Give either INPUT or WORKPACKAGE, not both: with a work package the results are written back into it.</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="50" />
      <source>临时用地</source>
      <translation>Temporary land use</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="54" />
      <source>乡镇代码字段</source>
      <translation>Township code field</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="57" />
      <source>乡镇名称字段</source>
      <translation>Township name field</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="52" />
      <source>乡镇界</source>
      <translation>Township boundaries</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="29" />
      <source>地类图斑（三调/变更调查；工作库已记录时可不选）</source>
      <translation>Land-use polygons (Third National Land Survey / annual change survey; optional when recorded in the work package)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="63" />
      <source>地类未全覆盖的图斑数</source>
      <translation>Patches not fully covered by land use</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="31" />
      <source>地类编码字段</source>
      <translation>Land-class code field</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="19" />
      <source>套合分析</source>
      <translation>Overlay analysis</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="62" />
      <source>套合图斑数</source>
      <translation>Patches overlaid</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="60" />
      <source>套合结果</source>
      <translation>Overlay results</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="65" />
      <source>工作库</source>
      <translation>Work package</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="27" />
      <source>工作库（结果写回其中的图斑）</source>
      <translation>Work package (results written back to its patches)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="40" />
      <source>建设用地批准/供地范围</source>
      <translation>Construction land approval / land supply areas</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="42" />
      <source>批准文号字段</source>
      <translation>Approval number field</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="64" />
      <source>提示条数</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="36" />
      <source>永久基本农田</source>
      <translation>Permanent basic farmland</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="38" />
      <source>生态保护红线</source>
      <translation>Ecological protection red line</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="26" />
      <source>监测图斑（不选工作库时必填）</source>
      <translation>Monitoring patches (required without a work package)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="34" />
      <source>耕地扣除田坎（按 KCXS 扣除系数或 KCMJ 扣除面积）</source>
      <translation>Deduct field ridges from cultivated land (by KCXS coefficient or KCMJ area)</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="48" />
      <source>设施农用地备案</source>
      <translation>Facility agricultural land filings</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="75" />
      <source>请选择监测图斑图层（INPUT）或工作库（WORKPACKAGE）。</source>
      <translation>Choose a monitoring patch layer (INPUT) or a work package (WORKPACKAGE).</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="44" />
      <source>采矿许可范围</source>
      <translation>Mining permit areas</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="46" />
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
      <location filename="../processing/alg_prejudge.py" line="15" />
      <source>2 判定与核验</source>
      <translation>2 Judgment and verification</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="28" />
      <source>写入工作库的字段值数</source>
      <translation>Field values written to the work package</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="26" />
      <source>建议其他用地</source>
      <translation>Suggested other land use</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="24" />
      <source>建议合法</source>
      <translation>Suggested legal</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="25" />
      <source>建议违法</source>
      <translation>Suggested illegal</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="27" />
      <source>有标识</source>
      <translation>Flagged</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="47" />
      <source>给图斑图层时请指定预判结果输出（OUTPUT）。</source>
      <translation>With a patch layer, specify the pre-judgment output (OUTPUT).</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="41" />
      <source>预判 {} 个图斑：合法 {}、违法 {}、其他用地 {}；有标识 {} 个。</source>
      <translation>Pre-judged {} patches: legal {}, illegal {}, other land use {}; {} flagged.</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="22" />
      <source>预判结果（仅给图斑图层时）</source>
      <translation>Pre-judgment results (only with a patch layer)</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="14" />
      <source>预判（合法性建议及理由）</source>
      <translation>Pre-judgment (legality suggestion with reasons)</translation>
    </message>
  </context>
  <context>
    <name>QuarterlyReviewAlgorithm</name>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="13" />
      <source>3 统计与报告</source>
      <translation>3 Statistics and reports</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="25" />
      <source>季度小结 Excel 清单</source>
      <translation>Quarterly review Excel lists</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="24" />
      <source>季度小结 Word 文档</source>
      <translation>Quarterly review Word document</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="12" />
      <source>季度小结（审核意见）</source>
      <translation>Quarterly review (review opinions)</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="18" />
      <source>季度（如 2022Q1 或 2022年第一季度）</source>
      <translation>Quarter (e.g. 2022Q1 or 2022年第一季度)</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="21" />
      <source>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</source>
      <translation>Data as-of date (e.g. 2022-04-05; empty = today), used for overdue items and the signature date</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="23" />
      <source>文号（空 = 县名卫片办〔年〕序号号）</source>
      <translation>Document number (empty = &lt;county&gt; Satellite Enforcement Office [year] No. &lt;n&gt;)</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="26" />
      <source>自检问题条数</source>
      <translation>Self-check problems</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="19" />
      <source>输出文件夹</source>
      <translation>Output folder</translation>
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
    <name>WpzfAlgorithm</name>
    <message>
      <location filename="../processing/base.py" line="76" />
      <source>工作库 (GeoPackage)</source>
      <translation>Work package (GeoPackage)</translation>
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
      <location filename="../core/overlay.py" line="407" />
      <location filename="../core/overlay_measure.py" line="255" />
      <source>(空)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="161" />
      <source>JCBH {} 在本批次中重复（{} 与 {}）。请核对下发数据，删除或更正重复的图斑。</source>
      <translation>JCBH {} occurs more than once in this batch ({} and {}). Check the issued data and delete or correct the duplicate patches.</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="245" />
      <source>X（北）</source>
      <translation>X (north)</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="245" />
      <source>Y（东）</source>
      <translation>Y (east)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="123" />
      <source>_图1_各乡镇自检问题.png</source>
      <translation>_fig1_selfcheck_problems_by_township.png</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="123" />
      <source>_图1_各乡镇违法占用耕地.png</source>
      <translation>_fig1_illegal_cultivated_land_by_township.png</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="157" />
      <source>_图1_各批次违法占用耕地.png</source>
      <translation>_fig1_illegal_cultivated_land_by_batch.png</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="128" />
      <source>_图2_全县违法占用耕地比例趋势.png</source>
      <translation>_fig2_county_illegal_ratio_trend.png</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="161" />
      <source>_图2_各乡镇违法占用耕地比例.png</source>
      <translation>_fig2_illegal_ratio_by_township.png</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="251" />
      <source>shapefile 编码</source>
      <translation>Shapefile encoding</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="60" />
      <source>{:.0f}°（至少 {:g}°）</source>
      <translation>{:.0f}° (at least {:g}°)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="46" />
      <source>{year}年1月至{end}，全县累计下发监测图斑{ljxf}个，其中本期下发{bqxf}个。已判定{ypd}个、已填报{ytb}个、已确认{yqr}个，确认率{qrl:.2f}%；超过月清期限仍未确认的{yqs}个。</source>
      <translation>From January {year} to {end}, {ljxf} monitoring patches were issued to the county in total, {bqxf} of them in this period. {ypd} have been judged, {ytb} reported and {yqr} confirmed (confirmation rate {qrl:.2f}%); {yqs} are still unconfirmed after the monthly clearance deadline.</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="202" />
      <source>{} · {} 批次 · 监测编号 {}</source>
      <translation>{} · batch {} · patch no. {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="345" />
      <source>{} · 批次：{} · 乡镇：{} · 共 {} 份卷宗</source>
      <translation>{} · batches: {} · townships: {} · {} dossiers</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="115" />
      <source>{} 不是卫片执法工作库（缺少 {}）。请选择由本插件创建的工作库。</source>
      <translation>{} is not a WPZF work package (missing {}). Choose a work package created by this plugin.</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="211" />
      <source>{} 个图斑已有判定，其批准文号（PZWH）保持人工填写的内容。</source>
      <translation>{} patches are already judged; their approval numbers (PZWH) keep the manually entered values.</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="402" />
      <source>{} 个图斑有部分不在地类图层范围内（DLWFGMJ），其三大类面积之和小于图斑面积，请补充地类数据后重新套合：{}</source>
      <translation>{} patches lie partly outside the land-use layer (DLWFGMJ), so their three main land classes add up to less than the patch area. Complete the land-use data and run the overlay again: {}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="216" />
      <source>{} 个字段值无法按报送格式写出，导出已停止（未写任何文件）：</source>
      <translation>{} field values cannot be written in the submission format; export stopped (no file written):</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="135" />
      <source>{} 个涉军用地图斑未放入成果包（{}），请用“军用土地登记表”单独报送。</source>
      <translation>{} military land patches were left out of the package ({}); submit them separately with the “Military land register”.</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="81" />
      <source>{} 也关联了 {}</source>
      <translation>{} is also linked to {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="155" />
      <source>{} 卫片执法 · 一图斑一卷宗 · 生成于 {} · WPZF {}</source>
      <translation>{} satellite enforcement · one dossier per patch · generated {} · WPZF {}</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="99" />
      <source>{} 图斑</source>
      <translation>{} patches</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="58" />
      <source>{} 张（至少 {} 张）</source>
      <translation>{} (at least {})</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="76" />
      <source>{}{}个（{}亩）</source>
      <translation>{} {} ({} mu)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="128" />
      <location filename="../core/reports/review.py" line="133" />
      <source>{}{}卫片执法工作季度小结</source>
      <translation>{} {} satellite enforcement quarterly review</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="152" />
      <source>{}{}卫片执法工作报告</source>
      <translation>{} {} satellite enforcement work report</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="336" />
      <source>{}　　第 {} 页 / 共 {} 页</source>
      <translation>{}    Page {} of {}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="92" />
      <source>{}。建议：{}。</source>
      <translation>{}. Recommendation: {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="48" />
      <source>{}军用土地登记表（{}）</source>
      <translation>{} military land register ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="102" />
      <source>{}前完成{}</source>
      <translation>{1} by {0}</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="75" />
      <source>{}卫片办〔{}〕{}号</source>
      <translation>{} Satellite Enforcement Office [{}] No. {}</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="67" />
      <source>{}卫片执法工作领导小组办公室</source>
      <translation>Office of the {} Satellite Enforcement Leading Group</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="284" />
      <source>{}卫片执法挂图作战图 · {}</source>
      <translation>{} satellite enforcement battle map · {}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="163" />
      <source>{}卫片执法通报（{}）</source>
      <translation>{} satellite enforcement bulletin ({})</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="143" />
      <source>{}图层“{}”没有坐标参考系（缺少 .prj）。请在图层属性中设置正确的 CRS 后重试。</source>
      <translation>{} layer “{}” has no coordinate reference system (missing .prj). Set the correct CRS in the layer properties and try again.</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="90" />
      <source>{}图层“{}”没有字段 {}。现有字段：{}。请选择正确的字段。</source>
      <translation>{} layer “{}” has no field {}. Existing fields: {}. Choose the correct field.</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="141" />
      <source>{}图层无法读取：{}</source>
      <translation>{} layer cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="173" />
      <location filename="../core/reports/bulletin.py" line="165" />
      <location filename="../core/reports/review.py" line="134" />
      <source>{}年1月至{}下发的各批次图斑</source>
      <translation>Patches of all batches issued from January {} to {}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="91" />
      <source>{}年1月至{}，上级共下发监测图斑{}个，面积{}亩。经实地核查、内业举证和集体会审，{}。</source>
      <translation>From January {} to {}, the higher authorities issued {} monitoring patches covering {} mu. After field verification, office evidence collection and collective review: {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="101" />
      <source>{}条严重问题须在下一次“月核”前整改完毕，整改结果报县卫片办。</source>
      <translation>{} severe problems must be rectified before the next monthly check, and the results reported to the county Satellite Enforcement Office.</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="133" />
      <source>{}编号共 {} 个，字段只容纳前几个</source>
      <translation>{} numbers: {} in total, the field holds only the first few</translation>
    </message>
    <message>
      <location filename="../core/reference.py" line="425" />
      <source>{}要素 fid={}{}：几何无效（{}），已自动修复后参与套合（面积 {:.2f} → {:.2f} 平方米）</source>
      <translation>{} feature fid={}{}: invalid geometry ({}), repaired automatically and used in the overlay (area {:.2f} → {:.2f} m²)</translation>
    </message>
    <message>
      <location filename="../core/reference.py" line="422" />
      <source>{}要素 fid={}{}：几何无效（{}），无法修复，未参与套合，请在原数据中修正</source>
      <translation>{} feature fid={}{}: invalid geometry ({}) that cannot be repaired; left out of the overlay. Fix it in the source data</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="191" />
      <source>{}要素 fid={}：田坎扣除 KCXS={} KCMJ={} TBMJ={} 不在 0–1 之间，未扣除，请核对</source>
      <translation>{} feature fid={}: field-ridge deduction KCXS={} KCMJ={} TBMJ={} is not between 0 and 1; not deducted, please check</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="74" />
      <source>{}（{:.2f}%，违法占用耕地{}亩）</source>
      <translation>{} ({:.2f}%, {} mu of cultivated land illegally occupied)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="118" />
      <source>{}（{}亩，{:.2f}%）</source>
      <translation>{} ({} mu, {:.2f}%)</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="124" />
      <source>{}（{}）</source>
      <translation>{} ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="81" />
      <source>{}（前移{}位）</source>
      <translation>{} (up {} places)</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="158" />
      <source>{}：JCBH 为空。请补填监测编号后重新导入。</source>
      <translation>{}: JCBH is empty. Fill in the patch number and import again.</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="144" />
      <source>{}：{}</source>
      <translation>{}: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="140" />
      <source>{}：{} 页</source>
      <translation>{}: {} pages</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="278" />
      <source>{}：文件损坏或不是 JPEG（{}）</source>
      <translation>{}: file damaged or not a JPEG ({})</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="143" />
      <source>{}：文件损坏或不是 JPEG（{}），已记录未关联</source>
      <translation>{}: file damaged or not a JPEG ({}); recorded, not linked</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="292" />
      <source>{}：没有 GPS 坐标，已入库但未关联</source>
      <translation>{}: no GPS position; stored but not linked</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="142" />
      <source>{}：没有 GPS 坐标，已入库但未关联，请在判定面板中手动关联</source>
      <translation>{}: no GPS position; stored but not linked. Link it manually in the judgment panel</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="98" />
      <source>{}：沿用工作库记录的图层 {}</source>
      <translation>{}: using the layer recorded in the work package, {}</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="141" />
      <source>{}：超出关联距离，{}</source>
      <translation>{}: beyond the linking distance, {}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="172" />
      <source>·成果数据表</source>
      <translation> · data tables</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="533" />
      <source>“{}”的值“{}”无效</source>
      <translation>Invalid value “{1}” for “{0}”</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="117" />
      <location filename="../core/reports/bulletin.py" line="74" />
      <location filename="../core/reports/bulletin.py" line="81" />
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="90" />
      <source>一、图斑下发与核查判定情况</source>
      <translation>1. Patches issued, verified and judged</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="60" />
      <source>一、基本情况</source>
      <translation>1. Overview</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="45" />
      <source>一、总体情况</source>
      <translation>1. Overall situation</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="101" />
      <source>三、查处整改情况</source>
      <translation>3. Enforcement and rectification</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="74" />
      <source>三、查处整改是否真实</source>
      <translation>3. Is enforcement and rectification genuine</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="85" />
      <source>三、警示提醒</source>
      <translation>3. Warnings</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="63" />
      <source>上升</source>
      <translation>up</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="166" />
      <source>上期</source>
      <translation>Previous period</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="63" />
      <source>下降</source>
      <translation>down</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="146" />
      <location filename="../core/overlay_measure.py" line="156" />
      <source>不在乡镇界内</source>
      <translation>outside the township boundaries</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="526" />
      <source>不完整</source>
      <translation>incomplete</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="124" />
      <source>严重</source>
      <translation>Severe</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="253" />
      <source>严重 {}、警告 {}、提示 {}</source>
      <translation>severe {}, warnings {}, notes {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <source>严重程度</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <location filename="../core/judging.py" line="135" />
      <source>个</source>
      <translation>count</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="44" />
      <source>临时用地</source>
      <translation>Temporary land use</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="525" />
      <source>举证完整性：{}</source>
      <translation>Evidence completeness: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="80" />
      <source>举证材料存在问题的图斑{}个，问题{}条。</source>
      <translation>{} patches have evidence problems, {} problems in total.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="40" />
      <source>举证材料问题汇总</source>
      <translation>Evidence problems summary</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="240" />
      <location filename="../ui/map_view.py" line="92" />
      <source>举证照片</source>
      <translation>Evidence photos</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.py" line="37" />
      <source>举证照片 {}</source>
      <translation>Evidence photo {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="279" />
      <source>举证照片（{} 张）</source>
      <translation>Evidence photos ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="40" />
      <source>举证问题</source>
      <translation>Evidence problems</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../core/judging.py" line="134" />
      <location filename="../ui/dock.py" line="622" />
      <source>乡镇</source>
      <translation>Township</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="36" />
      <source>乡镇审核情况</source>
      <translation>Township review</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="178" />
      <source>乡镇排名</source>
      <translation>Township ranking</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="44" />
      <location filename="../core/reports/atlas.py" line="266" />
      <source>乡镇界</source>
      <translation>Township boundaries</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="81" />
      <source>乡镇界图层 {} 没有字段 {}（现有字段：{}）。</source>
      <translation>Township boundary layer {} has no field {} (existing fields: {}).</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="620" />
      <source>事项</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="69" />
      <source>二、各乡镇排名情况</source>
      <translation>2. Township ranking</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="68" />
      <source>二、图斑定性是否准确</source>
      <translation>2. Are patches classified correctly</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="96" />
      <source>二、违法用地情况</source>
      <translation>2. Illegal land use</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="121" />
      <source>五、增违挂钩情况</source>
      <translation>5. Quota–violation linkage</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="84" />
      <source>五、数据信息是否准确规范</source>
      <translation>5. Are the data accurate and standard</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="158" />
      <location filename="../core/reports/bulletin.py" line="126" />
      <location filename="../ui/judgment_form.py" line="66" />
      <source>亩</source>
      <translation>mu</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="170" />
      <source>亩（1亩 = 2000/3 平方米），表中显示两位小数，单元格保留全精度</source>
      <translation>mu (1 mu = 2000/3 m²); tables show two decimals, cells keep full precision</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="252" />
      <source>亩（保留两位小数，四舍五入）</source>
      <translation>mu (rounded to two decimals)</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="248" />
      <source>仅列出前 {} 个界址点，完整坐标见报送 shapefile。</source>
      <translation>Only the first {} boundary points are listed; see the submitted shapefile for all coordinates.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="653" />
      <source>今天 {}：{} 个图斑超过月清期限仍未确认；下一次月核 {}；本季度末 {}。</source>
      <translation>Today {}: {} patches past the monthly clearance deadline and not confirmed; next monthly verification {}; quarter end {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="90" />
      <source>以下{}个乡镇触及警戒线，县卫片办将发警示提醒函，请限期整改并书面报告整改情况：</source>
      <translation>The following {} townships have reached the warning line. The county Satellite Enforcement Office will send warning letters; rectify within the time limit and report the rectification in writing:</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="162" />
      <source>保存本图斑的修改（Ctrl+S），每个字段的变化记入历史</source>
      <translation>Save the changes to this patch (Ctrl+S); every field change is recorded in the history</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="18" />
      <location filename="../core/reports/review.py" line="23" />
      <source>全县合计</source>
      <translation>County total</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="37" />
      <location filename="../core/reports/bulletin.py" line="147" />
      <source>全县违法占用耕地比例逐月变化</source>
      <translation>Monthly county illegal cultivated land ratio</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="129" />
      <source>全县违法占用耕地比例逐月变化（%）</source>
      <translation>Monthly county illegal cultivated land ratio (%)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="52" />
      <source>全县（{}）</source>
      <translation>County ({})</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="165" />
      <source>全年</source>
      <translation>Full year</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="346" />
      <location filename="../core/dossier.py" line="346" />
      <location filename="../core/export_package.py" line="92" />
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="269" />
      <location filename="../core/reports/military.py" line="43" />
      <source>全部批次</source>
      <translation>All batches</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="126" />
      <source>六、存在问题和下步打算</source>
      <translation>6. Problems and next steps</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="89" />
      <source>六、审核意见</source>
      <translation>6. Review opinions</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="50" />
      <source>共 {} 条，此处列出前 {} 条，完整清单见同名 Excel。</source>
      <translation>{} in total; the first {} are listed here, see the Excel file of the same name for the full list.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="136" />
      <source>关于{}全县卫片执法工作进展情况的通报</source>
      <translation>Bulletin on the county's satellite enforcement progress, {}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="72" />
      <location filename="../plugin.py" line="109" />
      <source>关于卫片执法</source>
      <translation>About WPZF</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="135" />
      <source>关联 {} 张，超出距离未关联 {} 张，无 GPS {} 张，损坏 {} 个，重复 {} 张，已存在未变 {} 张</source>
      <translation>{} linked, {} beyond distance (not linked), {} without GPS, {} damaged, {} duplicates, {} already present and unchanged</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="74" />
      <source>关联举证照片</source>
      <translation>Link evidence photos</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="199" />
      <source>关联照片</source>
      <translation>Link photos</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="239" />
      <source>关联距离不能为负：{}</source>
      <translation>The linking distance cannot be negative: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="172" />
      <source>其他监测图斑</source>
      <translation>Other monitoring patches</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="198" />
      <source>写入工作库（{} 个图斑）…</source>
      <translation>Writing to the work package ({} patches)…</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="237" />
      <source>写出 shapefile…</source>
      <translation>Writing shapefile…</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="246" />
      <source>写出台账…</source>
      <translation>Writing ledger…</translation>
    </message>
    <message>
      <location filename="../core/export_shapefile.py" line="100" />
      <source>写出的 shapefile {} 要素数 {} 与应导出的 {} 不符。</source>
      <translation>The written shapefile {} has {} features instead of the {} to export.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="49" />
      <source>军用土地登记表</source>
      <translation>Military land register</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="51" />
      <source>军用土地登记表_{}.xlsx</source>
      <translation>military_land_register_{}.xlsx</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="281" />
      <source>准备 {} 个图斑，读取参考图层并套合（{} 个线程）…</source>
      <translation>Preparing {} patches, reading the reference layers and overlaying ({} threads)…</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../ui/patch_model.py" line="9" />
      <source>判定</source>
      <translation>Judgment</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="38" />
      <source>判定不一致</source>
      <translation>Judgment mismatches</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="51" />
      <source>判定为违法的图斑{n}个，面积{mj}亩，占用耕地{gd}亩（其中永久基本农田{jbnt}亩）。已拆除复耕{cc}亩、补办用地手续{bb}亩，立案查处{la}个，已整改到位{yzg}个，尚有{wzg}个未整改到位，剩余违法占用耕地{sy}亩。</source>
      <translation>{n} patches were judged illegal, covering {mj} mu and occupying {gd} mu of cultivated land ({jbnt} mu of it permanent basic farmland). {cc} mu were demolished and restored to farmland, approval was obtained afterwards for {bb} mu, {la} cases were filed, {yzg} patches are fully rectified and {wzg} are not yet; {sy} mu of cultivated land remain illegally occupied.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="97" />
      <source>判定为违法的图斑{}个，面积{}亩，占用耕地{}亩，其中占用永久基本农田{}亩。</source>
      <translation>{} patches were judged illegal, covering {} mu and occupying {} mu of cultivated land, {} mu of it permanent basic farmland.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="59" />
      <source>判定分类</source>
      <translation>Judgments by category</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="62" />
      <source>判定面板</source>
      <translation>Judgment panel</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="93" />
      <location filename="../plugin.py" line="94" />
      <source>判定面板不可用：{}</source>
      <translation>Judgment panel unavailable: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="203" />
      <location filename="../core/reports/atlas.py" line="331" />
      <source>到期事项</source>
      <translation>Items due</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="330" />
      <source>到期事项（最紧迫的 {} 项）</source>
      <translation>Items due (the {} most urgent)</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="203" />
      <source>到期日</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="216" />
      <source>前时相影像（{}）</source>
      <translation>Before imagery ({})</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="620" />
      <source>剩余天数</source>
      <translation>Days left</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="125" />
      <source>剩余未整改</source>
      <translation>Remaining unrectified</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="232" />
      <source>占图斑比例</source>
      <translation>Share of patch</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="60" />
      <location filename="../plugin.py" line="94" />
      <location filename="../ui/dock.py" line="172" />
      <source>卫片执法</source>
      <translation>Satellite Enforcement</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="110" />
      <source>卫片执法 (WPZF) {}
县级自然资源卫片执法：导入、套合、判定、举证、自检、问责、卷宗、上报。</source>
      <translation>Satellite Enforcement (WPZF) {}
County-level natural resources satellite enforcement: import, overlay, judgment, evidence, self-check, accountability, dossiers, submission.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="59" />
      <source>卫片执法 · 判定面板</source>
      <translation>Satellite Enforcement · Judgment panel</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="179" />
      <location filename="../core/dossier.py" line="190" />
      <location filename="../core/dossier.py" line="200" />
      <source>卫片执法图斑卷宗</source>
      <translation>Satellite enforcement patch dossier</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="341" />
      <location filename="../core/dossier.py" line="343" />
      <location filename="../core/dossier.py" line="357" />
      <source>卫片执法图斑卷宗目录</source>
      <translation>Satellite enforcement dossier index</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="154" />
      <source>卫片执法工作报告_{}</source>
      <translation>satellite_enforcement_report_{}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="171" />
      <source>卫片执法成果数据表_{}.xlsx</source>
      <translation>satellite_enforcement_data_tables_{}.xlsx</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="119" />
      <source>卫片执法通报_{}</source>
      <translation>satellite_enforcement_bulletin_{}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="175" />
      <source>压缩…</source>
      <translation>Compressing…</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>原值</source>
      <translation>Old value</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="249" />
      <source>县级行政区</source>
      <translation>County</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="120" />
      <source>参考图层“{}”无法打开：{}，套合图中不显示。</source>
      <translation>Reference layer “{}” cannot be opened: {}; it is left out of the overlay map.</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="148" />
      <source>发现 {} 个严重问题（自检 {} 个，缺图形或照片文件 {} 个），导出已停止。请整改后再导出；确需带问题报送时勾选“强制导出”（FORCE），问题清单会随成果包一起导出。</source>
      <translation>{} severe problems found ({} from the self-check, {} missing geometries or photo files); export stopped. Fix them and export again; if you must submit with problems, tick “Force export” (FORCE) and the problem list goes into the package.</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="311" />
      <source>变更记录（{} 条）</source>
      <translation>Change history ({} entries)</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="334" />
      <source>另有 {} 项未列出，见卫片执法通报及数据自检清单。</source>
      <translation>{} more items not listed; see the satellite enforcement bulletin and the self-check list.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="27" />
      <source>各乡镇图斑核查判定进度</source>
      <translation>Verification and judgment progress by township</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="35" />
      <source>各乡镇季度审核情况</source>
      <translation>Quarterly review by township</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="66" />
      <source>各乡镇自检问题数</source>
      <translation>Self-check problems by township</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="125" />
      <source>各乡镇自检问题数（条）</source>
      <translation>Self-check problems by township (count)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="144" />
      <source>各乡镇违法占用耕地情况</source>
      <translation>Illegal occupation of cultivated land by township</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="120" />
      <source>各乡镇违法占用耕地比例</source>
      <translation>Illegal cultivated land ratio by township</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="32" />
      <source>各乡镇违法占用耕地比例排名</source>
      <translation>Township ranking by illegal cultivated land ratio</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="162" />
      <source>各乡镇违法占用耕地比例（%）</source>
      <translation>Illegal cultivated land ratio by township (%)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="126" />
      <source>各乡镇违法占用耕地（亩）</source>
      <translation>Illegally occupied cultivated land by township (mu)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="30" />
      <source>各乡镇违法用地及查处整改情况</source>
      <translation>Illegal land use, enforcement and rectification by township</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="137" />
      <location filename="../core/reports/review.py" line="57" />
      <source>各乡（镇）人民政府，县卫片执法工作领导小组各成员单位：</source>
      <translation>To the township governments and the member units of the county Satellite Enforcement Leading Group:</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="103" />
      <source>各乡（镇）要严格落实耕地保护党政同责，对违法用地以消除违法状态为目标，逐图斑明确整改措施、责任人和时限，拆除复耕的及时申请验收，符合条件的抓紧补办用地手续，确保整改真实到位。</source>
      <translation>Townships must strictly apply the joint Party and government responsibility for cultivated land protection. For illegal land use, aim at ending the illegal state: set rectification measures, responsible persons and deadlines patch by patch, apply promptly for acceptance of demolition and restoration to farmland, obtain approval afterwards quickly where eligible, and make sure rectification is genuine and complete.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="94" />
      <source>各批次图斑下发及违法占用耕地情况</source>
      <translation>Patches issued and illegal occupation of cultivated land by batch</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="56" />
      <source>各批次图斑下发情况</source>
      <translation>Patches issued by batch</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="158" />
      <source>各批次违法占用耕地（亩）</source>
      <translation>Illegally occupied cultivated land by batch (mu)</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="252" />
      <source>合法性判定</source>
      <translation>Legality judgment</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="57" />
      <location filename="../core/reports/annual.py" line="68" />
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="44" />
      <source>合计 {} 个</source>
      <translation>Total: {}</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="70" />
      <source>后时相为空，无法核对</source>
      <translation>After-imagery date is empty; cannot check</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="217" />
      <source>后时相影像（{}）</source>
      <translation>After imagery ({})</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="255" />
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="97" />
      <source>四、下步工作要求</source>
      <translation>4. Requirements for the next steps</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="79" />
      <source>四、举证材料是否齐备</source>
      <translation>4. Is the evidence complete</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="106" />
      <source>四、问责评估情况</source>
      <translation>4. Accountability assessment</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="329" />
      <source>图例</source>
      <translation>Legend</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="133" />
      <source>图层“{}”不是面图层，监测图斑应为面。</source>
      <translation>Layer “{}” is not a polygon layer; monitoring patches must be polygons.</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="163" />
      <source>图层“{}”声明为投影坐标（{}），但坐标值像经纬度（范围 {}）。请将其 CRS 设为 EPSG:4490（CGCS2000 经纬度）。</source>
      <translation>Layer “{}” declares a projected CRS ({}), but its coordinates look like longitude/latitude (extent {}). Set its CRS to EPSG:4490 (CGCS2000 geographic).</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="159" />
      <source>图层“{}”声明为经纬度坐标（{}），但坐标值像投影坐标（范围 {}）。请为其设置正确的投影坐标系（如 CGCS2000 三度带）。</source>
      <translation>Layer “{}” declares a geographic CRS ({}), but its coordinates look projected (extent {}). Set the correct projected CRS (e.g. a CGCS2000 3-degree zone).</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="135" />
      <source>图层“{}”没有任何图斑（空图层），请检查是否选错文件。</source>
      <translation>Layer “{}” contains no patches (empty layer); check whether the wrong file was chosen.</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="142" />
      <source>图层“{}”缺少下发字段：{}（导入后为空）。</source>
      <translation>Layer “{}” lacks issued fields: {} (empty after import).</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="138" />
      <source>图层“{}”缺少字段 JCBH（监测编号）。现有字段：{}。请确认这是下发的监测图斑，或把编号字段改名为 JCBH。</source>
      <translation>Layer “{}” lacks the field JCBH (patch number). Existing fields: {}. Make sure these are the issued monitoring patches, or rename the number field to JCBH.</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="151" />
      <source>图层“{}”（{}）没有坐标参考系（缺少 .prj）。请在 QGIS 图层属性中设置正确的 CRS（下发图斑通常为 EPSG:4490 CGCS2000 经纬度）后重试。</source>
      <translation>Layer “{}” ({}) has no coordinate reference system (missing .prj). Set the correct CRS in the QGIS layer properties (issued patches are usually EPSG:4490, CGCS2000 geographic) and try again.</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="129" />
      <source>图层自身编码</source>
      <translation>the layer's own encoding</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="474" />
      <source>图斑 {}  {}</source>
      <translation>Patch {}  {}</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="261" />
      <source>图斑 {} 不是面，未套合。</source>
      <translation>Patch {} is not a polygon; not overlaid.</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="89" />
      <source>图斑 {} 与{}要素 fid={} 求交失败（GEOS 拓扑错误），该项面积未计入，请检查两者几何。</source>
      <translation>Intersection of patch {} with {} feature fid={} failed (GEOS topology error); that area is not counted. Check both geometries.</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="255" />
      <source>图斑 {} 几何无效（{}）且无法修复，未套合。</source>
      <translation>Patch {} has an invalid geometry ({}) that cannot be repaired; not overlaid.</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="257" />
      <source>图斑 {} 几何无效（{}），已按修复后的几何套合。</source>
      <translation>Patch {} has an invalid geometry ({}); overlaid with the repaired geometry.</translation>
    </message>
    <message>
      <location filename="../core/export_shapefile.py" line="108" />
      <source>图斑 {} 字段 {} 写出后读回不一致（{!r} ≠ {!r}），shapefile 编码有误。</source>
      <translation>Patch {} field {} reads back differently after writing ({!r} ≠ {!r}); the shapefile encoding is wrong.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="181" />
      <source>图斑 {} 有未保存的修改。保存吗？</source>
      <translation>Patch {} has unsaved changes. Save them?</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="247" />
      <source>图斑 {} 没有几何，未套合。</source>
      <translation>Patch {} has no geometry; not overlaid.</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="170" />
      <source>图斑 {} 没有图形，无法制作套合图。</source>
      <translation>Patch {} has no geometry; cannot draw the overlay map.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="591" />
      <source>图斑 {} 的 {} 在打开后被其他操作修改过，已按本次填写保存（原值见历史）</source>
      <translation>{1} of patch {0} was changed elsewhere after it was opened; saved with your entry (the earlier value is in the history)</translation>
    </message>
    <message>
      <location filename="../core/patch_form.py" line="156" />
      <source>图斑 {} 的“{}”值“{}”无效，请更正后再保存</source>
      <translation>Patch {}: invalid value for “{}”: “{}”. Correct it before saving</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="337" />
      <source>图斑 {} 的字段值无效：{}</source>
      <translation>Patch {} has invalid field values: {}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="210" />
      <source>图斑 {}：{}（{}）{}</source>
      <translation>Patch {}: {} ({}) {}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="191" />
      <source>图斑 {}：举证照片文件不存在：{}</source>
      <translation>Patch {}: evidence photo file does not exist: {}</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="174" />
      <source>图斑 {}：几何无效且无法自动修复（修复后为空）。请在 QGIS 中手工修正。</source>
      <translation>Patch {}: invalid geometry that cannot be repaired automatically (empty after repair). Fix it by hand in QGIS.</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="106" />
      <source>图斑 {}：几何无效（{}），已自动修复，面积 {:.2f} → {:.2f} 平方米</source>
      <translation>Patch {}: invalid geometry ({}), repaired automatically, area {:.2f} → {:.2f} m²</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="170" />
      <source>图斑 {}：坐标转换失败，请检查图层 CRS。</source>
      <translation>Patch {}: coordinate transformation failed; check the layer CRS.</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="167" />
      <source>图斑 {}：没有几何图形。请补绘或从下发数据中恢复。</source>
      <translation>Patch {}: no geometry. Digitise it or restore it from the issued data.</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="186" />
      <source>图斑 {}：没有图形，无法写入 shapefile</source>
      <translation>Patch {}: no geometry; cannot write it to the shapefile</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="311" />
      <source>图斑 {}：照片 {} 在挂接后被改动过（SHA-256 与工作库记录不符）</source>
      <translation>Patch {}: photo {} was modified after linking (SHA-256 differs from the work package record)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="58" />
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
      <location filename="../ui/dock.py" line="199" />
      <source>图斑外照片的最大关联距离（米）</source>
      <translation>Maximum linking distance for photos outside a patch (m)</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="250" />
      <source>图斑数</source>
      <translation>Patches</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="310" />
      <source>图斑状态（个）</source>
      <translation>Patch status (count)</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="244" />
      <source>图斑界址点坐标（{} 个，单位：米）</source>
      <translation>Patch boundary point coordinates ({} points, in metres)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="132" />
      <source>图表已生成</source>
      <translation>Charts generated</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="130" />
      <source>土地利用图层没有地类编码字段 {}，套合图中不显示。</source>
      <translation>The land-use layer has no land-class code field {}; it is left out of the overlay map.</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="38" />
      <location filename="../ui/map_view.py" line="125" />
      <source>土地利用现状（三调）</source>
      <translation>Current land use (Third National Land Survey)</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="410" />
      <source>地类图层存在自相重叠的图斑，重叠部分按要素编号小者计入，涉及图斑：{}</source>
      <translation>The land-use layer has overlapping polygons; overlaps are counted for the lower feature id. Patches concerned: {}</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="253" />
      <source>地类图层未覆盖 {:.2f} 亩</source>
      <translation>{:.2f} mu not covered by the land-use layer</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="42" />
      <source>地类图斑</source>
      <translation>Land-use polygons</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="257" />
      <source>地类图斑自相重叠 {:.2f} 亩，按要素编号小者计</source>
      <translation>Land-use polygons overlap over {:.2f} mu, counted for the lower feature id</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="405" />
      <source>地类编码 {}（{}）在三大类表中没有归类，面积未计入农用地/建设用地/未利用地，请核实后人工填报。涉及 {} 个图斑：{}</source>
      <translation>Land-class code {} ({}) has no main class in the table; its area is not counted as agricultural, construction or unused land. Verify and enter it by hand. {} patches concerned: {}</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="79" />
      <source>均晚于后时相 {}</source>
      <translation>all later than the after imagery {}</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="269" />
      <source>坐标格网</source>
      <translation>Coordinate grid</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="251" />
      <source>坐标系</source>
      <translation>CRS</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="207" />
      <source>基本情况</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="53" />
      <source>填报单位</source>
      <translation>Reporting unit</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="53" />
      <source>填报日期</source>
      <translation>Reporting date</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="233" />
      <source>填报面积(亩)</source>
      <translation>Reported area (mu)</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="181" />
      <location filename="../core/reports/annual.py" line="68" />
      <source>增违挂钩</source>
      <translation>Quota–violation linkage</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="184" />
      <source>增违挂钩按月</source>
      <translation>Quota–violation by month</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="67" />
      <source>增违挂钩补充耕地指标冻结与解冻</source>
      <translation>Quota–violation linkage: farmland compensation quota frozen and released</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="257" />
      <source>备注：</source>
      <translation>Remarks: </translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="243" />
      <source>复制举证照片…</source>
      <translation>Copying evidence photos…</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="209" />
      <source>套合分析图</source>
      <translation>Overlay analysis map</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="305" />
      <location filename="../core/overlay_run.py" line="113" />
      <location filename="../core/overlay_run.py" line="148" />
      <source>套合分析已取消，未写入任何结果。</source>
      <translation>Overlay analysis cancelled; no results written.</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="230" />
      <source>套合分析结果（亩）</source>
      <translation>Overlay analysis results (mu)</translation>
    </message>
    <message>
      <location filename="../ui/map_view.py" line="123" />
      <location filename="../ui/map_view.py" line="123" />
      <source>套合参考图层</source>
      <translation>Overlay reference layers</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="232" />
      <source>套合面积(亩)</source>
      <translation>Overlay area (mu)</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>字段</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="118" />
      <source>季度小结_{}</source>
      <translation>quarterly_review_{}</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="111" />
      <source>季度小结的统计期应为季度，如 2022Q1 或 2022年第一季度。</source>
      <translation>The period of a quarterly review must be a quarter, e.g. 2022Q1 or 2022年第一季度.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="525" />
      <source>完整</source>
      <translation>complete</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="117" />
      <source>审核完成：自检问题 {} 条</source>
      <translation>Review finished: {} self-check problems</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="134" />
      <source>审核范围</source>
      <translation>Review scope</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="61" />
      <source>审核范围内共有监测图斑{n}个（其中本季度下发{q}个），已判定{j}个，判定率{r:.2f}%。自检共发现问题{t}条，其中严重{s}条、警告{w}条、提示{i}条。</source>
      <translation>The review covers {n} monitoring patches ({q} issued this quarter); {j} have been judged (judgment rate {r:.2f}%). The self-check found {t} problems: {s} severe, {w} warnings and {i} notes.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="54" />
      <source>密级</source>
      <translation>Classification</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="98" />
      <source>对{}个举证问题图斑，按“多方向、后时相之后、距图斑15米以内”的要求补拍举证照片。</source>
      <translation>For the {} patches with evidence problems, take additional evidence photos as required: several directions, after the after-imagery date, within 15 m of the patch.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="92" />
      <source>对{}个改判未说明理由的图斑，由判定单位补充改判依据，重点图斑和有异议图斑提交集体会审。</source>
      <translation>For the {} patches whose judgment was changed without a reason, the judging unit must add the grounds; key and disputed patches go to collective review.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="95" />
      <source>对{}个整改存疑图斑，逐一实地复核，补齐整改完成日期和整改后现场照片，未整改到位的不得标记为已整改。</source>
      <translation>For the {} patches with doubtful rectification, re-check each in the field and add the completion date and post-rectification photos; patches not fully rectified must not be marked as rectified.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="105" />
      <source>对通报提醒指出的问题逾期未整改或整改不实的，县卫片办将提请县人民政府约谈有关责任人。</source>
      <translation>Where problems named in this bulletin are not rectified in time or not genuinely rectified, the county Satellite Enforcement Office will ask the county government to summon the responsible persons for talks.</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="60" />
      <source>导出 {} 个图斑、{} 张照片，共 {} 个文件；自检：严重 {}、警告 {}、提示 {}{}。</source>
      <translation>Exported {} patches and {} photos, {} files in total; self-check: severe {}, warnings {}, notes {}{}.</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="249" />
      <source>导出时间</source>
      <translation>Exported at</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="283" />
      <source>导出检查</source>
      <translation>Export check</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="130" />
      <source>尚有{}个图斑未完成判定，须按“月清”要求限期完成。</source>
      <translation>{} patches are not yet judged and must be completed in time as monthly clearance requires.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="132" />
      <source>尚有{}个违法图斑未整改到位，将逐图斑明确整改措施、责任单位和时限，挂图作战、销号管理。</source>
      <translation>{} illegal patches are not yet fully rectified; rectification measures, responsible units and deadlines will be set patch by patch, tracked on the battle map and closed out one by one.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="78" />
      <source>尚未判定{}个</source>
      <translation>{} not yet judged</translation>
    </message>
    <message>
      <location filename="../core/patch_form.py" line="329" />
      <source>尚未套合分析，无预判（请先运行“套合分析”和“预判”）</source>
      <translation>No overlay analysis yet, so no pre-judgment (run “Overlay analysis” and “Pre-judgment” first)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="64" />
      <source>尚未达到问责条件</source>
      <translation>accountability conditions not yet reached</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="93" />
      <source>属性仅含 ASCII 字符</source>
      <translation>attributes contain ASCII characters only</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="175" />
      <location filename="../core/reports/bulletin.py" line="169" />
      <location filename="../core/reports/military.py" line="54" />
      <source>工作库</source>
      <translation>Work package</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="190" />
      <source>工作库 (*.gpkg)</source>
      <translation>Work package (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="178" />
      <source>工作库 {} 中没有图斑，请先导入监测图斑。</source>
      <translation>Work package {} has no patches; import monitoring patches first.</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="109" />
      <source>工作库不存在：{}。请先用“导入监测图斑”创建工作库。</source>
      <translation>Work package does not exist: {}. Create it first with “Import monitoring patches”.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="447" />
      <source>工作库中已没有图斑 {}，请刷新</source>
      <translation>Patch {} is no longer in the work package; refresh</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="251" />
      <source>工作库中没有可制图的图斑（统计期内无图斑或图斑无图形）。</source>
      <translation>The work package has no patches to map (none in the period, or no geometries).</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="311" />
      <source>工作库中没有图斑 {}。</source>
      <translation>The work package has no patch {}.</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="344" />
      <source>工作库中没有这些图斑：{}</source>
      <translation>The work package has none of these patches: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="115" />
      <source>工作库中（或所选批次/乡镇中）没有这些图斑：{}</source>
      <translation>These patches are not in the work package (or in the chosen batches/townships): {}</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="115" />
      <source>工作库已使用坐标系 {}，忽略参数 TARGET_CRS={}。</source>
      <translation>The work package already uses CRS {}; parameter TARGET_CRS={} ignored.</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="233" />
      <source>工作库没有有效的坐标系（settings.crs），无法制图。</source>
      <translation>The work package has no valid CRS (settings.crs); cannot draw maps.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="22" />
      <source>工作库没有有效的坐标系（settings.crs），无法计算中心点坐标。</source>
      <translation>The work package has no valid CRS (settings.crs); cannot compute centre coordinates.</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="91" />
      <source>工作库记录的{}图层已不存在：{}，本次未使用</source>
      <translation>The {} layer recorded in the work package no longer exists: {}; not used this time</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="95" />
      <source>工作库记录的{}图层无法读取：{}，本次未使用</source>
      <translation>The {} layer recorded in the work package cannot be read: {}; not used this time</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="15" />
      <source>工作库（与图斑图层二选一）</source>
      <translation>Work package (or a patch layer)</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="340" />
      <source>已从图斑 {} 手动移除</source>
      <translation>Removed manually from patch {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="594" />
      <source>已保存图斑 {}：{} 个字段</source>
      <translation>Saved patch {}: {} fields</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="356" />
      <source>已取消导出，未写出任何文件。</source>
      <translation>Export cancelled; no files written.</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="256" />
      <location filename="../core/photos.py" line="299" />
      <location filename="../ui/tasks.py" line="99" />
      <source>已取消照片关联，工作库未改动。</source>
      <translation>Photo linking cancelled; the work package is unchanged.</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="152" />
      <location filename="../core/patch_import.py" line="199" />
      <source>已取消，工作库未改变。</source>
      <translation>Cancelled; the work package is unchanged.</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="129" />
      <source>已取消，未写出任何文件。</source>
      <translation>Cancelled; no files written.</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="133" />
      <source>已取消：已生成 {} 份卷宗（完整），其余未生成，目录未更新。</source>
      <translation>Cancelled: {} dossiers were generated (complete), the rest were not; the index was not updated.</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="163" />
      <source>已把 {} 张照片关联到图斑 {}</source>
      <translation>Linked {} photos to patch {}</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="176" />
      <source>已把 {} 张照片移出图斑 {}（照片记录保留，可重新关联）</source>
      <translation>Removed {} photos from patch {} (the photo records are kept and can be linked again)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="124" />
      <source>已拆除复耕或补办</source>
      <translation>Demolished and restored, or approved afterwards</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="75" />
      <source>已整改到位的违法图斑{n}个。整改真实性存疑的图斑{k}个（已整改但仍有未拆除复耕或补办的耕地、缺整改完成日期、缺整改后照片等）。</source>
      <translation>{n} illegal patches are fully rectified. {k} patches have doubtful rectification (marked rectified but with cultivated land neither restored nor approved afterwards, no completion date, no post-rectification photos, etc.).</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="403" />
      <source>已经是最后一个图斑</source>
      <translation>Already at the last patch</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="403" />
      <source>已经是第一个图斑</source>
      <translation>Already at the first patch</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="170" />
      <source>已补办手续只扣分子；已拆除复耕、重大基础设施（省级评估除外）分子分母同时扣除；存量违法与农业项目破坏耕地分子分母均不计入。</source>
      <translation>Approval obtained afterwards is deducted from the numerator only; demolition and restoration to farmland and major infrastructure (except in provincial assessment) are deducted from numerator and denominator; existing violations and farmland damaged by agricultural projects count in neither.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="64" />
      <source>已达到问责条件，形势严峻</source>
      <translation>accountability conditions reached, the situation is serious</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="87" />
      <source>市卫片执法工作领导小组办公室：</source>
      <translation>To the Office of the City Satellite Enforcement Leading Group:</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="43" />
      <source>建设用地批准</source>
      <translation>Construction land approvals</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="39" />
      <source>建设用地批准范围</source>
      <translation>Construction land approval areas</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="255" />
      <source>强制导出</source>
      <translation>Forced export</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="221" />
      <source>影像对比</source>
      <translation>Imagery comparison</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="188" />
      <source>影像无法打开：{}</source>
      <translation>Imagery cannot be opened: {}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="138" />
      <source>所选图斑均为涉军用地，不进入普通成果包；请用“军用土地登记表”单独报送。</source>
      <translation>All selected patches are military land and do not go into the ordinary package; submit them separately with the “Military land register”.</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="206" />
      <source>手动关联</source>
      <translation>Linked manually</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="206" />
      <source>手动关联（照片无 GPS 坐标）</source>
      <translation>Linked manually (photo has no GPS position)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="190" />
      <source>打开卫片执法工作库</source>
      <translation>Open a WPZF work package</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="179" />
      <source>扣减明细</source>
      <translation>Deductions</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../ui/patch_model.py" line="9" />
      <source>批次</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="186" />
      <source>批次“{}”（{}）有 {} 个问题，未导入任何图斑：</source>
      <translation>Batch “{}” ({}) has {} problems; no patches imported:</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="57" />
      <source>批次下发</source>
      <translation>Issued by batch</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="113" />
      <source>批次月份“{}”无法识别，请写成 2022-03 的形式。</source>
      <translation>Batch month “{}” not recognised; write it like 2022-03.</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="248" />
      <source>批次：{}；乡镇：{}</source>
      <translation>Batches: {}; townships: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/charts.py" line="31" />
      <source>找不到中文字体，图表无法显示中文。请安装 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk）。</source>
      <translation>No Chinese font found, so charts cannot show Chinese. Install fonts-noto-cjk (sudo apt-get install fonts-noto-cjk).</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="250" />
      <source>报送格式</source>
      <translation>Submission format</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="29" />
      <source>拍摄 {}</source>
      <translation>Taken {}</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="70" />
      <location filename="../core/evidence.py" line="77" />
      <location filename="../core/evidence.py" line="79" />
      <source>拍摄时间</source>
      <translation>Time taken</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="257" />
      <source>挂图作战</source>
      <translation>Battle map</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="343" />
      <source>挂图作战 PDF 导出失败：{}</source>
      <translation>Battle map PDF export failed: {}</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="82" />
      <source>按 .cpg 文件声明</source>
      <translation>declared in the .cpg file</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="91" />
      <source>按 DBF 语言驱动标识</source>
      <translation>from the DBF language driver ID</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="109" />
      <source>按{}年卫片执法问责比例计算方法，扣除已补办手续{}亩、已拆除复耕{}亩、已履职重大基础设施{}亩后，全县违法占用耕地{}亩，新增建设占用耕地{}亩，违法占用耕地比例{:.2f}%，{}。</source>
      <translation>Under the {} accountability ratio method, after deducting {} mu with approval obtained afterwards, {} mu demolished and restored to farmland and {} mu of major infrastructure with supervision duties fulfilled, the county illegally occupies {} mu of cultivated land against {} mu of cultivated land newly occupied by construction, an illegal occupation ratio of {:.2f}%: {}.</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="134" />
      <source>按乡镇汇总</source>
      <translation>By township</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="132" />
      <source>按参数指定</source>
      <translation>as given by the parameter</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="91" />
      <source>按所选条件没有图斑可导出（批次：{}；乡镇：{}）。工作库中的批次：{}；乡镇：{}。</source>
      <translation>No patches to export for the chosen filters (batches: {}; townships: {}). Batches in the work package: {}; townships: {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="123" />
      <source>按月冻结补充耕地指标{}亩，拆除复耕验收后解冻{}亩，补办手续扣减{}亩，仍冻结{}亩。</source>
      <translation>Farmland compensation quota frozen month by month: {} mu; released after acceptance of demolition and restoration: {} mu; deducted for approval obtained afterwards: {} mu; still frozen: {} mu.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="58" />
      <source>按照“季度小结”要求，县卫片办于{}末对本县{}年1月至{}下发图斑的核查判定、查处整改、举证材料和数据填报情况进行了全面审核，现将审核意见通报如下：</source>
      <translation>As the quarterly review requires, at the end of {} the county Satellite Enforcement Office fully reviewed the verification and judgment, enforcement and rectification, evidence and data entry of the patches issued to the county from January {} to {}. The review opinions are as follows:</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>按规则汇总</source>
      <translation>By rule</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="56" />
      <source>按问责比例口径，全县违法占用耕地{wf}亩，新增建设占用耕地{xz}亩，违法占用耕地比例{bl:.2f}%</source>
      <translation>By the accountability ratio method, the county illegally occupies {wf} mu of cultivated land against {xz} mu newly occupied by construction, an illegal occupation ratio of {bl:.2f}%</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="33" />
      <source>按问责比例口径：已补办手续只扣分子，已拆除复耕和已履职重大基础设施分子分母同时扣除，存量违法和农业项目破坏耕地不计入。排名按比例由高到低，第1名问题最突出；名次变化为正表示较上期前移。警戒线 {:g}%。</source>
      <translation>Accountability ratio method: approval obtained afterwards is deducted from the numerator only; demolition and restoration to farmland and major infrastructure with duties fulfilled are deducted from both; existing violations and farmland damaged by agricultural projects are not counted. Ranked by ratio from high to low, rank 1 being the most serious; a positive rank change means moving up since the previous period. Warning line {:g}%.</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>操作人</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="38" />
      <source>改判依据取自备注、批准文号或备案编号；为空的须补充说明理由。</source>
      <translation>The grounds for a changed judgment come from the remarks, approval number or filing number; where empty, a reason must be added.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="174" />
      <location filename="../core/reports/bulletin.py" line="168" />
      <source>政策年度</source>
      <translation>Policy year</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="167" />
      <source>政策年度 {}（{}）。来源：{}</source>
      <translation>Policy year {} ({}). Source: {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="129" />
      <source>政策年度 {}，检查日期 {}。来源：{}</source>
      <translation>Policy year {}, check date {}. Source: {}</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="20" />
      <source>政策年度（空 = 工作库设置，默认 2022）</source>
      <translation>Policy year (empty = work package setting, default 2022)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="174" />
      <location filename="../core/reports/bulletin.py" line="167" />
      <location filename="../core/reports/review.py" line="135" />
      <source>数据截至</source>
      <translation>Data as of</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="69" />
      <source>数据有误，未写入任何结果：{}</source>
      <translation>Invalid data; no results written: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="85" />
      <source>数据自检（月核规则）发现问题{}条，按规则汇总如下，逐图斑清单见同名 Excel“问题清单”。</source>
      <translation>The data self-check (monthly check rules) found {} problems, summarised by rule below; see the “Problem list” sheet in the Excel file of the same name for each patch.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="41" />
      <source>数据质量</source>
      <translation>Data quality</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="41" />
      <source>数据质量自检问题汇总</source>
      <translation>Data quality self-check summary</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="255" />
      <source>整改与查处</source>
      <translation>Rectification and enforcement</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="215" />
      <source>整改到位</source>
      <translation>Rectified</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="39" />
      <source>整改存疑</source>
      <translation>Doubtful rectification</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="39" />
      <source>整改真实性存疑的图斑</source>
      <translation>Patches with doubtful rectification</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../core/reports/annual.py" line="172" />
      <location filename="../core/reports/bulletin.py" line="163" />
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="125" />
      <source>文件不存在：{}</source>
      <translation>File does not exist: {}</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="243" />
      <source>文件夹 {} 中没有 JPG 照片。</source>
      <translation>Folder {} contains no JPG photos.</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="125" />
      <source>文件已存在：{}，不会覆盖。</source>
      <translation>File already exists: {}; it will not be overwritten.</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="276" />
      <source>文件损坏或不是 JPEG：{}</source>
      <translation>File damaged or not a JPEG: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>新值</source>
      <translation>New value</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="35" />
      <source>新增 {} 个图斑，重复下发 {} 个（保留原判定与举证），修复几何 {} 处；编码 {}（{}）；坐标系 {}</source>
      <translation>{} new patches, {} reissued (judgments and evidence kept), {} geometries repaired; encoding {} ({}); CRS {}</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="25" />
      <source>方位 {:.0f}°</source>
      <translation>Azimuth {:.0f}°</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="197" />
      <source>方位角为磁北方向</source>
      <translation>azimuth relative to magnetic north</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="199" />
      <source>方位角取自无人机 XMP 云台偏航角</source>
      <translation>azimuth taken from the drone's XMP gimbal yaw</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="60" />
      <location filename="../core/evidence.py" line="63" />
      <source>方位角跨度</source>
      <translation>Azimuth spread</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="41" />
      <location filename="../core/export_package.py" line="93" />
      <location filename="../ui/dock.py" line="488" />
      <source>无</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="101" />
      <source>无 .cpg，按内容识别为 GBK/GB18030</source>
      <translation>no .cpg, content detected as GBK/GB18030</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="96" />
      <source>无 .cpg，按内容识别为 UTF-8</source>
      <translation>no .cpg, content detected as UTF-8</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="88" />
      <source>无 .dbf 文件</source>
      <translation>no .dbf file</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="208" />
      <source>无 GPS 坐标，未关联；请在判定面板中手动关联</source>
      <translation>No GPS position, not linked; link it manually in the judgment panel</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="281" />
      <source>无举证照片。</source>
      <translation>No evidence photos.</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="65" />
      <source>无位置信息</source>
      <translation>no position</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="212" />
      <source>无待办事项</source>
      <translation>Nothing due</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="76" />
      <source>无拍摄时间：{}</source>
      <translation>no time taken: {}</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="159" />
      <source>无法写入 {}：{}</source>
      <translation>Cannot write {}: {}</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="167" />
      <source>无法写入 {}：{}（文件是否已在 Excel 中打开？）</source>
      <translation>Cannot write {}: {} (is the file open in Excel?)</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="33" />
      <source>无法写出 PDF：{}（错误码 {}）。请检查文件夹是否可写、文件是否被其他程序打开。</source>
      <translation>Cannot write the PDF: {} (error code {}). Check that the folder is writable and the file is not open in another program.</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="209" />
      <source>无法打开工作库 {}。</source>
      <translation>Cannot open work package {}.</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="207" />
      <source>无法打开工作库 {}：{}</source>
      <translation>Cannot open work package {}: {}</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.py" line="43" />
      <source>无法显示该照片（文件损坏或不存在）</source>
      <translation>Cannot show this photo (file damaged or missing)</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="103" />
      <source>无法识别编码，按 UTF-8 读取（可能有乱码，请用 ENCODING 参数指定）</source>
      <translation>encoding not recognised, read as UTF-8 (text may be garbled; set it with the ENCODING parameter)</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="128" />
      <source>无法读取图层：{}。请确认文件完整（.shp/.shx/.dbf 齐全）且格式受支持。</source>
      <translation>Cannot read layer: {}. Make sure the files are complete (.shp/.shx/.dbf all present) and the format is supported.</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="132" />
      <source>无法读取图斑图层。</source>
      <translation>Cannot read the patch layer.</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="263" />
      <source>无法读取文件：{}</source>
      <translation>Cannot read file: {}</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="128" />
      <source>无编号(fid={})</source>
      <translation>no number (fid={})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="166" />
      <source>无（年度首期）</source>
      <translation>None (first period of the year)</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="95" />
      <source>无（请先运行套合分析）</source>
      <translation>none (run the overlay analysis first)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="70" />
      <source>既有预判又有最终判定的图斑{b}个，两者一致{a}个，一致率{r:.2f}%；不一致{d}个，其中{u}个未说明改判理由。</source>
      <translation>{b} patches have both a pre-judgment and a final judgment; {a} agree (agreement rate {r:.2f}%) and {d} differ, {u} of which give no reason for the change.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="620" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="35" />
      <source>日期 {!r} 无法识别，请写作 2022-04-05。</source>
      <translation>Date {!r} not recognised; write it like 2022-04-05.</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="103" />
      <source>日期“{}”无法识别，请写成 2022-05-15 的形式。</source>
      <translation>Date “{}” not recognised; write it like 2022-05-15.</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="74" />
      <source>早于后时相 {}：{}</source>
      <translation>earlier than the after imagery {}: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="29" />
      <source>时间不详</source>
      <translation>time unknown</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="255" />
      <location filename="../ui/judgment_form.py" line="53" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="365" />
      <source>显示 {} / 共 {} 个图斑：合法 {}，违法 {}，其他用地 {}，未判定 {}；月清逾期 {}</source>
      <translation>Showing {} of {} patches: legal {}, illegal {}, other land use {}, not judged {}; overdue for monthly clearance {}</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="67" />
      <source>最远 {:.1f} 米（不超过 {:g} 米）</source>
      <translation>farthest {:.1f} m (at most {:g} m)</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="215" />
      <source>月清</source>
      <translation>Monthly clearance</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="622" />
      <source>月清期限</source>
      <translation>Monthly clearance due</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="78" />
      <source>月清期限 {} 已过，尚未确认</source>
      <translation>Monthly clearance deadline {} has passed, not yet confirmed</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="63" />
      <source>有方位角的照片 {} 张，无法判断多方向</source>
      <translation>only {} photos with an azimuth; cannot tell whether several directions are covered</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="657" />
      <source>期限</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="657" />
      <source>期限 ({})</source>
      <translation>Deadlines ({})</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="180" />
      <source>未保存的修改</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="508" />
      <source>未发现问题</source>
      <translation>No problems found</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="255" />
      <source>未归类地类 {} {:.2f} 亩</source>
      <translation>unclassified land class {} {:.2f} mu</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="278" />
      <source>未打开工作库</source>
      <translation>No work package open</translation>
    </message>
    <message>
      <location filename="../core/dossier_layout.py" line="36" />
      <source>未找到字体 {}，卷宗中文可能显示为方框。请安装 fonts-noto-cjk。</source>
      <translation>Font {} not found; Chinese in dossiers may show as boxes. Install fonts-noto-cjk.</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="407" />
      <source>未知地类</source>
      <translation>unknown land class</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="331" />
      <source>未知字段：{}</source>
      <translation>Unknown fields: {}</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="107" />
      <location filename="../core/reference.py" line="70" />
      <source>未知错误</source>
      <translation>unknown error</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="114" />
      <source>未达到问责条件</source>
      <translation>accountability conditions not reached</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="599" />
      <source>未选择图斑</source>
      <translation>No patch selected</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="328" />
      <source>本乡镇图斑 {} 个；待办事项 {} 项，其中已逾期 {} 项。</source>
      <translation>{} patches in this township; {} items due, {} of them overdue.</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="51" />
      <source>本县</source>
      <translation>the county</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="197" />
      <location filename="../core/dossier_map.py" line="198" />
      <source>本图斑</source>
      <translation>This patch</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="81" />
      <source>本图斑 {} 张照片</source>
      <translation>{} photos on this patch</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="103" />
      <source>本季度审核未发现需要整改的问题，请继续保持。</source>
      <translation>This quarter's review found no problems needing rectification; keep it up.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="28" />
      <source>本期下发为本统计期内下发批次的图斑；其余各列为{}年1月起至统计期末各批次累计。确认率 = 已确认 ÷ 累计下发。</source>
      <translation>“Issued this period” counts the patches of batches issued in this period; the other columns are cumulative over all batches from January {} to the end of the period. Confirmation rate = confirmed ÷ issued in total.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="36" />
      <source>本期为年度首期，无上期数据。</source>
      <translation>This is the first period of the year; there is no previous period.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="77" />
      <source>本期各乡镇均无计入问责比例的违法占用耕地。</source>
      <translation>In this period no township has illegally occupied cultivated land counted in the accountability ratio.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="88" />
      <source>本期无乡镇触及警戒线。</source>
      <translation>No township reached the warning line in this period.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="47" />
      <source>本期无涉军用地图斑。</source>
      <translation>No military land patches in this period.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="54" />
      <source>机要</source>
      <translation>Confidential</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="46" />
      <source>机要件，单独报送市卫片办，不得随普通成果导出或通过互联网传输。</source>
      <translation>Confidential: submit separately to the city Satellite Enforcement Office; never export it with the ordinary deliverables or send it over the internet.</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="125" />
      <source>条</source>
      <translation>count</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="61" />
      <source>查处整改</source>
      <translation>Enforcement</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="10" />
      <source>标识</source>
      <translation>Flags</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="492" />
      <source>标识：{}</source>
      <translation>Flags: {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="623" />
      <source>核查状态</source>
      <translation>Verification state</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="27" />
      <source>核查进度</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="138" />
      <source>根据《{}{}年自然资源卫片执法工作实施方案》“月清”“月核”工作要求，县卫片办对各乡（镇）卫片执法工作进展定期汇总、排名，现将{}情况（数据截至{}）通报如下：</source>
      <translation>In line with the monthly clearance and monthly check requirements of the {} {} Natural Resources Satellite Enforcement Implementation Plan, the county Satellite Enforcement Office regularly compiles and ranks the townships' progress. The situation for {} (data as of {}) is reported as follows:</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="88" />
      <source>根据《{}{}年自然资源卫片执法工作实施方案》要求，现将本县{}卫片执法工作情况报告如下：</source>
      <translation>As required by the {} {} Natural Resources Satellite Enforcement Implementation Plan, the county's satellite enforcement work for {} is reported as follows:</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="180" />
      <source>模拟整改</source>
      <translation>What-if rectification</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="174" />
      <source>模拟整改：单独采取该项措施、最少需再整改的耕地面积（精确到 0.01 亩），面积降到阈值以下或比例降到 {}% 以下即不纳入问责。</source>
      <translation>What-if rectification: the least cultivated land area (to 0.01 mu) still to rectify by this measure alone so that the area falls below the threshold or the ratio below {}%, ending accountability.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="161" />
      <location filename="../ui/dock.py" line="560" />
      <source>正在关联照片，完成后再保存</source>
      <translation>Photos are being linked; save when it has finished</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="38" />
      <source>每月数值为当年1月起至该月末各批次累计。</source>
      <translation>Each month's value is cumulative over the batches from January to the end of that month.</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="168" />
      <source>比例 = 违法占用耕地 ÷ 新增建设占用耕地（扣减后）；面积达到阈值且比例 ≥ {}% 纳入问责。</source>
      <translation>Ratio = illegally occupied cultivated land ÷ cultivated land newly occupied by construction (after deductions); accountable when the area reaches the threshold and the ratio is ≥ {}%.</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="323" />
      <source>比例尺 1:{}</source>
      <translation>Scale 1:{}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="32" />
      <source>比例排名</source>
      <translation>Ratio ranking</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="37" />
      <source>比例趋势</source>
      <translation>Ratio trend</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="38" />
      <location filename="../core/overlay.py" line="42" />
      <source>永久基本农田</source>
      <translation>Permanent basic farmland</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="212" />
      <source>没有可套合的图斑（全部缺少几何或几何无效）。</source>
      <translation>No patches can be overlaid (all lack a geometry or have an invalid one).</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="188" />
      <source>没有可套合的图斑（全部缺少几何）。</source>
      <translation>No patch to overlay (all lack a geometry).</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="541" />
      <source>没有可采用的预判</source>
      <translation>No pre-judgment to apply</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="181" />
      <source>没有图斑可套合。</source>
      <translation>No patches to overlay.</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.py" line="27" />
      <source>没有照片</source>
      <translation>No photos</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="106" />
      <source>没有要写入 Excel 的内容。</source>
      <translation>Nothing to write to Excel.</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="42" />
      <source>涉军用地图斑 {} 个</source>
      <translation>{} military land patches</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="245" />
      <source>点号</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="45" />
      <source>照片</source>
      <translation>Photos</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="149" />
      <source>照片 (*.jpg *.jpeg *.JPG *.JPEG)</source>
      <translation>Photos (*.jpg *.jpeg *.JPG *.JPEG)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="465" />
      <location filename="../ui/dock.py" line="684" />
      <source>照片 ({})</source>
      <translation>Photos ({})</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="321" />
      <source>照片 {} 无法读取（{}），未添加任何照片。</source>
      <translation>Photo {} cannot be read ({}); no photos added.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="48" />
      <source>照片·{}</source>
      <translation>Photo · {}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="737" />
      <source>照片关联失败：{}</source>
      <translation>Photo linking failed: {}</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="58" />
      <source>照片数量</source>
      <translation>Number of photos</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="39" />
      <source>照片文件夹不存在：{}</source>
      <translation>Photo folder does not exist: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="295" />
      <source>照片文件缺失或无法读取：
{}</source>
      <translation>Photo files missing or unreadable:
{}</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="475" />
      <source>照片记录 {} 不存在。</source>
      <translation>Photo record {} does not exist.</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="9" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="38" />
      <location filename="../core/overlay.py" line="42" />
      <source>生态保护红线</source>
      <translation>Ecological protection red line</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="40" />
      <source>生成卷宗 {} 份，共 {} 页；目录：{}</source>
      <translation>Generated {} dossiers, {} pages in total; index: {}</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="32" />
      <source>生成照片缩略图</source>
      <translation>Generating photo thumbnails</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="256" />
      <source>生成软件</source>
      <translation>Generated by</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="134" />
      <location filename="../core/patch_import.py" line="130" />
      <location filename="../core/workpackage.py" line="231" />
      <source>监测图斑</source>
      <translation>Monitoring patches</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../core/reports/atlas.py" line="203" />
      <location filename="../ui/dock.py" line="622" />
      <source>监测编号</source>
      <translation>Patch no.</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="179" />
      <source>监测编号 {} · {}</source>
      <translation>Patch no. {} · {}</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="120" />
      <source>目标坐标系 {} 无效或不是投影坐标系；请选择 CGCS2000 三度带投影（EPSG:4513–4554）。</source>
      <translation>Target CRS {} is invalid or not projected; choose a CGCS2000 3-degree zone projection (EPSG:4513–4554).</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="156" />
      <source>第 {} 个要素（FID {}）</source>
      <translation>Feature {} (FID {})</translation>
    </message>
    <message>
      <location filename="../core/dossier_layout.py" line="259" />
      <source>第 {} 页 / 共 {} 页</source>
      <translation>Page {} of {}</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="338" />
      <source>第 {} 页：{}</source>
      <translation>Page {}: {}</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="29" />
      <source>算法模块 {} 未加载：{}</source>
      <translation>Algorithm module {} not loaded: {}</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="311" />
      <source>米</source>
      <translation>m</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="29" />
      <source>经度 {:.4f} 不在中国 CGCS2000 三度带范围内（75°E–135°E），请检查数据坐标。</source>
      <translation>Longitude {:.4f} is outside China's CGCS2000 3-degree zones (75°E–135°E); check the data coordinates.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="118" />
      <source>统计完成：{} 个乡镇，{} 个乡镇触及警戒线</source>
      <translation>Statistics done: {} townships, {} at the warning line</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="164" />
      <source>统计期</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="173" />
      <location filename="../core/reports/bulletin.py" line="165" />
      <source>统计范围</source>
      <translation>Scope</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="286" />
      <source>统计范围：{}　数据截至：{}</source>
      <translation>Scope: {}    Data as of: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="134" />
      <source>继续落实“月清、月核、季度小结”机制，强化源头防范和动态巡查，坚决遏制新增违法占用耕地。</source>
      <translation>Keep up the monthly clearance, monthly check and quarterly review mechanism, strengthen prevention at the source and dynamic patrols, and firmly curb new illegal occupation of cultivated land.</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="104" />
      <source>缺少 openpyxl，无法写 Excel（Debian：apt install python3-openpyxl）。</source>
      <translation>openpyxl is missing, cannot write Excel (Debian: apt install python3-openpyxl).</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="138" />
      <source>缺少地类图层（LANDUSE，三调/变更调查地类图斑）。</source>
      <translation>The land-use layer is missing (LANDUSE, Third National Land Survey / annual change survey polygons).</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="173" />
      <source>耕地已扣除田坎（{}）</source>
      <translation>field ridges deducted from cultivated land ({})</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="171" />
      <source>耕地未扣除田坎（参数关闭）</source>
      <translation>field ridges not deducted from cultivated land (parameter off)</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="175" />
      <source>耕地未扣除田坎（地类图层无 KCXS/KCMJ 字段）</source>
      <translation>field ridges not deducted from cultivated land (land-use layer has no KCXS/KCMJ field)</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="253" />
      <source>自检</source>
      <translation>Self-check</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="142" />
      <source>自检…</source>
      <translation>Self-check…</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="42" />
      <source>自检问题清单</source>
      <translation>Self-check problem list</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="510" />
      <source>自检（随填随查）：严重 {}，共 {}</source>
      <translation>Self-check (as you type): {} severe of {}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="249" />
      <location filename="../core/reports/military.py" line="53" />
      <source>范围</source>
      <translation>Scope</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>规则名称</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>规则编号</source>
      <translation>Rule ID</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="39" />
      <source>触及警戒线的乡镇（警示提醒名单）</source>
      <translation>Townships at the warning line (warning list)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="124" />
      <source>警告</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="163" />
      <location filename="../core/reports/bulletin.py" line="130" />
      <source>警戒线 {:g}%</source>
      <translation>Warning line {:g}%</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="39" />
      <source>警示提醒</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="263" />
      <source>计算 SHA-256 清单…</source>
      <translation>Computing SHA-256 list…</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="120" />
      <source>计算坐标系 {}；面积为 CGCS2000 椭球面积（亩）；{}</source>
      <translation>Working CRS {}; areas are CGCS2000 ellipsoidal areas (mu); {}</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="43" />
      <source>设施农用地</source>
      <translation>Facility agricultural land</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="29" />
      <source>请只给图斑图层或工作库之一，不要同时给两个。</source>
      <translation>Give either a patch layer or a work package, not both.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="101" />
      <source>请各乡（镇）对照以下时间节点倒排工作：{}。</source>
      <translation>Townships should plan their work back from these deadlines: {}.</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="194" />
      <source>请填写批次名称（BATCH），例如 2022-01。</source>
      <translation>Enter a batch name (BATCH), e.g. 2022-01.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="142" />
      <source>请填写统计期：上半年 2022H1，全年 2022。</source>
      <translation>Enter the period: first half 2022H1, full year 2022.</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="235" />
      <source>请指定输出 PDF 文件。</source>
      <translation>Specify the output PDF file.</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="92" />
      <source>请指定输出文件夹。</source>
      <translation>Specify the output folder.</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="34" />
      <source>请给出图斑图层（INPUT）或工作库（WORKPACKAGE）。</source>
      <translation>Give a patch layer (INPUT) or a work package (WORKPACKAGE).</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="129" />
      <source>读取工作库…</source>
      <translation>Reading work package…</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="143" />
      <location filename="../core/reports/bulletin.py" line="113" />
      <location filename="../core/reports/review.py" line="112" />
      <source>读取工作库：{} 个图斑</source>
      <translation>Work package read: {} patches</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="27" />
      <source>距 {:.1f} 米</source>
      <translation>{:.1f} m away</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="65" />
      <location filename="../core/evidence.py" line="67" />
      <source>距图斑距离</source>
      <translation>Distance to patch</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="214" />
      <source>距最近图斑 {} 为 {:.1f} 米，超过 {:g} 米，未关联</source>
      <translation>Nearest patch {} is {:.1f} m away, more than {:g} m; not linked</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="162" />
      <source>跨乡镇：</source>
      <translation>spans townships: </translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="80" />
      <source>较上期名次前移（问题加重）的乡镇：{}。</source>
      <translation>Townships that moved up since the previous period (worse): {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="117" />
      <source>达到问责条件的乡镇：{}。</source>
      <translation>Townships meeting the accountability conditions: {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="113" />
      <source>达到问责条件（面积≥{:g}亩且比例≥{:g}%）</source>
      <translation>accountability conditions reached (area ≥ {:g} mu and ratio ≥ {:g}%)</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="30" />
      <source>违法与整改</source>
      <translation>Illegal and rectification</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="158" />
      <source>违法占用耕地</source>
      <translation>Illegally occupied cultivated land</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="64" />
      <source>违法占用耕地比例 = 扣减后违法占用耕地 ÷ 扣减后新增建设占用耕地；面积达到阈值且比例≥{:g}%的纳入问责。</source>
      <translation>Illegal occupation ratio = illegally occupied cultivated land after deductions ÷ cultivated land newly occupied by construction after deductions; accountable when the area reaches the threshold and the ratio is ≥ {:g}%.</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="73" />
      <source>违法占用耕地比例排名前列的乡镇是：{}。</source>
      <translation>The townships with the highest illegal occupation ratios are: {}.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="102" />
      <source>违法图斑中已整改到位{}个、正在整改{}个、尚未整改{}个；已拆除复耕耕地{}亩，补办用地手续耕地{}亩，立案查处{}个。</source>
      <translation>Of the illegal patches, {} are fully rectified, {} being rectified and {} not yet rectified; {} mu of cultivated land were demolished and restored to farmland, approval was obtained afterwards for {} mu, and {} cases were filed.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="60" />
      <source>违法用地</source>
      <translation>Illegal land use</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="31" />
      <source>违法用地含新增和存量；剩余未整改耕地 = 占用耕地 − 拆除复耕 − 补办手续。</source>
      <translation>Illegal land use includes new and existing cases; remaining unrectified cultivated land = occupied cultivated land − demolished and restored − approved afterwards.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="60" />
      <source>违法用地情况（新增/存量）</source>
      <translation>Illegal land use (new/existing)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="61" />
      <source>违法用地查处整改情况</source>
      <translation>Enforcement and rectification of illegal land use</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="196" />
      <source>选择外业照片文件夹</source>
      <translation>Choose the field photo folder</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="148" />
      <source>选择要关联到图斑 {} 的照片</source>
      <translation>Choose photos to link to patch {}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="112" />
      <source>通报的统计期应为月份（如 2022-03）或季度（如 2022Q1）。</source>
      <translation>The bulletin period must be a month (e.g. 2022-03) or a quarter (e.g. 2022Q1).</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="203" />
      <source>逾期/剩余</source>
      <translation>Overdue/left</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="622" />
      <source>逾期天数</source>
      <translation>Days late</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="43" />
      <source>采矿许可</source>
      <translation>Mining permits</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="81" />
      <source>重复照片</source>
      <translation>Duplicate photos</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="227" />
      <source>重复照片：与 {} 内容相同</source>
      <translation>Duplicate photo: same content as {}</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="226" />
      <source>重复照片：与 {} 内容相同，同一照片关联了图斑 {} 和 {}</source>
      <translation>Duplicate photo: same content as {}; the same photo is linked to patches {} and {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="172" />
      <source>重大基础设施图斑整块扣除，其自身的拆除复耕、补办面积单列（ZDCCMJ/ZDBBMJ），不重复扣减。</source>
      <translation>Major infrastructure patches are deducted whole; their own demolished-and-restored and approved-afterwards areas are listed separately (ZDCCMJ/ZDBBMJ) and not deducted twice.</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="66" />
      <source>问责比例计算明细</source>
      <translation>Accountability ratio calculation details</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="62" />
      <source>问责比例评估</source>
      <translation>Accountability ratio assessment</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="66" />
      <source>问责计算明细</source>
      <translation>Accountability details</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="63" />
      <source>问责评估</source>
      <translation>Accountability</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <source>问题数</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="131" />
      <location filename="../core/reports/review.py" line="42" />
      <source>问题清单</source>
      <translation>Problem list</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="217" />
      <source>附近没有图斑，未关联</source>
      <translation>No patch nearby; not linked</translation>
    </message>
    <message>
      <location filename="../core/patch_form.py" line="174" />
      <source>需集体会审</source>
      <translation>Needs collective review</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <source>面积(亩)</source>
      <translation>Area (mu)</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="252" />
      <location filename="../core/reports/bulletin.py" line="170" />
      <source>面积单位</source>
      <translation>Area unit</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <source>页数</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="232" />
      <source>项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="37" />
      <source>预判与最终判定不一致的图斑</source>
      <translation>Patches whose final judgment differs from the pre-judgment</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="493" />
      <source>预判：{}</source>
      <translation>Pre-judgment: {}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="92" />
      <source>（{}）{}：</source>
      <translation>({}) {}: </translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="43" />
      <source>（下发导入）</source>
      <translation>(issued data import)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="30" />
      <source>（全县）</source>
      <translation>(county)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="166" />
      <source>（初稿）</source>
      <translation>(draft)</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="128" />
      <source>（审核意见·初稿）</source>
      <translation>(review opinions · draft)</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="62" />
      <source>（强制导出）</source>
      <translation> (forced export)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="490" />
      <source>（按当前套合结果实时预判，未保存）</source>
      <translation>(pre-judged live from the current overlay results, not saved)</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="123" />
      <source>（未落乡镇）</source>
      <translation>(no township)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="325" />
      <location filename="../ui/dock.py" line="327" />
      <source>（空）</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="79" />
      <source>，</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="60" />
      <source>，与上期（{}）持平</source>
      <translation>, unchanged from the previous period ({})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="62" />
      <source>，较上期（{}）{}{:.2f}个百分点</source>
      <translation>, {1} {2:.2f} percentage points from the previous period ({0})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="102" />
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="64" />
      <source>；{}。</source>
      <translation>; {}.</translation>
    </message>
  </context>
</TS>