<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
  <context>
    <name>AccountabilityAlgorithm</name>
    <message>
      <location filename="../processing/alg_accountability.py" line="17" />
      <source>3 统计与报告</source>
      <translation>3 统计与报告</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="31" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="34" />
      <source>全县是否纳入问责（1=是）</source>
      <translation>全县是否纳入问责（1=是）</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="33" />
      <source>全县违法占用耕地比例(%)</source>
      <translation>全县违法占用耕地比例(%)</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="27" />
      <source>截止批次月份（1–12，空 = 12 月）</source>
      <translation>截止批次月份（1–12，空 = 12 月）</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="24" />
      <source>起始批次月份（1–12，空 = 全年）</source>
      <translation>起始批次月份（1–12，空 = 全年）</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="66" />
      <source>起始月份 {} 晚于截止月份 {}。</source>
      <translation>起始月份 {} 晚于截止月份 {}。</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="31" />
      <source>问责比例 Excel</source>
      <translation>问责比例 Excel</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="16" />
      <source>问责比例与乡镇排名</source>
      <translation>问责比例与乡镇排名</translation>
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="29" />
      <source>问责比例表</source>
      <translation>问责比例表</translation>
    </message>
  </context>
  <context>
    <name>AnnualReportAlgorithm</name>
    <message>
      <location filename="../processing/alg_annual_report.py" line="13" />
      <source>3 统计与报告</source>
      <translation>3 统计与报告</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="27" />
      <source>全县是否纳入问责（1=是）</source>
      <translation>全县是否纳入问责（1=是）</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="26" />
      <source>全县违法占用耕地比例(%)</source>
      <translation>全县违法占用耕地比例(%)</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="12" />
      <source>半年与年度报告（成果数据表）</source>
      <translation>半年与年度报告（成果数据表）</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="25" />
      <source>成果数据表 Excel</source>
      <translation>成果数据表 Excel</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="24" />
      <source>报告 Word 文档</source>
      <translation>报告 Word 文档</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="21" />
      <source>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</source>
      <translation>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="23" />
      <source>文号（空 = 县名卫片办〔年〕序号号）</source>
      <translation>文号（空 = 县名卫片办〔年〕序号号）</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="18" />
      <source>统计期（上半年：2022H1；全年：2022）</source>
      <translation>统计期（上半年：2022H1；全年：2022）</translation>
    </message>
    <message>
      <location filename="../processing/alg_annual_report.py" line="19" />
      <source>输出文件夹</source>
      <translation>输出文件夹</translation>
    </message>
  </context>
  <context>
    <name>BattleMapAlgorithm</name>
    <message>
      <location filename="../processing/alg_battle_map.py" line="13" />
      <source>3 统计与报告</source>
      <translation>3 统计与报告</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="34" />
      <source>PDF 文件 (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="48" />
      <source>{}：{}；待办 {} 项</source>
      <translation>{}：{}；待办 {} 项</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="26" />
      <source>乡镇代码字段</source>
      <translation>乡镇代码字段</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="28" />
      <source>乡镇名称字段</source>
      <translation>乡镇名称字段</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="23" />
      <source>乡镇界（可选；给出时按乡镇界出图，无图斑的乡镇也出一页）</source>
      <translation>乡镇界（可选；给出时按乡镇界出图，无图斑的乡镇也出一页）</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="34" />
      <source>挂图作战 PDF</source>
      <translation>挂图作战 PDF</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="12" />
      <source>挂图作战图集（乡镇 PDF）</source>
      <translation>挂图作战图集（乡镇 PDF）</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="32" />
      <source>数据截至日期（空 = 今天），用于计算逾期</source>
      <translation>数据截至日期（空 = 今天），用于计算逾期</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="30" />
      <source>统计期（如 2022-03：当年1月至该期末的批次；空 = 全部批次）</source>
      <translation>统计期（如 2022-03：当年1月至该期末的批次；空 = 全部批次）</translation>
    </message>
    <message>
      <location filename="../processing/alg_battle_map.py" line="35" />
      <source>页数（乡镇数）</source>
      <translation>页数（乡镇数）</translation>
    </message>
  </context>
  <context>
    <name>BulletinAlgorithm</name>
    <message>
      <location filename="../processing/alg_bulletin.py" line="21" />
      <source>3 统计与报告</source>
      <translation>3 统计与报告</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="20" />
      <source>卫片执法通报（乡镇排名）</source>
      <translation>卫片执法通报（乡镇排名）</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="34" />
      <source>图表文件（; 分隔）</source>
      <translation>图表文件（; 分隔）</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="29" />
      <source>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</source>
      <translation>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="31" />
      <source>文号（空 = 县名卫片办〔年〕序号号）</source>
      <translation>文号（空 = 县名卫片办〔年〕序号号）</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="26" />
      <source>统计期（月：2022-03；季度：2022Q1）</source>
      <translation>统计期（月：2022-03；季度：2022Q1）</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="35" />
      <source>触及警戒线的乡镇数</source>
      <translation>触及警戒线的乡镇数</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="27" />
      <source>输出文件夹</source>
      <translation>输出文件夹</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="33" />
      <source>通报 Excel 数据</source>
      <translation>通报 Excel 数据</translation>
    </message>
    <message>
      <location filename="../processing/alg_bulletin.py" line="32" />
      <source>通报 Word 文档</source>
      <translation>通报 Word 文档</translation>
    </message>
  </context>
  <context>
    <name>DossierAlgorithm</name>
    <message>
      <location filename="../processing/alg_dossier.py" line="17" />
      <source>4 成果输出</source>
      <translation>4 成果输出</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="35" />
      <source>前时相影像（可选）</source>
      <translation>前时相影像（可选）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="45" />
      <source>卷宗数</source>
      <translation>卷宗数</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="33" />
      <source>只生成这些乡镇（代码或名称，逗号分隔，空 = 全部）</source>
      <translation>只生成这些乡镇（代码或名称，逗号分隔，空 = 全部）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="28" />
      <source>只生成这些图斑（监测编号，逗号或换行分隔；空 = 全部）</source>
      <translation>只生成这些图斑（监测编号，逗号或换行分隔；空 = 全部）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="31" />
      <source>只生成这些批次（逗号分隔，空 = 全部）</source>
      <translation>只生成这些批次（逗号分隔，空 = 全部）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="37" />
      <source>后时相影像（可选）</source>
      <translation>后时相影像（可选）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="38" />
      <source>土地利用现状（三调，按 DLBM 着色；空 = 套合分析记录的图层）</source>
      <translation>土地利用现状（三调，按 DLBM 着色；空 = 套合分析记录的图层）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="40" />
      <source>建设用地批准范围（空 = 套合分析记录的图层）</source>
      <translation>建设用地批准范围（空 = 套合分析记录的图层）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="46" />
      <source>总页数</source>
      <translation>总页数</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="39" />
      <source>永久基本农田（空 = 套合分析记录的图层）</source>
      <translation>永久基本农田（空 = 套合分析记录的图层）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="39" />
      <source>生态保护红线（空 = 套合分析记录的图层）</source>
      <translation>生态保护红线（空 = 套合分析记录的图层）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="16" />
      <source>生成图斑卷宗（一图斑一卷宗）</source>
      <translation>生成图斑卷宗（一图斑一卷宗）</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="44" />
      <source>目录 PDF</source>
      <translation>目录 PDF</translation>
    </message>
    <message>
      <location filename="../processing/alg_dossier.py" line="26" />
      <source>输出文件夹</source>
      <translation>输出文件夹</translation>
    </message>
  </context>
  <context>
    <name>ExportAlgorithm</name>
    <message>
      <location filename="../processing/alg_export.py" line="13" />
      <source>4 成果输出</source>
      <translation>4 成果输出</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="29" />
      <source>zip 文件</source>
      <translation>zip 文件</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="32" />
      <source>严重问题数</source>
      <translation>严重问题数</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="26" />
      <source>只导出这些乡镇（代码或名称，逗号分隔，空 = 全部）</source>
      <translation>只导出这些乡镇（代码或名称，逗号分隔，空 = 全部）</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="24" />
      <source>只导出这些批次（逗号分隔，空 = 全部）</source>
      <translation>只导出这些批次（逗号分隔，空 = 全部）</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="27" />
      <source>同时打包为 zip</source>
      <translation>同时打包为 zip</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="12" />
      <source>导出上报成果包</source>
      <translation>导出上报成果包</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="30" />
      <source>导出图斑数</source>
      <translation>导出图斑数</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="31" />
      <source>导出照片数</source>
      <translation>导出照片数</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="22" />
      <source>强制导出（自检有严重问题时仍导出，问题清单随包导出）</source>
      <translation>强制导出（自检有严重问题时仍导出，问题清单随包导出）</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="28" />
      <source>成果包文件夹</source>
      <translation>成果包文件夹</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="20" />
      <source>报送格式（空 = 默认；或格式名 / .json 文件路径）</source>
      <translation>报送格式（空 = 默认；或格式名 / .json 文件路径）</translation>
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="18" />
      <source>输出文件夹</source>
      <translation>输出文件夹</translation>
    </message>
  </context>
  <context>
    <name>ImportPatchesAlgorithm</name>
    <message>
      <location filename="../processing/alg_import_patches.py" line="14" />
      <source>1 数据准备</source>
      <translation>1 数据准备</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="20" />
      <source>下发监测图斑（shp / gpkg，经纬度或投影）</source>
      <translation>下发监测图斑（shp / gpkg，经纬度或投影）</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="30" />
      <source>修复几何数</source>
      <translation>修复几何数</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="13" />
      <source>导入监测图斑</source>
      <translation>导入监测图斑</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="24" />
      <source>属性编码（空 = 自动识别）</source>
      <translation>属性编码（空 = 自动识别）</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="31" />
      <source>工作库</source>
      <translation>工作库</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="27" />
      <source>工作库坐标系（空 = 数据所在 CGCS2000 三度带）</source>
      <translation>工作库坐标系（空 = 数据所在 CGCS2000 三度带）</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="21" />
      <source>工作库（不存在时新建）</source>
      <translation>工作库（不存在时新建）</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="22" />
      <source>批次（如 2022-01）</source>
      <translation>批次（如 2022-01）</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="28" />
      <source>新增图斑数</source>
      <translation>新增图斑数</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="24" />
      <source>自动识别</source>
      <translation>自动识别</translation>
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="29" />
      <source>重复下发图斑数</source>
      <translation>重复下发图斑数</translation>
    </message>
  </context>
  <context>
    <name>JudgmentDockContent</name>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>上一个</source>
      <translation>上一个</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>上一个图斑（Ctrl+↑）</source>
      <translation>上一个图斑（Ctrl+↑）</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>下一个</source>
      <translation>下一个</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>下一个图斑（Ctrl+↓）</source>
      <translation>下一个图斑（Ctrl+↓）</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>下发信息</source>
      <translation>下发信息</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>举证完整性</source>
      <translation>举证完整性</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>乡镇</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>仅月清逾期</source>
      <translation>仅月清逾期</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>保存</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>保存本图斑的修改（Ctrl+S），每个字段的变化记入历史</source>
      <translation>保存本图斑的修改（Ctrl+S），每个字段的变化记入历史</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>关联照片…</source>
      <translation>关联照片…</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <location filename="../ui/dock.ui" line="0" />
      <source>判定</source>
      <translation>判定</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>判定填报</source>
      <translation>判定填报</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>刷新</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>历史</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>取消</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>套合结果（亩）</source>
      <translation>套合结果（亩）</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>打开卫片执法工作库（GeoPackage）</source>
      <translation>打开卫片执法工作库（GeoPackage）</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>打开工作库…</source>
      <translation>打开工作库…</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>批次</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>把预判类型和子类填入判定（仍需保存）</source>
      <translation>把预判类型和子类填入判定（仍需保存）</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>按监测编号查找</source>
      <translation>按监测编号查找</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>撤销修改</source>
      <translation>撤销修改</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>期限</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>未打开工作库</source>
      <translation>未打开工作库</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>未选择图斑</source>
      <translation>未选择图斑</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>标识</source>
      <translation>标识</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>清除筛选</source>
      <translation>清除筛选</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>照片</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>状态</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>筛选</source>
      <translation>筛选</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>自检（随填随查）</source>
      <translation>自检（随填随查）</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>读取一个文件夹中的外业照片并按 GPS 位置关联到图斑</source>
      <translation>读取一个文件夹中的外业照片并按 GPS 位置关联到图斑</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>超过月清期限仍未确认的图斑（双击定位）</source>
      <translation>超过月清期限仍未确认的图斑（双击定位）</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>采用预判</source>
      <translation>采用预判</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>重新读取工作库（其他工具修改后）</source>
      <translation>重新读取工作库（其他工具修改后）</translation>
    </message>
    <message>
      <location filename="../ui/dock.ui" line="0" />
      <source>预判</source>
      <translation>预判</translation>
    </message>
  </context>
  <context>
    <name>LinkPhotosAlgorithm</name>
    <message>
      <location filename="../processing/alg_link_photos.py" line="14" />
      <source>2 判定与核验</source>
      <translation>2 判定与核验</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="13" />
      <source>关联举证照片</source>
      <translation>关联举证照片</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="22" />
      <source>图斑外照片的最大关联距离（米）</source>
      <translation>图斑外照片的最大关联距离（米）</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="24" />
      <source>已关联照片数</source>
      <translation>已关联照片数</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="29" />
      <source>已存在未变数</source>
      <translation>已存在未变数</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="27" />
      <source>损坏文件数</source>
      <translation>损坏文件数</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="26" />
      <source>无 GPS 照片数</source>
      <translation>无 GPS 照片数</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="19" />
      <source>照片文件夹（含子文件夹，JPG）</source>
      <translation>照片文件夹（含子文件夹，JPG）</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="25" />
      <source>超出距离未关联数</source>
      <translation>超出距离未关联数</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="28" />
      <source>重复照片数</source>
      <translation>重复照片数</translation>
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="30" />
      <source>需处理的照片</source>
      <translation>需处理的照片</translation>
    </message>
  </context>
  <context>
    <name>MilitaryRegisterAlgorithm</name>
    <message>
      <location filename="../processing/alg_military_register.py" line="12" />
      <source>3 统计与报告</source>
      <translation>3 统计与报告</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="22" />
      <location filename="../processing/alg_military_register.py" line="11" />
      <source>军用土地登记表</source>
      <translation>军用土地登记表</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="21" />
      <source>填报日期（空 = 今天）</source>
      <translation>填报日期（空 = 今天）</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="30" />
      <source>涉军用地图斑 {} 个；登记表为机要件，请单独报送。</source>
      <translation>涉军用地图斑 {} 个；登记表为机要件，请单独报送。</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="23" />
      <source>涉军用地图斑数</source>
      <translation>涉军用地图斑数</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="18" />
      <source>统计期（如 2022-03、2022Q1、2022；空 = 全部批次）</source>
      <translation>统计期（如 2022-03、2022Q1、2022；空 = 全部批次）</translation>
    </message>
    <message>
      <location filename="../processing/alg_military_register.py" line="19" />
      <source>输出文件夹</source>
      <translation>输出文件夹</translation>
    </message>
  </context>
  <context>
    <name>OverlayAlgorithm</name>
    <message>
      <location filename="../processing/alg_overlay.py" line="20" />
      <source>1 数据准备</source>
      <translation>1 数据准备</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="77" />
      <source>INPUT 与 WORKPACKAGE 只能选其一：选工作库时结果直接写回工作库。</source>
      <translation>INPUT 与 WORKPACKAGE 只能选其一：选工作库时结果直接写回工作库。</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="50" />
      <source>临时用地</source>
      <translation>临时用地</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="54" />
      <source>乡镇代码字段</source>
      <translation>乡镇代码字段</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="57" />
      <source>乡镇名称字段</source>
      <translation>乡镇名称字段</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="52" />
      <source>乡镇界</source>
      <translation>乡镇界</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="29" />
      <source>地类图斑（三调/变更调查；工作库已记录时可不选）</source>
      <translation>地类图斑（三调/变更调查；工作库已记录时可不选）</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="63" />
      <source>地类未全覆盖的图斑数</source>
      <translation>地类未全覆盖的图斑数</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="31" />
      <source>地类编码字段</source>
      <translation>地类编码字段</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="19" />
      <source>套合分析</source>
      <translation>套合分析</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="62" />
      <source>套合图斑数</source>
      <translation>套合图斑数</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="60" />
      <source>套合结果</source>
      <translation>套合结果</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="65" />
      <source>工作库</source>
      <translation>工作库</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="27" />
      <source>工作库（结果写回其中的图斑）</source>
      <translation>工作库（结果写回其中的图斑）</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="40" />
      <source>建设用地批准/供地范围</source>
      <translation>建设用地批准/供地范围</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="42" />
      <source>批准文号字段</source>
      <translation>批准文号字段</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="64" />
      <source>提示条数</source>
      <translation>提示条数</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="36" />
      <source>永久基本农田</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="38" />
      <source>生态保护红线</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="26" />
      <source>监测图斑（不选工作库时必填）</source>
      <translation>监测图斑（不选工作库时必填）</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="34" />
      <source>耕地扣除田坎（按 KCXS 扣除系数或 KCMJ 扣除面积）</source>
      <translation>耕地扣除田坎（按 KCXS 扣除系数或 KCMJ 扣除面积）</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="48" />
      <source>设施农用地备案</source>
      <translation>设施农用地备案</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="75" />
      <source>请选择监测图斑图层（INPUT）或工作库（WORKPACKAGE）。</source>
      <translation>请选择监测图斑图层（INPUT）或工作库（WORKPACKAGE）。</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="44" />
      <source>采矿许可范围</source>
      <translation>采矿许可范围</translation>
    </message>
    <message>
      <location filename="../processing/alg_overlay.py" line="46" />
      <source>采矿许可证号字段</source>
      <translation>采矿许可证号字段</translation>
    </message>
  </context>
  <context>
    <name>PhotoPanel</name>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>取消选中照片与当前图斑的关联（照片文件和记录保留）</source>
      <translation>取消选中照片与当前图斑的关联（照片文件和记录保留）</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>把选中的照片文件手动关联到当前图斑</source>
      <translation>把选中的照片文件手动关联到当前图斑</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>查看</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>添加照片…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.ui" line="0" />
      <source>移出图斑</source>
      <translation>移出图斑</translation>
    </message>
  </context>
  <context>
    <name>PhotoViewer</name>
    <message>
      <location filename="../ui/photo_viewer.ui" line="0" />
      <source>上一张</source>
      <translation>上一张</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.ui" line="0" />
      <source>下一张</source>
      <translation>下一张</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.ui" line="0" />
      <source>举证照片</source>
      <translation>举证照片</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.ui" line="0" />
      <source>关闭</source>
      <translation>关闭</translation>
    </message>
  </context>
  <context>
    <name>PrejudgeAlgorithm</name>
    <message>
      <location filename="../processing/alg_prejudge.py" line="15" />
      <source>2 判定与核验</source>
      <translation>2 判定与核验</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="28" />
      <source>写入工作库的字段值数</source>
      <translation>写入工作库的字段值数</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="26" />
      <source>建议其他用地</source>
      <translation>建议其他用地</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="24" />
      <source>建议合法</source>
      <translation>建议合法</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="25" />
      <source>建议违法</source>
      <translation>建议违法</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="27" />
      <source>有标识</source>
      <translation>有标识</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="47" />
      <source>给图斑图层时请指定预判结果输出（OUTPUT）。</source>
      <translation>给图斑图层时请指定预判结果输出（OUTPUT）。</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="41" />
      <source>预判 {} 个图斑：合法 {}、违法 {}、其他用地 {}；有标识 {} 个。</source>
      <translation>预判 {} 个图斑：合法 {}、违法 {}、其他用地 {}；有标识 {} 个。</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="22" />
      <source>预判结果（仅给图斑图层时）</source>
      <translation>预判结果（仅给图斑图层时）</translation>
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="14" />
      <source>预判（合法性建议及理由）</source>
      <translation>预判（合法性建议及理由）</translation>
    </message>
  </context>
  <context>
    <name>QuarterlyReviewAlgorithm</name>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="13" />
      <source>3 统计与报告</source>
      <translation>3 统计与报告</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="25" />
      <source>季度小结 Excel 清单</source>
      <translation>季度小结 Excel 清单</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="24" />
      <source>季度小结 Word 文档</source>
      <translation>季度小结 Word 文档</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="12" />
      <source>季度小结（审核意见）</source>
      <translation>季度小结（审核意见）</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="18" />
      <source>季度（如 2022Q1 或 2022年第一季度）</source>
      <translation>季度（如 2022Q1 或 2022年第一季度）</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="21" />
      <source>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</source>
      <translation>数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="23" />
      <source>文号（空 = 县名卫片办〔年〕序号号）</source>
      <translation>文号（空 = 县名卫片办〔年〕序号号）</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="26" />
      <source>自检问题条数</source>
      <translation>自检问题条数</translation>
    </message>
    <message>
      <location filename="../processing/alg_quarterly_review.py" line="19" />
      <source>输出文件夹</source>
      <translation>输出文件夹</translation>
    </message>
  </context>
  <context>
    <name>SelfcheckAlgorithm</name>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="17" />
      <source>2 判定与核验</source>
      <translation>2 判定与核验</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="33" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="35" />
      <source>严重问题数</source>
      <translation>严重问题数</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="23" />
      <source>举证照片点图层（给图斑图层时可选；空则不查举证照片）</source>
      <translation>举证照片点图层（给图斑图层时可选；空则不查举证照片）</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="29" />
      <source>批次月份（空 = 按各图斑批次，如 2022-03）</source>
      <translation>批次月份（空 = 按各图斑批次，如 2022-03）</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="37" />
      <source>提示数</source>
      <translation>提示数</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="16" />
      <source>月核自检（问题清单）</source>
      <translation>月核自检（问题清单）</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="51" />
      <source>未给举证照片图层，跳过举证照片检查（E 类规则）。</source>
      <translation>未给举证照片图层，跳过举证照片检查（E 类规则）。</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="64" />
      <source>检查 {} 个图斑：严重 {}、警告 {}、提示 {}。</source>
      <translation>检查 {} 个图斑：严重 {}、警告 {}、提示 {}。</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="27" />
      <source>检查日期（空 = 今天，如 2022-05-15）</source>
      <translation>检查日期（空 = 今天，如 2022-05-15）</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="36" />
      <source>警告数</source>
      <translation>警告数</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="33" />
      <source>问题清单 Excel</source>
      <translation>问题清单 Excel</translation>
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="31" />
      <source>问题表</source>
      <translation>问题表</translation>
    </message>
  </context>
  <context>
    <name>WpzfAlgorithm</name>
    <message>
      <location filename="../processing/base.py" line="76" />
      <source>工作库 (GeoPackage)</source>
      <translation>工作库 (GeoPackage)</translation>
    </message>
  </context>
  <context>
    <name>WpzfProvider</name>
    <message>
      <location filename="../processing/provider.py" line="43" />
      <source>卫片执法</source>
      <translation>卫片执法</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="46" />
      <source>卫片执法 (WPZF)</source>
      <translation>卫片执法 (WPZF)</translation>
    </message>
  </context>
  <context>
    <name>wpzf</name>
    <message>
      <location filename="../core/overlay.py" line="407" />
      <location filename="../core/overlay_measure.py" line="255" />
      <source>(空)</source>
      <translation>(空)</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="161" />
      <source>JCBH {} 在本批次中重复（{} 与 {}）。请核对下发数据，删除或更正重复的图斑。</source>
      <translation>JCBH {} 在本批次中重复（{} 与 {}）。请核对下发数据，删除或更正重复的图斑。</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="245" />
      <source>X（北）</source>
      <translation>X（北）</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="245" />
      <source>Y（东）</source>
      <translation>Y（东）</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="123" />
      <source>_图1_各乡镇自检问题.png</source>
      <translation>_图1_各乡镇自检问题.png</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="123" />
      <source>_图1_各乡镇违法占用耕地.png</source>
      <translation>_图1_各乡镇违法占用耕地.png</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="157" />
      <source>_图1_各批次违法占用耕地.png</source>
      <translation>_图1_各批次违法占用耕地.png</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="128" />
      <source>_图2_全县违法占用耕地比例趋势.png</source>
      <translation>_图2_全县违法占用耕地比例趋势.png</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="161" />
      <source>_图2_各乡镇违法占用耕地比例.png</source>
      <translation>_图2_各乡镇违法占用耕地比例.png</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="251" />
      <source>shapefile 编码</source>
      <translation>shapefile 编码</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="60" />
      <source>{:.0f}°（至少 {:g}°）</source>
      <translation>{:.0f}°（至少 {:g}°）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="46" />
      <source>{year}年1月至{end}，全县累计下发监测图斑{ljxf}个，其中本期下发{bqxf}个。已判定{ypd}个、已填报{ytb}个、已确认{yqr}个，确认率{qrl:.2f}%；超过月清期限仍未确认的{yqs}个。</source>
      <translation>{year}年1月至{end}，全县累计下发监测图斑{ljxf}个，其中本期下发{bqxf}个。已判定{ypd}个、已填报{ytb}个、已确认{yqr}个，确认率{qrl:.2f}%；超过月清期限仍未确认的{yqs}个。</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="202" />
      <source>{} · {} 批次 · 监测编号 {}</source>
      <translation>{} · {} 批次 · 监测编号 {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="345" />
      <source>{} · 批次：{} · 乡镇：{} · 共 {} 份卷宗</source>
      <translation>{} · 批次：{} · 乡镇：{} · 共 {} 份卷宗</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="115" />
      <source>{} 不是卫片执法工作库（缺少 {}）。请选择由本插件创建的工作库。</source>
      <translation>{} 不是卫片执法工作库（缺少 {}）。请选择由本插件创建的工作库。</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="211" />
      <source>{} 个图斑已有判定，其批准文号（PZWH）保持人工填写的内容。</source>
      <translation>{} 个图斑已有判定，其批准文号（PZWH）保持人工填写的内容。</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="402" />
      <source>{} 个图斑有部分不在地类图层范围内（DLWFGMJ），其三大类面积之和小于图斑面积，请补充地类数据后重新套合：{}</source>
      <translation>{} 个图斑有部分不在地类图层范围内（DLWFGMJ），其三大类面积之和小于图斑面积，请补充地类数据后重新套合：{}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="216" />
      <source>{} 个字段值无法按报送格式写出，导出已停止（未写任何文件）：</source>
      <translation>{} 个字段值无法按报送格式写出，导出已停止（未写任何文件）：</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="135" />
      <source>{} 个涉军用地图斑未放入成果包（{}），请用“军用土地登记表”单独报送。</source>
      <translation>{} 个涉军用地图斑未放入成果包（{}），请用“军用土地登记表”单独报送。</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="81" />
      <source>{} 也关联了 {}</source>
      <translation>{} 也关联了 {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="155" />
      <source>{} 卫片执法 · 一图斑一卷宗 · 生成于 {} · WPZF {}</source>
      <translation>{} 卫片执法 · 一图斑一卷宗 · 生成于 {} · WPZF {}</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="99" />
      <source>{} 图斑</source>
      <translation>{} 图斑</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="58" />
      <source>{} 张（至少 {} 张）</source>
      <translation>{} 张（至少 {} 张）</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="76" />
      <source>{}{}个（{}亩）</source>
      <translation>{}{}个（{}亩）</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="128" />
      <location filename="../core/reports/review.py" line="133" />
      <source>{}{}卫片执法工作季度小结</source>
      <translation>{}{}卫片执法工作季度小结</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="152" />
      <source>{}{}卫片执法工作报告</source>
      <translation>{}{}卫片执法工作报告</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="336" />
      <source>{}　　第 {} 页 / 共 {} 页</source>
      <translation>{}　　第 {} 页 / 共 {} 页</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="92" />
      <source>{}。建议：{}。</source>
      <translation>{}。建议：{}。</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="48" />
      <source>{}军用土地登记表（{}）</source>
      <translation>{}军用土地登记表（{}）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="102" />
      <source>{}前完成{}</source>
      <translation>{}前完成{}</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="75" />
      <source>{}卫片办〔{}〕{}号</source>
      <translation>{}卫片办〔{}〕{}号</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="67" />
      <source>{}卫片执法工作领导小组办公室</source>
      <translation>{}卫片执法工作领导小组办公室</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="284" />
      <source>{}卫片执法挂图作战图 · {}</source>
      <translation>{}卫片执法挂图作战图 · {}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="163" />
      <source>{}卫片执法通报（{}）</source>
      <translation>{}卫片执法通报（{}）</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="143" />
      <source>{}图层“{}”没有坐标参考系（缺少 .prj）。请在图层属性中设置正确的 CRS 后重试。</source>
      <translation>{}图层“{}”没有坐标参考系（缺少 .prj）。请在图层属性中设置正确的 CRS 后重试。</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="90" />
      <source>{}图层“{}”没有字段 {}。现有字段：{}。请选择正确的字段。</source>
      <translation>{}图层“{}”没有字段 {}。现有字段：{}。请选择正确的字段。</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="141" />
      <source>{}图层无法读取：{}</source>
      <translation>{}图层无法读取：{}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="173" />
      <location filename="../core/reports/bulletin.py" line="165" />
      <location filename="../core/reports/review.py" line="134" />
      <source>{}年1月至{}下发的各批次图斑</source>
      <translation>{}年1月至{}下发的各批次图斑</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="91" />
      <source>{}年1月至{}，上级共下发监测图斑{}个，面积{}亩。经实地核查、内业举证和集体会审，{}。</source>
      <translation>{}年1月至{}，上级共下发监测图斑{}个，面积{}亩。经实地核查、内业举证和集体会审，{}。</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="101" />
      <source>{}条严重问题须在下一次“月核”前整改完毕，整改结果报县卫片办。</source>
      <translation>{}条严重问题须在下一次“月核”前整改完毕，整改结果报县卫片办。</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="133" />
      <source>{}编号共 {} 个，字段只容纳前几个</source>
      <translation>{}编号共 {} 个，字段只容纳前几个</translation>
    </message>
    <message>
      <location filename="../core/reference.py" line="425" />
      <source>{}要素 fid={}{}：几何无效（{}），已自动修复后参与套合（面积 {:.2f} → {:.2f} 平方米）</source>
      <translation>{}要素 fid={}{}：几何无效（{}），已自动修复后参与套合（面积 {:.2f} → {:.2f} 平方米）</translation>
    </message>
    <message>
      <location filename="../core/reference.py" line="422" />
      <source>{}要素 fid={}{}：几何无效（{}），无法修复，未参与套合，请在原数据中修正</source>
      <translation>{}要素 fid={}{}：几何无效（{}），无法修复，未参与套合，请在原数据中修正</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="191" />
      <source>{}要素 fid={}：田坎扣除 KCXS={} KCMJ={} TBMJ={} 不在 0–1 之间，未扣除，请核对</source>
      <translation>{}要素 fid={}：田坎扣除 KCXS={} KCMJ={} TBMJ={} 不在 0–1 之间，未扣除，请核对</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="74" />
      <source>{}（{:.2f}%，违法占用耕地{}亩）</source>
      <translation>{}（{:.2f}%，违法占用耕地{}亩）</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="118" />
      <source>{}（{}亩，{:.2f}%）</source>
      <translation>{}（{}亩，{:.2f}%）</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="124" />
      <source>{}（{}）</source>
      <translation>{}（{}）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="81" />
      <source>{}（前移{}位）</source>
      <translation>{}（前移{}位）</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="158" />
      <source>{}：JCBH 为空。请补填监测编号后重新导入。</source>
      <translation>{}：JCBH 为空。请补填监测编号后重新导入。</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="144" />
      <source>{}：{}</source>
      <translation>{}：{}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="140" />
      <source>{}：{} 页</source>
      <translation>{}：{} 页</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="278" />
      <source>{}：文件损坏或不是 JPEG（{}）</source>
      <translation>{}：文件损坏或不是 JPEG（{}）</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="143" />
      <source>{}：文件损坏或不是 JPEG（{}），已记录未关联</source>
      <translation>{}：文件损坏或不是 JPEG（{}），已记录未关联</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="292" />
      <source>{}：没有 GPS 坐标，已入库但未关联</source>
      <translation>{}：没有 GPS 坐标，已入库但未关联</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="142" />
      <source>{}：没有 GPS 坐标，已入库但未关联，请在判定面板中手动关联</source>
      <translation>{}：没有 GPS 坐标，已入库但未关联，请在判定面板中手动关联</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="98" />
      <source>{}：沿用工作库记录的图层 {}</source>
      <translation>{}：沿用工作库记录的图层 {}</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="141" />
      <source>{}：超出关联距离，{}</source>
      <translation>{}：超出关联距离，{}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="172" />
      <source>·成果数据表</source>
      <translation>·成果数据表</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="533" />
      <source>“{}”的值“{}”无效</source>
      <translation>“{}”的值“{}”无效</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="117" />
      <location filename="../core/reports/bulletin.py" line="74" />
      <location filename="../core/reports/bulletin.py" line="81" />
      <source>、</source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="90" />
      <source>一、图斑下发与核查判定情况</source>
      <translation>一、图斑下发与核查判定情况</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="60" />
      <source>一、基本情况</source>
      <translation>一、基本情况</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="45" />
      <source>一、总体情况</source>
      <translation>一、总体情况</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="101" />
      <source>三、查处整改情况</source>
      <translation>三、查处整改情况</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="74" />
      <source>三、查处整改是否真实</source>
      <translation>三、查处整改是否真实</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="85" />
      <source>三、警示提醒</source>
      <translation>三、警示提醒</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="63" />
      <source>上升</source>
      <translation>上升</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="166" />
      <source>上期</source>
      <translation>上期</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="63" />
      <source>下降</source>
      <translation>下降</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="146" />
      <location filename="../core/overlay_measure.py" line="156" />
      <source>不在乡镇界内</source>
      <translation>不在乡镇界内</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="526" />
      <source>不完整</source>
      <translation>不完整</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="124" />
      <source>严重</source>
      <translation>严重</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="253" />
      <source>严重 {}、警告 {}、提示 {}</source>
      <translation>严重 {}、警告 {}、提示 {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <source>严重程度</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <location filename="../core/judging.py" line="135" />
      <source>个</source>
      <translation>个</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="44" />
      <source>临时用地</source>
      <translation>临时用地</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="525" />
      <source>举证完整性：{}</source>
      <translation>举证完整性：{}</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="80" />
      <source>举证材料存在问题的图斑{}个，问题{}条。</source>
      <translation>举证材料存在问题的图斑{}个，问题{}条。</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="40" />
      <source>举证材料问题汇总</source>
      <translation>举证材料问题汇总</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="240" />
      <location filename="../ui/map_view.py" line="92" />
      <source>举证照片</source>
      <translation>举证照片</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.py" line="37" />
      <source>举证照片 {}</source>
      <translation>举证照片 {}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="279" />
      <source>举证照片（{} 张）</source>
      <translation>举证照片（{} 张）</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="40" />
      <source>举证问题</source>
      <translation>举证问题</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../core/judging.py" line="134" />
      <location filename="../ui/dock.py" line="622" />
      <source>乡镇</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="36" />
      <source>乡镇审核情况</source>
      <translation>乡镇审核情况</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="178" />
      <source>乡镇排名</source>
      <translation>乡镇排名</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="44" />
      <location filename="../core/reports/atlas.py" line="266" />
      <source>乡镇界</source>
      <translation>乡镇界</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="81" />
      <source>乡镇界图层 {} 没有字段 {}（现有字段：{}）。</source>
      <translation>乡镇界图层 {} 没有字段 {}（现有字段：{}）。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="620" />
      <source>事项</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="69" />
      <source>二、各乡镇排名情况</source>
      <translation>二、各乡镇排名情况</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="68" />
      <source>二、图斑定性是否准确</source>
      <translation>二、图斑定性是否准确</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="96" />
      <source>二、违法用地情况</source>
      <translation>二、违法用地情况</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="121" />
      <source>五、增违挂钩情况</source>
      <translation>五、增违挂钩情况</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="84" />
      <source>五、数据信息是否准确规范</source>
      <translation>五、数据信息是否准确规范</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="158" />
      <location filename="../core/reports/bulletin.py" line="126" />
      <location filename="../ui/judgment_form.py" line="66" />
      <source>亩</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="170" />
      <source>亩（1亩 = 2000/3 平方米），表中显示两位小数，单元格保留全精度</source>
      <translation>亩（1亩 = 2000/3 平方米），表中显示两位小数，单元格保留全精度</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="252" />
      <source>亩（保留两位小数，四舍五入）</source>
      <translation>亩（保留两位小数，四舍五入）</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="248" />
      <source>仅列出前 {} 个界址点，完整坐标见报送 shapefile。</source>
      <translation>仅列出前 {} 个界址点，完整坐标见报送 shapefile。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="653" />
      <source>今天 {}：{} 个图斑超过月清期限仍未确认；下一次月核 {}；本季度末 {}。</source>
      <translation>今天 {}：{} 个图斑超过月清期限仍未确认；下一次月核 {}；本季度末 {}。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="90" />
      <source>以下{}个乡镇触及警戒线，县卫片办将发警示提醒函，请限期整改并书面报告整改情况：</source>
      <translation>以下{}个乡镇触及警戒线，县卫片办将发警示提醒函，请限期整改并书面报告整改情况：</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="162" />
      <source>保存本图斑的修改（Ctrl+S），每个字段的变化记入历史</source>
      <translation>保存本图斑的修改（Ctrl+S），每个字段的变化记入历史</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="18" />
      <location filename="../core/reports/review.py" line="23" />
      <source>全县合计</source>
      <translation>全县合计</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="37" />
      <location filename="../core/reports/bulletin.py" line="147" />
      <source>全县违法占用耕地比例逐月变化</source>
      <translation>全县违法占用耕地比例逐月变化</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="129" />
      <source>全县违法占用耕地比例逐月变化（%）</source>
      <translation>全县违法占用耕地比例逐月变化（%）</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="52" />
      <source>全县（{}）</source>
      <translation>全县（{}）</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="165" />
      <source>全年</source>
      <translation>全年</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="346" />
      <location filename="../core/dossier.py" line="346" />
      <location filename="../core/export_package.py" line="92" />
      <source>全部</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="269" />
      <location filename="../core/reports/military.py" line="43" />
      <source>全部批次</source>
      <translation>全部批次</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="126" />
      <source>六、存在问题和下步打算</source>
      <translation>六、存在问题和下步打算</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="89" />
      <source>六、审核意见</source>
      <translation>六、审核意见</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="50" />
      <source>共 {} 条，此处列出前 {} 条，完整清单见同名 Excel。</source>
      <translation>共 {} 条，此处列出前 {} 条，完整清单见同名 Excel。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="136" />
      <source>关于{}全县卫片执法工作进展情况的通报</source>
      <translation>关于{}全县卫片执法工作进展情况的通报</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="72" />
      <location filename="../plugin.py" line="109" />
      <source>关于卫片执法</source>
      <translation>关于卫片执法</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="135" />
      <source>关联 {} 张，超出距离未关联 {} 张，无 GPS {} 张，损坏 {} 个，重复 {} 张，已存在未变 {} 张</source>
      <translation>关联 {} 张，超出距离未关联 {} 张，无 GPS {} 张，损坏 {} 个，重复 {} 张，已存在未变 {} 张</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="74" />
      <source>关联举证照片</source>
      <translation>关联举证照片</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="199" />
      <source>关联照片</source>
      <translation>关联照片</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="239" />
      <source>关联距离不能为负：{}</source>
      <translation>关联距离不能为负：{}</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="172" />
      <source>其他监测图斑</source>
      <translation>其他监测图斑</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="198" />
      <source>写入工作库（{} 个图斑）…</source>
      <translation>写入工作库（{} 个图斑）…</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="237" />
      <source>写出 shapefile…</source>
      <translation>写出 shapefile…</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="246" />
      <source>写出台账…</source>
      <translation>写出台账…</translation>
    </message>
    <message>
      <location filename="../core/export_shapefile.py" line="100" />
      <source>写出的 shapefile {} 要素数 {} 与应导出的 {} 不符。</source>
      <translation>写出的 shapefile {} 要素数 {} 与应导出的 {} 不符。</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="49" />
      <source>军用土地登记表</source>
      <translation>军用土地登记表</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="51" />
      <source>军用土地登记表_{}.xlsx</source>
      <translation>军用土地登记表_{}.xlsx</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="281" />
      <source>准备 {} 个图斑，读取参考图层并套合（{} 个线程）…</source>
      <translation>准备 {} 个图斑，读取参考图层并套合（{} 个线程）…</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../ui/patch_model.py" line="9" />
      <source>判定</source>
      <translation>判定</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="38" />
      <source>判定不一致</source>
      <translation>判定不一致</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="51" />
      <source>判定为违法的图斑{n}个，面积{mj}亩，占用耕地{gd}亩（其中永久基本农田{jbnt}亩）。已拆除复耕{cc}亩、补办用地手续{bb}亩，立案查处{la}个，已整改到位{yzg}个，尚有{wzg}个未整改到位，剩余违法占用耕地{sy}亩。</source>
      <translation>判定为违法的图斑{n}个，面积{mj}亩，占用耕地{gd}亩（其中永久基本农田{jbnt}亩）。已拆除复耕{cc}亩、补办用地手续{bb}亩，立案查处{la}个，已整改到位{yzg}个，尚有{wzg}个未整改到位，剩余违法占用耕地{sy}亩。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="97" />
      <source>判定为违法的图斑{}个，面积{}亩，占用耕地{}亩，其中占用永久基本农田{}亩。</source>
      <translation>判定为违法的图斑{}个，面积{}亩，占用耕地{}亩，其中占用永久基本农田{}亩。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="59" />
      <source>判定分类</source>
      <translation>判定分类</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="62" />
      <source>判定面板</source>
      <translation>判定面板</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="93" />
      <location filename="../plugin.py" line="94" />
      <source>判定面板不可用：{}</source>
      <translation>判定面板不可用：{}</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="203" />
      <location filename="../core/reports/atlas.py" line="331" />
      <source>到期事项</source>
      <translation>到期事项</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="330" />
      <source>到期事项（最紧迫的 {} 项）</source>
      <translation>到期事项（最紧迫的 {} 项）</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="203" />
      <source>到期日</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="216" />
      <source>前时相影像（{}）</source>
      <translation>前时相影像（{}）</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="620" />
      <source>剩余天数</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="125" />
      <source>剩余未整改</source>
      <translation>剩余未整改</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="232" />
      <source>占图斑比例</source>
      <translation>占图斑比例</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="60" />
      <location filename="../plugin.py" line="94" />
      <location filename="../ui/dock.py" line="172" />
      <source>卫片执法</source>
      <translation>卫片执法</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="110" />
      <source>卫片执法 (WPZF) {}
县级自然资源卫片执法：导入、套合、判定、举证、自检、问责、卷宗、上报。</source>
      <translation>卫片执法 (WPZF) {}
县级自然资源卫片执法：导入、套合、判定、举证、自检、问责、卷宗、上报。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="59" />
      <source>卫片执法 · 判定面板</source>
      <translation>卫片执法 · 判定面板</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="179" />
      <location filename="../core/dossier.py" line="190" />
      <location filename="../core/dossier.py" line="200" />
      <source>卫片执法图斑卷宗</source>
      <translation>卫片执法图斑卷宗</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="341" />
      <location filename="../core/dossier.py" line="343" />
      <location filename="../core/dossier.py" line="357" />
      <source>卫片执法图斑卷宗目录</source>
      <translation>卫片执法图斑卷宗目录</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="154" />
      <source>卫片执法工作报告_{}</source>
      <translation>卫片执法工作报告_{}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="171" />
      <source>卫片执法成果数据表_{}.xlsx</source>
      <translation>卫片执法成果数据表_{}.xlsx</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="119" />
      <source>卫片执法通报_{}</source>
      <translation>卫片执法通报_{}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="175" />
      <source>压缩…</source>
      <translation>压缩…</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>原值</source>
      <translation>原值</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="249" />
      <source>县级行政区</source>
      <translation>县级行政区</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="120" />
      <source>参考图层“{}”无法打开：{}，套合图中不显示。</source>
      <translation>参考图层“{}”无法打开：{}，套合图中不显示。</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="148" />
      <source>发现 {} 个严重问题（自检 {} 个，缺图形或照片文件 {} 个），导出已停止。请整改后再导出；确需带问题报送时勾选“强制导出”（FORCE），问题清单会随成果包一起导出。</source>
      <translation>发现 {} 个严重问题（自检 {} 个，缺图形或照片文件 {} 个），导出已停止。请整改后再导出；确需带问题报送时勾选“强制导出”（FORCE），问题清单会随成果包一起导出。</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="311" />
      <source>变更记录（{} 条）</source>
      <translation>变更记录（{} 条）</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="334" />
      <source>另有 {} 项未列出，见卫片执法通报及数据自检清单。</source>
      <translation>另有 {} 项未列出，见卫片执法通报及数据自检清单。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="27" />
      <source>各乡镇图斑核查判定进度</source>
      <translation>各乡镇图斑核查判定进度</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="35" />
      <source>各乡镇季度审核情况</source>
      <translation>各乡镇季度审核情况</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="66" />
      <source>各乡镇自检问题数</source>
      <translation>各乡镇自检问题数</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="125" />
      <source>各乡镇自检问题数（条）</source>
      <translation>各乡镇自检问题数（条）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="144" />
      <source>各乡镇违法占用耕地情况</source>
      <translation>各乡镇违法占用耕地情况</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="120" />
      <source>各乡镇违法占用耕地比例</source>
      <translation>各乡镇违法占用耕地比例</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="32" />
      <source>各乡镇违法占用耕地比例排名</source>
      <translation>各乡镇违法占用耕地比例排名</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="162" />
      <source>各乡镇违法占用耕地比例（%）</source>
      <translation>各乡镇违法占用耕地比例（%）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="126" />
      <source>各乡镇违法占用耕地（亩）</source>
      <translation>各乡镇违法占用耕地（亩）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="30" />
      <source>各乡镇违法用地及查处整改情况</source>
      <translation>各乡镇违法用地及查处整改情况</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="137" />
      <location filename="../core/reports/review.py" line="57" />
      <source>各乡（镇）人民政府，县卫片执法工作领导小组各成员单位：</source>
      <translation>各乡（镇）人民政府，县卫片执法工作领导小组各成员单位：</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="103" />
      <source>各乡（镇）要严格落实耕地保护党政同责，对违法用地以消除违法状态为目标，逐图斑明确整改措施、责任人和时限，拆除复耕的及时申请验收，符合条件的抓紧补办用地手续，确保整改真实到位。</source>
      <translation>各乡（镇）要严格落实耕地保护党政同责，对违法用地以消除违法状态为目标，逐图斑明确整改措施、责任人和时限，拆除复耕的及时申请验收，符合条件的抓紧补办用地手续，确保整改真实到位。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="94" />
      <source>各批次图斑下发及违法占用耕地情况</source>
      <translation>各批次图斑下发及违法占用耕地情况</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="56" />
      <source>各批次图斑下发情况</source>
      <translation>各批次图斑下发情况</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="158" />
      <source>各批次违法占用耕地（亩）</source>
      <translation>各批次违法占用耕地（亩）</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="252" />
      <source>合法性判定</source>
      <translation>合法性判定</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="57" />
      <location filename="../core/reports/annual.py" line="68" />
      <source>合计</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="44" />
      <source>合计 {} 个</source>
      <translation>合计 {} 个</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="70" />
      <source>后时相为空，无法核对</source>
      <translation>后时相为空，无法核对</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="217" />
      <source>后时相影像（{}）</source>
      <translation>后时相影像（{}）</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="255" />
      <source>否</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="97" />
      <source>四、下步工作要求</source>
      <translation>四、下步工作要求</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="79" />
      <source>四、举证材料是否齐备</source>
      <translation>四、举证材料是否齐备</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="106" />
      <source>四、问责评估情况</source>
      <translation>四、问责评估情况</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="329" />
      <source>图例</source>
      <translation>图例</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="133" />
      <source>图层“{}”不是面图层，监测图斑应为面。</source>
      <translation>图层“{}”不是面图层，监测图斑应为面。</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="163" />
      <source>图层“{}”声明为投影坐标（{}），但坐标值像经纬度（范围 {}）。请将其 CRS 设为 EPSG:4490（CGCS2000 经纬度）。</source>
      <translation>图层“{}”声明为投影坐标（{}），但坐标值像经纬度（范围 {}）。请将其 CRS 设为 EPSG:4490（CGCS2000 经纬度）。</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="159" />
      <source>图层“{}”声明为经纬度坐标（{}），但坐标值像投影坐标（范围 {}）。请为其设置正确的投影坐标系（如 CGCS2000 三度带）。</source>
      <translation>图层“{}”声明为经纬度坐标（{}），但坐标值像投影坐标（范围 {}）。请为其设置正确的投影坐标系（如 CGCS2000 三度带）。</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="135" />
      <source>图层“{}”没有任何图斑（空图层），请检查是否选错文件。</source>
      <translation>图层“{}”没有任何图斑（空图层），请检查是否选错文件。</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="142" />
      <source>图层“{}”缺少下发字段：{}（导入后为空）。</source>
      <translation>图层“{}”缺少下发字段：{}（导入后为空）。</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="138" />
      <source>图层“{}”缺少字段 JCBH（监测编号）。现有字段：{}。请确认这是下发的监测图斑，或把编号字段改名为 JCBH。</source>
      <translation>图层“{}”缺少字段 JCBH（监测编号）。现有字段：{}。请确认这是下发的监测图斑，或把编号字段改名为 JCBH。</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="151" />
      <source>图层“{}”（{}）没有坐标参考系（缺少 .prj）。请在 QGIS 图层属性中设置正确的 CRS（下发图斑通常为 EPSG:4490 CGCS2000 经纬度）后重试。</source>
      <translation>图层“{}”（{}）没有坐标参考系（缺少 .prj）。请在 QGIS 图层属性中设置正确的 CRS（下发图斑通常为 EPSG:4490 CGCS2000 经纬度）后重试。</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="129" />
      <source>图层自身编码</source>
      <translation>图层自身编码</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="474" />
      <source>图斑 {}  {}</source>
      <translation>图斑 {}  {}</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="261" />
      <source>图斑 {} 不是面，未套合。</source>
      <translation>图斑 {} 不是面，未套合。</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="89" />
      <source>图斑 {} 与{}要素 fid={} 求交失败（GEOS 拓扑错误），该项面积未计入，请检查两者几何。</source>
      <translation>图斑 {} 与{}要素 fid={} 求交失败（GEOS 拓扑错误），该项面积未计入，请检查两者几何。</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="255" />
      <source>图斑 {} 几何无效（{}）且无法修复，未套合。</source>
      <translation>图斑 {} 几何无效（{}）且无法修复，未套合。</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="257" />
      <source>图斑 {} 几何无效（{}），已按修复后的几何套合。</source>
      <translation>图斑 {} 几何无效（{}），已按修复后的几何套合。</translation>
    </message>
    <message>
      <location filename="../core/export_shapefile.py" line="108" />
      <source>图斑 {} 字段 {} 写出后读回不一致（{!r} ≠ {!r}），shapefile 编码有误。</source>
      <translation>图斑 {} 字段 {} 写出后读回不一致（{!r} ≠ {!r}），shapefile 编码有误。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="181" />
      <source>图斑 {} 有未保存的修改。保存吗？</source>
      <translation>图斑 {} 有未保存的修改。保存吗？</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="247" />
      <source>图斑 {} 没有几何，未套合。</source>
      <translation>图斑 {} 没有几何，未套合。</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="170" />
      <source>图斑 {} 没有图形，无法制作套合图。</source>
      <translation>图斑 {} 没有图形，无法制作套合图。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="591" />
      <source>图斑 {} 的 {} 在打开后被其他操作修改过，已按本次填写保存（原值见历史）</source>
      <translation>图斑 {} 的 {} 在打开后被其他操作修改过，已按本次填写保存（原值见历史）</translation>
    </message>
    <message>
      <location filename="../core/patch_form.py" line="156" />
      <source>图斑 {} 的“{}”值“{}”无效，请更正后再保存</source>
      <translation>图斑 {} 的“{}”值“{}”无效，请更正后再保存</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="337" />
      <source>图斑 {} 的字段值无效：{}</source>
      <translation>图斑 {} 的字段值无效：{}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="210" />
      <source>图斑 {}：{}（{}）{}</source>
      <translation>图斑 {}：{}（{}）{}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="191" />
      <source>图斑 {}：举证照片文件不存在：{}</source>
      <translation>图斑 {}：举证照片文件不存在：{}</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="174" />
      <source>图斑 {}：几何无效且无法自动修复（修复后为空）。请在 QGIS 中手工修正。</source>
      <translation>图斑 {}：几何无效且无法自动修复（修复后为空）。请在 QGIS 中手工修正。</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="106" />
      <source>图斑 {}：几何无效（{}），已自动修复，面积 {:.2f} → {:.2f} 平方米</source>
      <translation>图斑 {}：几何无效（{}），已自动修复，面积 {:.2f} → {:.2f} 平方米</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="170" />
      <source>图斑 {}：坐标转换失败，请检查图层 CRS。</source>
      <translation>图斑 {}：坐标转换失败，请检查图层 CRS。</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="167" />
      <source>图斑 {}：没有几何图形。请补绘或从下发数据中恢复。</source>
      <translation>图斑 {}：没有几何图形。请补绘或从下发数据中恢复。</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="186" />
      <source>图斑 {}：没有图形，无法写入 shapefile</source>
      <translation>图斑 {}：没有图形，无法写入 shapefile</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="311" />
      <source>图斑 {}：照片 {} 在挂接后被改动过（SHA-256 与工作库记录不符）</source>
      <translation>图斑 {}：照片 {} 在挂接后被改动过（SHA-256 与工作库记录不符）</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="58" />
      <source>图斑判定情况（按类型和子类）</source>
      <translation>图斑判定情况（按类型和子类）</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="36" />
      <source>图斑图层缺少监测编号字段 JCBH，无法在结果中指明图斑。</source>
      <translation>图斑图层缺少监测编号字段 JCBH，无法在结果中指明图斑。</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="13" />
      <source>图斑图层（与工作库二选一）</source>
      <translation>图斑图层（与工作库二选一）</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="199" />
      <source>图斑外照片的最大关联距离（米）</source>
      <translation>图斑外照片的最大关联距离（米）</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="250" />
      <source>图斑数</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="310" />
      <source>图斑状态（个）</source>
      <translation>图斑状态（个）</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="244" />
      <source>图斑界址点坐标（{} 个，单位：米）</source>
      <translation>图斑界址点坐标（{} 个，单位：米）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="132" />
      <source>图表已生成</source>
      <translation>图表已生成</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="130" />
      <source>土地利用图层没有地类编码字段 {}，套合图中不显示。</source>
      <translation>土地利用图层没有地类编码字段 {}，套合图中不显示。</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="38" />
      <location filename="../ui/map_view.py" line="125" />
      <source>土地利用现状（三调）</source>
      <translation>土地利用现状（三调）</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="410" />
      <source>地类图层存在自相重叠的图斑，重叠部分按要素编号小者计入，涉及图斑：{}</source>
      <translation>地类图层存在自相重叠的图斑，重叠部分按要素编号小者计入，涉及图斑：{}</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="253" />
      <source>地类图层未覆盖 {:.2f} 亩</source>
      <translation>地类图层未覆盖 {:.2f} 亩</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="42" />
      <source>地类图斑</source>
      <translation>地类图斑</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="257" />
      <source>地类图斑自相重叠 {:.2f} 亩，按要素编号小者计</source>
      <translation>地类图斑自相重叠 {:.2f} 亩，按要素编号小者计</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="405" />
      <source>地类编码 {}（{}）在三大类表中没有归类，面积未计入农用地/建设用地/未利用地，请核实后人工填报。涉及 {} 个图斑：{}</source>
      <translation>地类编码 {}（{}）在三大类表中没有归类，面积未计入农用地/建设用地/未利用地，请核实后人工填报。涉及 {} 个图斑：{}</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="79" />
      <source>均晚于后时相 {}</source>
      <translation>均晚于后时相 {}</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="269" />
      <source>坐标格网</source>
      <translation>坐标格网</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="251" />
      <source>坐标系</source>
      <translation>坐标系</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="207" />
      <source>基本情况</source>
      <translation>基本情况</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="53" />
      <source>填报单位</source>
      <translation>填报单位</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="53" />
      <source>填报日期</source>
      <translation>填报日期</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="233" />
      <source>填报面积(亩)</source>
      <translation>填报面积(亩)</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="181" />
      <location filename="../core/reports/annual.py" line="68" />
      <source>增违挂钩</source>
      <translation>增违挂钩</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="184" />
      <source>增违挂钩按月</source>
      <translation>增违挂钩按月</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="67" />
      <source>增违挂钩补充耕地指标冻结与解冻</source>
      <translation>增违挂钩补充耕地指标冻结与解冻</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="257" />
      <source>备注：</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="243" />
      <source>复制举证照片…</source>
      <translation>复制举证照片…</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="209" />
      <source>套合分析图</source>
      <translation>套合分析图</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="305" />
      <location filename="../core/overlay_run.py" line="113" />
      <location filename="../core/overlay_run.py" line="148" />
      <source>套合分析已取消，未写入任何结果。</source>
      <translation>套合分析已取消，未写入任何结果。</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="230" />
      <source>套合分析结果（亩）</source>
      <translation>套合分析结果（亩）</translation>
    </message>
    <message>
      <location filename="../ui/map_view.py" line="123" />
      <location filename="../ui/map_view.py" line="123" />
      <source>套合参考图层</source>
      <translation>套合参考图层</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="232" />
      <source>套合面积(亩)</source>
      <translation>套合面积(亩)</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>字段</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="118" />
      <source>季度小结_{}</source>
      <translation>季度小结_{}</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="111" />
      <source>季度小结的统计期应为季度，如 2022Q1 或 2022年第一季度。</source>
      <translation>季度小结的统计期应为季度，如 2022Q1 或 2022年第一季度。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="525" />
      <source>完整</source>
      <translation>完整</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="117" />
      <source>审核完成：自检问题 {} 条</source>
      <translation>审核完成：自检问题 {} 条</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="134" />
      <source>审核范围</source>
      <translation>审核范围</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="61" />
      <source>审核范围内共有监测图斑{n}个（其中本季度下发{q}个），已判定{j}个，判定率{r:.2f}%。自检共发现问题{t}条，其中严重{s}条、警告{w}条、提示{i}条。</source>
      <translation>审核范围内共有监测图斑{n}个（其中本季度下发{q}个），已判定{j}个，判定率{r:.2f}%。自检共发现问题{t}条，其中严重{s}条、警告{w}条、提示{i}条。</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="54" />
      <source>密级</source>
      <translation>密级</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="98" />
      <source>对{}个举证问题图斑，按“多方向、后时相之后、距图斑15米以内”的要求补拍举证照片。</source>
      <translation>对{}个举证问题图斑，按“多方向、后时相之后、距图斑15米以内”的要求补拍举证照片。</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="92" />
      <source>对{}个改判未说明理由的图斑，由判定单位补充改判依据，重点图斑和有异议图斑提交集体会审。</source>
      <translation>对{}个改判未说明理由的图斑，由判定单位补充改判依据，重点图斑和有异议图斑提交集体会审。</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="95" />
      <source>对{}个整改存疑图斑，逐一实地复核，补齐整改完成日期和整改后现场照片，未整改到位的不得标记为已整改。</source>
      <translation>对{}个整改存疑图斑，逐一实地复核，补齐整改完成日期和整改后现场照片，未整改到位的不得标记为已整改。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="105" />
      <source>对通报提醒指出的问题逾期未整改或整改不实的，县卫片办将提请县人民政府约谈有关责任人。</source>
      <translation>对通报提醒指出的问题逾期未整改或整改不实的，县卫片办将提请县人民政府约谈有关责任人。</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="60" />
      <source>导出 {} 个图斑、{} 张照片，共 {} 个文件；自检：严重 {}、警告 {}、提示 {}{}。</source>
      <translation>导出 {} 个图斑、{} 张照片，共 {} 个文件；自检：严重 {}、警告 {}、提示 {}{}。</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="249" />
      <source>导出时间</source>
      <translation>导出时间</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="283" />
      <source>导出检查</source>
      <translation>导出检查</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="130" />
      <source>尚有{}个图斑未完成判定，须按“月清”要求限期完成。</source>
      <translation>尚有{}个图斑未完成判定，须按“月清”要求限期完成。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="132" />
      <source>尚有{}个违法图斑未整改到位，将逐图斑明确整改措施、责任单位和时限，挂图作战、销号管理。</source>
      <translation>尚有{}个违法图斑未整改到位，将逐图斑明确整改措施、责任单位和时限，挂图作战、销号管理。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="78" />
      <source>尚未判定{}个</source>
      <translation>尚未判定{}个</translation>
    </message>
    <message>
      <location filename="../core/patch_form.py" line="329" />
      <source>尚未套合分析，无预判（请先运行“套合分析”和“预判”）</source>
      <translation>尚未套合分析，无预判（请先运行“套合分析”和“预判”）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="64" />
      <source>尚未达到问责条件</source>
      <translation>尚未达到问责条件</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="93" />
      <source>属性仅含 ASCII 字符</source>
      <translation>属性仅含 ASCII 字符</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="175" />
      <location filename="../core/reports/bulletin.py" line="169" />
      <location filename="../core/reports/military.py" line="54" />
      <source>工作库</source>
      <translation>工作库</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="190" />
      <source>工作库 (*.gpkg)</source>
      <translation>工作库 (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="178" />
      <source>工作库 {} 中没有图斑，请先导入监测图斑。</source>
      <translation>工作库 {} 中没有图斑，请先导入监测图斑。</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="109" />
      <source>工作库不存在：{}。请先用“导入监测图斑”创建工作库。</source>
      <translation>工作库不存在：{}。请先用“导入监测图斑”创建工作库。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="447" />
      <source>工作库中已没有图斑 {}，请刷新</source>
      <translation>工作库中已没有图斑 {}，请刷新</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="251" />
      <source>工作库中没有可制图的图斑（统计期内无图斑或图斑无图形）。</source>
      <translation>工作库中没有可制图的图斑（统计期内无图斑或图斑无图形）。</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="311" />
      <source>工作库中没有图斑 {}。</source>
      <translation>工作库中没有图斑 {}。</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="344" />
      <source>工作库中没有这些图斑：{}</source>
      <translation>工作库中没有这些图斑：{}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="115" />
      <source>工作库中（或所选批次/乡镇中）没有这些图斑：{}</source>
      <translation>工作库中（或所选批次/乡镇中）没有这些图斑：{}</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="115" />
      <source>工作库已使用坐标系 {}，忽略参数 TARGET_CRS={}。</source>
      <translation>工作库已使用坐标系 {}，忽略参数 TARGET_CRS={}。</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="233" />
      <source>工作库没有有效的坐标系（settings.crs），无法制图。</source>
      <translation>工作库没有有效的坐标系（settings.crs），无法制图。</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="22" />
      <source>工作库没有有效的坐标系（settings.crs），无法计算中心点坐标。</source>
      <translation>工作库没有有效的坐标系（settings.crs），无法计算中心点坐标。</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="91" />
      <source>工作库记录的{}图层已不存在：{}，本次未使用</source>
      <translation>工作库记录的{}图层已不存在：{}，本次未使用</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="95" />
      <source>工作库记录的{}图层无法读取：{}，本次未使用</source>
      <translation>工作库记录的{}图层无法读取：{}，本次未使用</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="15" />
      <source>工作库（与图斑图层二选一）</source>
      <translation>工作库（与图斑图层二选一）</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="340" />
      <source>已从图斑 {} 手动移除</source>
      <translation>已从图斑 {} 手动移除</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="594" />
      <source>已保存图斑 {}：{} 个字段</source>
      <translation>已保存图斑 {}：{} 个字段</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="356" />
      <source>已取消导出，未写出任何文件。</source>
      <translation>已取消导出，未写出任何文件。</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="256" />
      <location filename="../core/photos.py" line="299" />
      <location filename="../ui/tasks.py" line="99" />
      <source>已取消照片关联，工作库未改动。</source>
      <translation>已取消照片关联，工作库未改动。</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="152" />
      <location filename="../core/patch_import.py" line="199" />
      <source>已取消，工作库未改变。</source>
      <translation>已取消，工作库未改变。</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="129" />
      <source>已取消，未写出任何文件。</source>
      <translation>已取消，未写出任何文件。</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="133" />
      <source>已取消：已生成 {} 份卷宗（完整），其余未生成，目录未更新。</source>
      <translation>已取消：已生成 {} 份卷宗（完整），其余未生成，目录未更新。</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="163" />
      <source>已把 {} 张照片关联到图斑 {}</source>
      <translation>已把 {} 张照片关联到图斑 {}</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="176" />
      <source>已把 {} 张照片移出图斑 {}（照片记录保留，可重新关联）</source>
      <translation>已把 {} 张照片移出图斑 {}（照片记录保留，可重新关联）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="124" />
      <source>已拆除复耕或补办</source>
      <translation>已拆除复耕或补办</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="75" />
      <source>已整改到位的违法图斑{n}个。整改真实性存疑的图斑{k}个（已整改但仍有未拆除复耕或补办的耕地、缺整改完成日期、缺整改后照片等）。</source>
      <translation>已整改到位的违法图斑{n}个。整改真实性存疑的图斑{k}个（已整改但仍有未拆除复耕或补办的耕地、缺整改完成日期、缺整改后照片等）。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="403" />
      <source>已经是最后一个图斑</source>
      <translation>已经是最后一个图斑</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="403" />
      <source>已经是第一个图斑</source>
      <translation>已经是第一个图斑</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="170" />
      <source>已补办手续只扣分子；已拆除复耕、重大基础设施（省级评估除外）分子分母同时扣除；存量违法与农业项目破坏耕地分子分母均不计入。</source>
      <translation>已补办手续只扣分子；已拆除复耕、重大基础设施（省级评估除外）分子分母同时扣除；存量违法与农业项目破坏耕地分子分母均不计入。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="64" />
      <source>已达到问责条件，形势严峻</source>
      <translation>已达到问责条件，形势严峻</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="87" />
      <source>市卫片执法工作领导小组办公室：</source>
      <translation>市卫片执法工作领导小组办公室：</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <source>序号</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="43" />
      <source>建设用地批准</source>
      <translation>建设用地批准</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="39" />
      <source>建设用地批准范围</source>
      <translation>建设用地批准范围</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="255" />
      <source>强制导出</source>
      <translation>强制导出</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="221" />
      <source>影像对比</source>
      <translation>影像对比</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="188" />
      <source>影像无法打开：{}</source>
      <translation>影像无法打开：{}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="138" />
      <source>所选图斑均为涉军用地，不进入普通成果包；请用“军用土地登记表”单独报送。</source>
      <translation>所选图斑均为涉军用地，不进入普通成果包；请用“军用土地登记表”单独报送。</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="206" />
      <source>手动关联</source>
      <translation>手动关联</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="206" />
      <source>手动关联（照片无 GPS 坐标）</source>
      <translation>手动关联（照片无 GPS 坐标）</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="190" />
      <source>打开卫片执法工作库</source>
      <translation>打开卫片执法工作库</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="179" />
      <source>扣减明细</source>
      <translation>扣减明细</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../ui/patch_model.py" line="9" />
      <source>批次</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="186" />
      <source>批次“{}”（{}）有 {} 个问题，未导入任何图斑：</source>
      <translation>批次“{}”（{}）有 {} 个问题，未导入任何图斑：</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="57" />
      <source>批次下发</source>
      <translation>批次下发</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="113" />
      <source>批次月份“{}”无法识别，请写成 2022-03 的形式。</source>
      <translation>批次月份“{}”无法识别，请写成 2022-03 的形式。</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="248" />
      <source>批次：{}；乡镇：{}</source>
      <translation>批次：{}；乡镇：{}</translation>
    </message>
    <message>
      <location filename="../core/reports/charts.py" line="31" />
      <source>找不到中文字体，图表无法显示中文。请安装 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk）。</source>
      <translation>找不到中文字体，图表无法显示中文。请安装 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk）。</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="250" />
      <source>报送格式</source>
      <translation>报送格式</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="29" />
      <source>拍摄 {}</source>
      <translation>拍摄 {}</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="70" />
      <location filename="../core/evidence.py" line="77" />
      <location filename="../core/evidence.py" line="79" />
      <source>拍摄时间</source>
      <translation>拍摄时间</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="257" />
      <source>挂图作战</source>
      <translation>挂图作战</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="343" />
      <source>挂图作战 PDF 导出失败：{}</source>
      <translation>挂图作战 PDF 导出失败：{}</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="82" />
      <source>按 .cpg 文件声明</source>
      <translation>按 .cpg 文件声明</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="91" />
      <source>按 DBF 语言驱动标识</source>
      <translation>按 DBF 语言驱动标识</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="109" />
      <source>按{}年卫片执法问责比例计算方法，扣除已补办手续{}亩、已拆除复耕{}亩、已履职重大基础设施{}亩后，全县违法占用耕地{}亩，新增建设占用耕地{}亩，违法占用耕地比例{:.2f}%，{}。</source>
      <translation>按{}年卫片执法问责比例计算方法，扣除已补办手续{}亩、已拆除复耕{}亩、已履职重大基础设施{}亩后，全县违法占用耕地{}亩，新增建设占用耕地{}亩，违法占用耕地比例{:.2f}%，{}。</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="134" />
      <source>按乡镇汇总</source>
      <translation>按乡镇汇总</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="132" />
      <source>按参数指定</source>
      <translation>按参数指定</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="91" />
      <source>按所选条件没有图斑可导出（批次：{}；乡镇：{}）。工作库中的批次：{}；乡镇：{}。</source>
      <translation>按所选条件没有图斑可导出（批次：{}；乡镇：{}）。工作库中的批次：{}；乡镇：{}。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="123" />
      <source>按月冻结补充耕地指标{}亩，拆除复耕验收后解冻{}亩，补办手续扣减{}亩，仍冻结{}亩。</source>
      <translation>按月冻结补充耕地指标{}亩，拆除复耕验收后解冻{}亩，补办手续扣减{}亩，仍冻结{}亩。</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="58" />
      <source>按照“季度小结”要求，县卫片办于{}末对本县{}年1月至{}下发图斑的核查判定、查处整改、举证材料和数据填报情况进行了全面审核，现将审核意见通报如下：</source>
      <translation>按照“季度小结”要求，县卫片办于{}末对本县{}年1月至{}下发图斑的核查判定、查处整改、举证材料和数据填报情况进行了全面审核，现将审核意见通报如下：</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>按规则汇总</source>
      <translation>按规则汇总</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="56" />
      <source>按问责比例口径，全县违法占用耕地{wf}亩，新增建设占用耕地{xz}亩，违法占用耕地比例{bl:.2f}%</source>
      <translation>按问责比例口径，全县违法占用耕地{wf}亩，新增建设占用耕地{xz}亩，违法占用耕地比例{bl:.2f}%</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="33" />
      <source>按问责比例口径：已补办手续只扣分子，已拆除复耕和已履职重大基础设施分子分母同时扣除，存量违法和农业项目破坏耕地不计入。排名按比例由高到低，第1名问题最突出；名次变化为正表示较上期前移。警戒线 {:g}%。</source>
      <translation>按问责比例口径：已补办手续只扣分子，已拆除复耕和已履职重大基础设施分子分母同时扣除，存量违法和农业项目破坏耕地不计入。排名按比例由高到低，第1名问题最突出；名次变化为正表示较上期前移。警戒线 {:g}%。</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>操作</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>操作人</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="38" />
      <source>改判依据取自备注、批准文号或备案编号；为空的须补充说明理由。</source>
      <translation>改判依据取自备注、批准文号或备案编号；为空的须补充说明理由。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="174" />
      <location filename="../core/reports/bulletin.py" line="168" />
      <source>政策年度</source>
      <translation>政策年度</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="167" />
      <source>政策年度 {}（{}）。来源：{}</source>
      <translation>政策年度 {}（{}）。来源：{}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="129" />
      <source>政策年度 {}，检查日期 {}。来源：{}</source>
      <translation>政策年度 {}，检查日期 {}。来源：{}</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="20" />
      <source>政策年度（空 = 工作库设置，默认 2022）</source>
      <translation>政策年度（空 = 工作库设置，默认 2022）</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="174" />
      <location filename="../core/reports/bulletin.py" line="167" />
      <location filename="../core/reports/review.py" line="135" />
      <source>数据截至</source>
      <translation>数据截至</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="69" />
      <source>数据有误，未写入任何结果：{}</source>
      <translation>数据有误，未写入任何结果：{}</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="85" />
      <source>数据自检（月核规则）发现问题{}条，按规则汇总如下，逐图斑清单见同名 Excel“问题清单”。</source>
      <translation>数据自检（月核规则）发现问题{}条，按规则汇总如下，逐图斑清单见同名 Excel“问题清单”。</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="41" />
      <source>数据质量</source>
      <translation>数据质量</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="41" />
      <source>数据质量自检问题汇总</source>
      <translation>数据质量自检问题汇总</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="255" />
      <source>整改与查处</source>
      <translation>整改与查处</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="215" />
      <source>整改到位</source>
      <translation>整改到位</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="39" />
      <source>整改存疑</source>
      <translation>整改存疑</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="39" />
      <source>整改真实性存疑的图斑</source>
      <translation>整改真实性存疑的图斑</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../core/reports/annual.py" line="172" />
      <location filename="../core/reports/bulletin.py" line="163" />
      <source>文件</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="125" />
      <source>文件不存在：{}</source>
      <translation>文件不存在：{}</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="243" />
      <source>文件夹 {} 中没有 JPG 照片。</source>
      <translation>文件夹 {} 中没有 JPG 照片。</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="125" />
      <source>文件已存在：{}，不会覆盖。</source>
      <translation>文件已存在：{}，不会覆盖。</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="276" />
      <source>文件损坏或不是 JPEG：{}</source>
      <translation>文件损坏或不是 JPEG：{}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>新值</source>
      <translation>新值</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="35" />
      <source>新增 {} 个图斑，重复下发 {} 个（保留原判定与举证），修复几何 {} 处；编码 {}（{}）；坐标系 {}</source>
      <translation>新增 {} 个图斑，重复下发 {} 个（保留原判定与举证），修复几何 {} 处；编码 {}（{}）；坐标系 {}</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="25" />
      <source>方位 {:.0f}°</source>
      <translation>方位 {:.0f}°</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="197" />
      <source>方位角为磁北方向</source>
      <translation>方位角为磁北方向</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="199" />
      <source>方位角取自无人机 XMP 云台偏航角</source>
      <translation>方位角取自无人机 XMP 云台偏航角</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="60" />
      <location filename="../core/evidence.py" line="63" />
      <source>方位角跨度</source>
      <translation>方位角跨度</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="41" />
      <location filename="../core/export_package.py" line="93" />
      <location filename="../ui/dock.py" line="488" />
      <source>无</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="101" />
      <source>无 .cpg，按内容识别为 GBK/GB18030</source>
      <translation>无 .cpg，按内容识别为 GBK/GB18030</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="96" />
      <source>无 .cpg，按内容识别为 UTF-8</source>
      <translation>无 .cpg，按内容识别为 UTF-8</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="88" />
      <source>无 .dbf 文件</source>
      <translation>无 .dbf 文件</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="208" />
      <source>无 GPS 坐标，未关联；请在判定面板中手动关联</source>
      <translation>无 GPS 坐标，未关联；请在判定面板中手动关联</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="281" />
      <source>无举证照片。</source>
      <translation>无举证照片。</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="65" />
      <source>无位置信息</source>
      <translation>无位置信息</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="212" />
      <source>无待办事项</source>
      <translation>无待办事项</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="76" />
      <source>无拍摄时间：{}</source>
      <translation>无拍摄时间：{}</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="159" />
      <source>无法写入 {}：{}</source>
      <translation>无法写入 {}：{}</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="167" />
      <source>无法写入 {}：{}（文件是否已在 Excel 中打开？）</source>
      <translation>无法写入 {}：{}（文件是否已在 Excel 中打开？）</translation>
    </message>
    <message>
      <location filename="../core/pdf.py" line="33" />
      <source>无法写出 PDF：{}（错误码 {}）。请检查文件夹是否可写、文件是否被其他程序打开。</source>
      <translation>无法写出 PDF：{}（错误码 {}）。请检查文件夹是否可写、文件是否被其他程序打开。</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="209" />
      <source>无法打开工作库 {}。</source>
      <translation>无法打开工作库 {}。</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="207" />
      <source>无法打开工作库 {}：{}</source>
      <translation>无法打开工作库 {}：{}</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.py" line="43" />
      <source>无法显示该照片（文件损坏或不存在）</source>
      <translation>无法显示该照片（文件损坏或不存在）</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="103" />
      <source>无法识别编码，按 UTF-8 读取（可能有乱码，请用 ENCODING 参数指定）</source>
      <translation>无法识别编码，按 UTF-8 读取（可能有乱码，请用 ENCODING 参数指定）</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="128" />
      <source>无法读取图层：{}。请确认文件完整（.shp/.shx/.dbf 齐全）且格式受支持。</source>
      <translation>无法读取图层：{}。请确认文件完整（.shp/.shx/.dbf 齐全）且格式受支持。</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="132" />
      <source>无法读取图斑图层。</source>
      <translation>无法读取图斑图层。</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="263" />
      <source>无法读取文件：{}</source>
      <translation>无法读取文件：{}</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="128" />
      <source>无编号(fid={})</source>
      <translation>无编号(fid={})</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="166" />
      <source>无（年度首期）</source>
      <translation>无（年度首期）</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="95" />
      <source>无（请先运行套合分析）</source>
      <translation>无（请先运行套合分析）</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="70" />
      <source>既有预判又有最终判定的图斑{b}个，两者一致{a}个，一致率{r:.2f}%；不一致{d}个，其中{u}个未说明改判理由。</source>
      <translation>既有预判又有最终判定的图斑{b}个，两者一致{a}个，一致率{r:.2f}%；不一致{d}个，其中{u}个未说明改判理由。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="620" />
      <source>日期</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="35" />
      <source>日期 {!r} 无法识别，请写作 2022-04-05。</source>
      <translation>日期 {!r} 无法识别，请写作 2022-04-05。</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="103" />
      <source>日期“{}”无法识别，请写成 2022-05-15 的形式。</source>
      <translation>日期“{}”无法识别，请写成 2022-05-15 的形式。</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="74" />
      <source>早于后时相 {}：{}</source>
      <translation>早于后时相 {}：{}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="312" />
      <location filename="../ui/dock.py" line="112" />
      <source>时间</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="29" />
      <source>时间不详</source>
      <translation>时间不详</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="255" />
      <location filename="../ui/judgment_form.py" line="53" />
      <source>是</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="365" />
      <source>显示 {} / 共 {} 个图斑：合法 {}，违法 {}，其他用地 {}，未判定 {}；月清逾期 {}</source>
      <translation>显示 {} / 共 {} 个图斑：合法 {}，违法 {}，其他用地 {}，未判定 {}；月清逾期 {}</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="67" />
      <source>最远 {:.1f} 米（不超过 {:g} 米）</source>
      <translation>最远 {:.1f} 米（不超过 {:g} 米）</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="215" />
      <source>月清</source>
      <translation>月清</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="622" />
      <source>月清期限</source>
      <translation>月清期限</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="78" />
      <source>月清期限 {} 已过，尚未确认</source>
      <translation>月清期限 {} 已过，尚未确认</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="63" />
      <source>有方位角的照片 {} 张，无法判断多方向</source>
      <translation>有方位角的照片 {} 张，无法判断多方向</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="657" />
      <source>期限</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="657" />
      <source>期限 ({})</source>
      <translation>期限 ({})</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="180" />
      <source>未保存的修改</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="508" />
      <source>未发现问题</source>
      <translation>未发现问题</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="255" />
      <source>未归类地类 {} {:.2f} 亩</source>
      <translation>未归类地类 {} {:.2f} 亩</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="278" />
      <source>未打开工作库</source>
      <translation>未打开工作库</translation>
    </message>
    <message>
      <location filename="../core/dossier_layout.py" line="36" />
      <source>未找到字体 {}，卷宗中文可能显示为方框。请安装 fonts-noto-cjk。</source>
      <translation>未找到字体 {}，卷宗中文可能显示为方框。请安装 fonts-noto-cjk。</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="407" />
      <source>未知地类</source>
      <translation>未知地类</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="331" />
      <source>未知字段：{}</source>
      <translation>未知字段：{}</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="107" />
      <location filename="../core/reference.py" line="70" />
      <source>未知错误</source>
      <translation>未知错误</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="114" />
      <source>未达到问责条件</source>
      <translation>未达到问责条件</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="599" />
      <source>未选择图斑</source>
      <translation>未选择图斑</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="328" />
      <source>本乡镇图斑 {} 个；待办事项 {} 项，其中已逾期 {} 项。</source>
      <translation>本乡镇图斑 {} 个；待办事项 {} 项，其中已逾期 {} 项。</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="51" />
      <source>本县</source>
      <translation>本县</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="197" />
      <location filename="../core/dossier_map.py" line="198" />
      <source>本图斑</source>
      <translation>本图斑</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="81" />
      <source>本图斑 {} 张照片</source>
      <translation>本图斑 {} 张照片</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="103" />
      <source>本季度审核未发现需要整改的问题，请继续保持。</source>
      <translation>本季度审核未发现需要整改的问题，请继续保持。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="28" />
      <source>本期下发为本统计期内下发批次的图斑；其余各列为{}年1月起至统计期末各批次累计。确认率 = 已确认 ÷ 累计下发。</source>
      <translation>本期下发为本统计期内下发批次的图斑；其余各列为{}年1月起至统计期末各批次累计。确认率 = 已确认 ÷ 累计下发。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="36" />
      <source>本期为年度首期，无上期数据。</source>
      <translation>本期为年度首期，无上期数据。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="77" />
      <source>本期各乡镇均无计入问责比例的违法占用耕地。</source>
      <translation>本期各乡镇均无计入问责比例的违法占用耕地。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="88" />
      <source>本期无乡镇触及警戒线。</source>
      <translation>本期无乡镇触及警戒线。</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="47" />
      <source>本期无涉军用地图斑。</source>
      <translation>本期无涉军用地图斑。</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="54" />
      <source>机要</source>
      <translation>机要</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="46" />
      <source>机要件，单独报送市卫片办，不得随普通成果导出或通过互联网传输。</source>
      <translation>机要件，单独报送市卫片办，不得随普通成果导出或通过互联网传输。</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="125" />
      <source>条</source>
      <translation>条</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="61" />
      <source>查处整改</source>
      <translation>查处整改</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="10" />
      <source>标识</source>
      <translation>标识</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="492" />
      <source>标识：{}</source>
      <translation>标识：{}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="623" />
      <source>核查状态</source>
      <translation>核查状态</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="27" />
      <source>核查进度</source>
      <translation>核查进度</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="138" />
      <source>根据《{}{}年自然资源卫片执法工作实施方案》“月清”“月核”工作要求，县卫片办对各乡（镇）卫片执法工作进展定期汇总、排名，现将{}情况（数据截至{}）通报如下：</source>
      <translation>根据《{}{}年自然资源卫片执法工作实施方案》“月清”“月核”工作要求，县卫片办对各乡（镇）卫片执法工作进展定期汇总、排名，现将{}情况（数据截至{}）通报如下：</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="88" />
      <source>根据《{}{}年自然资源卫片执法工作实施方案》要求，现将本县{}卫片执法工作情况报告如下：</source>
      <translation>根据《{}{}年自然资源卫片执法工作实施方案》要求，现将本县{}卫片执法工作情况报告如下：</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="180" />
      <source>模拟整改</source>
      <translation>模拟整改</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="174" />
      <source>模拟整改：单独采取该项措施、最少需再整改的耕地面积（精确到 0.01 亩），面积降到阈值以下或比例降到 {}% 以下即不纳入问责。</source>
      <translation>模拟整改：单独采取该项措施、最少需再整改的耕地面积（精确到 0.01 亩），面积降到阈值以下或比例降到 {}% 以下即不纳入问责。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="161" />
      <location filename="../ui/dock.py" line="560" />
      <source>正在关联照片，完成后再保存</source>
      <translation>正在关联照片，完成后再保存</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="38" />
      <source>每月数值为当年1月起至该月末各批次累计。</source>
      <translation>每月数值为当年1月起至该月末各批次累计。</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="168" />
      <source>比例 = 违法占用耕地 ÷ 新增建设占用耕地（扣减后）；面积达到阈值且比例 ≥ {}% 纳入问责。</source>
      <translation>比例 = 违法占用耕地 ÷ 新增建设占用耕地（扣减后）；面积达到阈值且比例 ≥ {}% 纳入问责。</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="323" />
      <source>比例尺 1:{}</source>
      <translation>比例尺 1:{}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="32" />
      <source>比例排名</source>
      <translation>比例排名</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="37" />
      <source>比例趋势</source>
      <translation>比例趋势</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="38" />
      <location filename="../core/overlay.py" line="42" />
      <source>永久基本农田</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="212" />
      <source>没有可套合的图斑（全部缺少几何或几何无效）。</source>
      <translation>没有可套合的图斑（全部缺少几何或几何无效）。</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="188" />
      <source>没有可套合的图斑（全部缺少几何）。</source>
      <translation>没有可套合的图斑（全部缺少几何）。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="541" />
      <source>没有可采用的预判</source>
      <translation>没有可采用的预判</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="181" />
      <source>没有图斑可套合。</source>
      <translation>没有图斑可套合。</translation>
    </message>
    <message>
      <location filename="../ui/photo_viewer.py" line="27" />
      <source>没有照片</source>
      <translation>没有照片</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="106" />
      <source>没有要写入 Excel 的内容。</source>
      <translation>没有要写入 Excel 的内容。</translation>
    </message>
    <message>
      <location filename="../core/reports/military.py" line="42" />
      <source>涉军用地图斑 {} 个</source>
      <translation>涉军用地图斑 {} 个</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="245" />
      <source>点号</source>
      <translation>点号</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="45" />
      <source>照片</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="149" />
      <source>照片 (*.jpg *.jpeg *.JPG *.JPEG)</source>
      <translation>照片 (*.jpg *.jpeg *.JPG *.JPEG)</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="465" />
      <location filename="../ui/dock.py" line="684" />
      <source>照片 ({})</source>
      <translation>照片 ({})</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="321" />
      <source>照片 {} 无法读取（{}），未添加任何照片。</source>
      <translation>照片 {} 无法读取（{}），未添加任何照片。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="48" />
      <source>照片·{}</source>
      <translation>照片·{}</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="737" />
      <source>照片关联失败：{}</source>
      <translation>照片关联失败：{}</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="58" />
      <source>照片数量</source>
      <translation>照片数量</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="39" />
      <source>照片文件夹不存在：{}</source>
      <translation>照片文件夹不存在：{}</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="295" />
      <source>照片文件缺失或无法读取：
{}</source>
      <translation>照片文件缺失或无法读取：
{}</translation>
    </message>
    <message>
      <location filename="../core/workpackage.py" line="475" />
      <source>照片记录 {} 不存在。</source>
      <translation>照片记录 {} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/patch_model.py" line="9" />
      <source>状态</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="38" />
      <location filename="../core/overlay.py" line="42" />
      <source>生态保护红线</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="40" />
      <source>生成卷宗 {} 份，共 {} 页；目录：{}</source>
      <translation>生成卷宗 {} 份，共 {} 页；目录：{}</translation>
    </message>
    <message>
      <location filename="../ui/tasks.py" line="32" />
      <source>生成照片缩略图</source>
      <translation>生成照片缩略图</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="256" />
      <source>生成软件</source>
      <translation>生成软件</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="134" />
      <location filename="../core/patch_import.py" line="130" />
      <location filename="../core/workpackage.py" line="231" />
      <source>监测图斑</source>
      <translation>监测图斑</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <location filename="../core/reports/atlas.py" line="203" />
      <location filename="../ui/dock.py" line="622" />
      <source>监测编号</source>
      <translation>监测编号</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="179" />
      <source>监测编号 {} · {}</source>
      <translation>监测编号 {} · {}</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="120" />
      <source>目标坐标系 {} 无效或不是投影坐标系；请选择 CGCS2000 三度带投影（EPSG:4513–4554）。</source>
      <translation>目标坐标系 {} 无效或不是投影坐标系；请选择 CGCS2000 三度带投影（EPSG:4513–4554）。</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="156" />
      <source>第 {} 个要素（FID {}）</source>
      <translation>第 {} 个要素（FID {}）</translation>
    </message>
    <message>
      <location filename="../core/dossier_layout.py" line="259" />
      <source>第 {} 页 / 共 {} 页</source>
      <translation>第 {} 页 / 共 {} 页</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="338" />
      <source>第 {} 页：{}</source>
      <translation>第 {} 页：{}</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="29" />
      <source>算法模块 {} 未加载：{}</source>
      <translation>算法模块 {} 未加载：{}</translation>
    </message>
    <message>
      <location filename="../core/dossier_map.py" line="311" />
      <source>米</source>
      <translation>米</translation>
    </message>
    <message>
      <location filename="../core/layers.py" line="29" />
      <source>经度 {:.4f} 不在中国 CGCS2000 三度带范围内（75°E–135°E），请检查数据坐标。</source>
      <translation>经度 {:.4f} 不在中国 CGCS2000 三度带范围内（75°E–135°E），请检查数据坐标。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="118" />
      <source>统计完成：{} 个乡镇，{} 个乡镇触及警戒线</source>
      <translation>统计完成：{} 个乡镇，{} 个乡镇触及警戒线</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="164" />
      <source>统计期</source>
      <translation>统计期</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="173" />
      <location filename="../core/reports/bulletin.py" line="165" />
      <source>统计范围</source>
      <translation>统计范围</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="286" />
      <source>统计范围：{}　数据截至：{}</source>
      <translation>统计范围：{}　数据截至：{}</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="134" />
      <source>继续落实“月清、月核、季度小结”机制，强化源头防范和动态巡查，坚决遏制新增违法占用耕地。</source>
      <translation>继续落实“月清、月核、季度小结”机制，强化源头防范和动态巡查，坚决遏制新增违法占用耕地。</translation>
    </message>
    <message>
      <location filename="../core/xlsx.py" line="104" />
      <source>缺少 openpyxl，无法写 Excel（Debian：apt install python3-openpyxl）。</source>
      <translation>缺少 openpyxl，无法写 Excel（Debian：apt install python3-openpyxl）。</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="138" />
      <source>缺少地类图层（LANDUSE，三调/变更调查地类图斑）。</source>
      <translation>缺少地类图层（LANDUSE，三调/变更调查地类图斑）。</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="173" />
      <source>耕地已扣除田坎（{}）</source>
      <translation>耕地已扣除田坎（{}）</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="171" />
      <source>耕地未扣除田坎（参数关闭）</source>
      <translation>耕地未扣除田坎（参数关闭）</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="175" />
      <source>耕地未扣除田坎（地类图层无 KCXS/KCMJ 字段）</source>
      <translation>耕地未扣除田坎（地类图层无 KCXS/KCMJ 字段）</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="253" />
      <source>自检</source>
      <translation>自检</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="142" />
      <source>自检…</source>
      <translation>自检…</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="42" />
      <source>自检问题清单</source>
      <translation>自检问题清单</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="510" />
      <source>自检（随填随查）：严重 {}，共 {}</source>
      <translation>自检（随填随查）：严重 {}，共 {}</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="249" />
      <location filename="../core/reports/military.py" line="53" />
      <source>范围</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>规则名称</source>
      <translation>规则名称</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>规则编号</source>
      <translation>规则编号</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="39" />
      <source>触及警戒线的乡镇（警示提醒名单）</source>
      <translation>触及警戒线的乡镇（警示提醒名单）</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="124" />
      <source>警告</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="163" />
      <location filename="../core/reports/bulletin.py" line="130" />
      <source>警戒线 {:g}%</source>
      <translation>警戒线 {:g}%</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="39" />
      <source>警示提醒</source>
      <translation>警示提醒</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="263" />
      <source>计算 SHA-256 清单…</source>
      <translation>计算 SHA-256 清单…</translation>
    </message>
    <message>
      <location filename="../core/overlay_run.py" line="120" />
      <source>计算坐标系 {}；面积为 CGCS2000 椭球面积（亩）；{}</source>
      <translation>计算坐标系 {}；面积为 CGCS2000 椭球面积（亩）；{}</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="43" />
      <source>设施农用地</source>
      <translation>设施农用地</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="29" />
      <source>请只给图斑图层或工作库之一，不要同时给两个。</source>
      <translation>请只给图斑图层或工作库之一，不要同时给两个。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="101" />
      <source>请各乡（镇）对照以下时间节点倒排工作：{}。</source>
      <translation>请各乡（镇）对照以下时间节点倒排工作：{}。</translation>
    </message>
    <message>
      <location filename="../core/patch_import.py" line="194" />
      <source>请填写批次名称（BATCH），例如 2022-01。</source>
      <translation>请填写批次名称（BATCH），例如 2022-01。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="142" />
      <source>请填写统计期：上半年 2022H1，全年 2022。</source>
      <translation>请填写统计期：上半年 2022H1，全年 2022。</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="235" />
      <source>请指定输出 PDF 文件。</source>
      <translation>请指定输出 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../core/reports/gather.py" line="92" />
      <source>请指定输出文件夹。</source>
      <translation>请指定输出文件夹。</translation>
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="34" />
      <source>请给出图斑图层（INPUT）或工作库（WORKPACKAGE）。</source>
      <translation>请给出图斑图层（INPUT）或工作库（WORKPACKAGE）。</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="129" />
      <source>读取工作库…</source>
      <translation>读取工作库…</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="143" />
      <location filename="../core/reports/bulletin.py" line="113" />
      <location filename="../core/reports/review.py" line="112" />
      <source>读取工作库：{} 个图斑</source>
      <translation>读取工作库：{} 个图斑</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="27" />
      <source>距 {:.1f} 米</source>
      <translation>距 {:.1f} 米</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="65" />
      <location filename="../core/evidence.py" line="67" />
      <source>距图斑距离</source>
      <translation>距图斑距离</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="214" />
      <source>距最近图斑 {} 为 {:.1f} 米，超过 {:g} 米，未关联</source>
      <translation>距最近图斑 {} 为 {:.1f} 米，超过 {:g} 米，未关联</translation>
    </message>
    <message>
      <location filename="../core/overlay_measure.py" line="162" />
      <source>跨乡镇：</source>
      <translation>跨乡镇：</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="80" />
      <source>较上期名次前移（问题加重）的乡镇：{}。</source>
      <translation>较上期名次前移（问题加重）的乡镇：{}。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="117" />
      <source>达到问责条件的乡镇：{}。</source>
      <translation>达到问责条件的乡镇：{}。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="113" />
      <source>达到问责条件（面积≥{:g}亩且比例≥{:g}%）</source>
      <translation>达到问责条件（面积≥{:g}亩且比例≥{:g}%）</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="30" />
      <source>违法与整改</source>
      <translation>违法与整改</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="158" />
      <source>违法占用耕地</source>
      <translation>违法占用耕地</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="64" />
      <source>违法占用耕地比例 = 扣减后违法占用耕地 ÷ 扣减后新增建设占用耕地；面积达到阈值且比例≥{:g}%的纳入问责。</source>
      <translation>违法占用耕地比例 = 扣减后违法占用耕地 ÷ 扣减后新增建设占用耕地；面积达到阈值且比例≥{:g}%的纳入问责。</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="73" />
      <source>违法占用耕地比例排名前列的乡镇是：{}。</source>
      <translation>违法占用耕地比例排名前列的乡镇是：{}。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="102" />
      <source>违法图斑中已整改到位{}个、正在整改{}个、尚未整改{}个；已拆除复耕耕地{}亩，补办用地手续耕地{}亩，立案查处{}个。</source>
      <translation>违法图斑中已整改到位{}个、正在整改{}个、尚未整改{}个；已拆除复耕耕地{}亩，补办用地手续耕地{}亩，立案查处{}个。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="60" />
      <source>违法用地</source>
      <translation>违法用地</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="31" />
      <source>违法用地含新增和存量；剩余未整改耕地 = 占用耕地 − 拆除复耕 − 补办手续。</source>
      <translation>违法用地含新增和存量；剩余未整改耕地 = 占用耕地 − 拆除复耕 − 补办手续。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="60" />
      <source>违法用地情况（新增/存量）</source>
      <translation>违法用地情况（新增/存量）</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="61" />
      <source>违法用地查处整改情况</source>
      <translation>违法用地查处整改情况</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="196" />
      <source>选择外业照片文件夹</source>
      <translation>选择外业照片文件夹</translation>
    </message>
    <message>
      <location filename="../ui/photo_panel.py" line="148" />
      <source>选择要关联到图斑 {} 的照片</source>
      <translation>选择要关联到图斑 {} 的照片</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="112" />
      <source>通报的统计期应为月份（如 2022-03）或季度（如 2022Q1）。</source>
      <translation>通报的统计期应为月份（如 2022-03）或季度（如 2022Q1）。</translation>
    </message>
    <message>
      <location filename="../core/reports/atlas.py" line="203" />
      <source>逾期/剩余</source>
      <translation>逾期/剩余</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="622" />
      <source>逾期天数</source>
      <translation>逾期天数</translation>
    </message>
    <message>
      <location filename="../core/overlay.py" line="43" />
      <source>采矿许可</source>
      <translation>采矿许可</translation>
    </message>
    <message>
      <location filename="../core/evidence.py" line="81" />
      <source>重复照片</source>
      <translation>重复照片</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="227" />
      <source>重复照片：与 {} 内容相同</source>
      <translation>重复照片：与 {} 内容相同</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="226" />
      <source>重复照片：与 {} 内容相同，同一照片关联了图斑 {} 和 {}</source>
      <translation>重复照片：与 {} 内容相同，同一照片关联了图斑 {} 和 {}</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="172" />
      <source>重大基础设施图斑整块扣除，其自身的拆除复耕、补办面积单列（ZDCCMJ/ZDBBMJ），不重复扣减。</source>
      <translation>重大基础设施图斑整块扣除，其自身的拆除复耕、补办面积单列（ZDCCMJ/ZDBBMJ），不重复扣减。</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="66" />
      <source>问责比例计算明细</source>
      <translation>问责比例计算明细</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="62" />
      <source>问责比例评估</source>
      <translation>问责比例评估</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="66" />
      <source>问责计算明细</source>
      <translation>问责计算明细</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="63" />
      <source>问责评估</source>
      <translation>问责评估</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <source>问题数</source>
      <translation>问题数</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="131" />
      <location filename="../core/reports/review.py" line="42" />
      <source>问题清单</source>
      <translation>问题清单</translation>
    </message>
    <message>
      <location filename="../core/photos.py" line="217" />
      <source>附近没有图斑，未关联</source>
      <translation>附近没有图斑，未关联</translation>
    </message>
    <message>
      <location filename="../core/patch_form.py" line="174" />
      <source>需集体会审</source>
      <translation>需集体会审</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <source>面积(亩)</source>
      <translation>面积(亩)</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="252" />
      <location filename="../core/reports/bulletin.py" line="170" />
      <source>面积单位</source>
      <translation>面积单位</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="351" />
      <source>页数</source>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../core/dossier.py" line="232" />
      <source>项目</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="37" />
      <source>预判与最终判定不一致的图斑</source>
      <translation>预判与最终判定不一致的图斑</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="493" />
      <source>预判：{}</source>
      <translation>预判：{}</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="92" />
      <source>（{}）{}：</source>
      <translation>（{}）{}：</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="43" />
      <source>（下发导入）</source>
      <translation>（下发导入）</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="30" />
      <source>（全县）</source>
      <translation>（全县）</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="166" />
      <source>（初稿）</source>
      <translation>（初稿）</translation>
    </message>
    <message>
      <location filename="../core/reports/review.py" line="128" />
      <source>（审核意见·初稿）</source>
      <translation>（审核意见·初稿）</translation>
    </message>
    <message>
      <location filename="../core/export_package.py" line="62" />
      <source>（强制导出）</source>
      <translation>（强制导出）</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="490" />
      <source>（按当前套合结果实时预判，未保存）</source>
      <translation>（按当前套合结果实时预判，未保存）</translation>
    </message>
    <message>
      <location filename="../core/judging.py" line="123" />
      <source>（未落乡镇）</source>
      <translation>（未落乡镇）</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="325" />
      <location filename="../ui/dock.py" line="327" />
      <source>（空）</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../core/reports/annual.py" line="79" />
      <source>，</source>
      <translation>，</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="60" />
      <source>，与上期（{}）持平</source>
      <translation>，与上期（{}）持平</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="62" />
      <source>，较上期（{}）{}{:.2f}个百分点</source>
      <translation>，较上期（{}）{}{:.2f}个百分点</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="102" />
      <source>；</source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../core/reports/bulletin.py" line="64" />
      <source>；{}。</source>
      <translation>；{}。</translation>
    </message>
  </context>
</TS>