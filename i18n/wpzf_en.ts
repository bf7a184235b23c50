<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>AccountabilityAlgorithm</name>
    <message>
      <location filename="../processing/alg_accountability.py" line="28" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="31" />
      <source>全县是否纳入问责（1=是）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="30" />
      <source>全县违法占用耕地比例(%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="63" />
      <source>起始月份 {} 晚于截止月份 {}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="28" />
      <source>问责比例 Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_accountability.py" line="26" />
      <source>问责比例表</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportAlgorithm</name>
    <message>
      <location filename="../processing/alg_export.py" line="29" />
      <source>zip 文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="32" />
      <source>严重问题数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="26" />
      <source>只导出这些乡镇（代码或名称，逗号分隔，空 = 全部）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="24" />
      <source>只导出这些批次（逗号分隔，空 = 全部）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="27" />
      <source>同时打包为 zip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="30" />
      <source>导出图斑数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="31" />
      <source>导出照片数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="22" />
      <source>强制导出（自检有严重问题时仍导出，问题清单随包导出）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="28" />
      <source>成果包文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="20" />
      <source>报送格式（空 = 默认；或格式名 / .json 文件路径）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_export.py" line="18" />
      <source>输出文件夹</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportPatchesAlgorithm</name>
    <message>
      <location filename="../processing/alg_import_patches.py" line="19" />
      <source>下发监测图斑（shp / gpkg，经纬度或投影）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="29" />
      <source>修复几何数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="23" />
      <source>属性编码（空 = 自动识别）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="30" />
      <source>工作库</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="26" />
      <source>工作库坐标系（空 = 数据所在 CGCS2000 三度带）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="20" />
      <source>工作库（不存在时新建）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="21" />
      <source>批次（如 2022-01）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="27" />
      <source>新增图斑数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="23" />
      <source>自动识别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_import_patches.py" line="28" />
      <source>重复下发图斑数</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkPhotosAlgorithm</name>
    <message>
      <location filename="../processing/alg_link_photos.py" line="22" />
      <source>图斑外照片的最大关联距离（米）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="19" />
      <source>照片文件夹（含子文件夹，JPG）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_link_photos.py" line="27" />
      <source>需处理的照片</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrejudgeAlgorithm</name>
    <message>
      <location filename="../processing/alg_prejudge.py" line="45" />
      <source>给图斑图层时请指定预判结果输出（OUTPUT）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="39" />
      <source>预判 {} 个图斑：合法 {}、违法 {}、其他用地 {}；有标识 {} 个。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_prejudge.py" line="22" />
      <source>预判结果（仅给图斑图层时）</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SelfcheckAlgorithm</name>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="33" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="23" />
      <source>举证照片点图层（给图斑图层时可选；空则不查举证照片）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="29" />
      <source>批次月份（空 = 按各图斑批次，如 2022-03）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="50" />
      <source>未给举证照片图层，跳过举证照片检查（E 类规则）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="63" />
      <source>检查 {} 个图斑：严重 {}、警告 {}、提示 {}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="27" />
      <source>检查日期（空 = 今天，如 2022-05-15）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="33" />
      <source>问题清单 Excel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/alg_selfcheck.py" line="31" />
      <source>问题表</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WpzfAlgorithm</name>
    <message>
      <location filename="../processing/base.py" line="76" />
      <source>工作库 (GeoPackage)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WpzfProvider</name>
    <message>
      <location filename="../processing/provider.py" line="43" />
      <source>卫片执法</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/provider.py" line="46" />
      <source>卫片执法 (WPZF)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>wpzf</name>
    <message>
      <location filename="../core/patch_import.py" line="161" />
      <source>JCBH {} 在本批次中重复（{} 与 {}）。请核对下发数据，删除或更正重复的图斑。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="238" />
      <source>shapefile 编码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="70" />
      <source>{:.0f}°（至少 {:g}°）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="97" />
      <source>{} 不是卫片执法工作库（缺少 {}）。请选择由本插件创建的工作库。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="203" />
      <source>{} 个字段值无法按报送格式写出，导出已停止（未写任何文件）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="91" />
      <source>{} 也关联了 {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="68" />
      <source>{} 张（至少 {} 张）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="158" />
      <source>{}：JCBH 为空。请补填监测编号后重新导入。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="145" />
      <source>{}：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="279" />
      <source>{}：文件损坏或不是 JPEG（{}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="144" />
      <source>{}：文件损坏或不是 JPEG（{}），已记录未关联</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="293" />
      <source>{}：没有 GPS 坐标，已入库但未关联</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="143" />
      <source>{}：没有 GPS 坐标，已入库但未关联，请在判定面板中手动关联</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="142" />
      <source>{}：超出关联距离，{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="240" />
      <source>严重 {}、警告 {}、提示 {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <source>严重程度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <location filename="../core/judging.py" line="135" />
      <source>个</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="222" />
      <source>举证照片</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="134" />
      <source>乡镇</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="178" />
      <source>乡镇排名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="239" />
      <source>亩（保留两位小数，四舍五入）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="165" />
      <source>全年</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="89" />
      <location filename="../core/export_package.py" line="89" />
      <location filename="../core/export_package.py" line="235" />
      <source>全部</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="71" />
      <location filename="../plugin.py" line="106" />
      <source>关于卫片执法</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="136" />
      <source>关联 {} 张，超出距离未关联 {} 张，无 GPS {} 张，损坏 {} 个，重复 {} 张，已存在未变 {} 张</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="240" />
      <source>关联距离不能为负：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="224" />
      <source>写出 shapefile…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="233" />
      <source>写出台账…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_shapefile.py" line="99" />
      <source>写出的 shapefile {} 要素数 {} 与应导出的 {} 不符。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="61" />
      <source>判定面板</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="90" />
      <location filename="../plugin.py" line="91" />
      <source>判定面板不可用：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="59" />
      <location filename="../plugin.py" line="91" />
      <source>卫片执法</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="107" />
      <source>卫片执法 (WPZF) {}
县级自然资源卫片执法：导入、套合、判定、举证、自检、问责、卷宗、上报。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="162" />
      <source>压缩…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="236" />
      <source>县级行政区</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="80" />
      <source>后时相为空，无法核对</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="242" />
      <source>否</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="133" />
      <source>图层“{}”不是面图层，监测图斑应为面。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="163" />
      <source>图层“{}”声明为投影坐标（{}），但坐标值像经纬度（范围 {}）。请将其 CRS 设为 EPSG:4490（CGCS2000 经纬度）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="159" />
      <source>图层“{}”声明为经纬度坐标（{}），但坐标值像投影坐标（范围 {}）。请为其设置正确的投影坐标系（如 CGCS2000 三度带）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="135" />
      <source>图层“{}”没有任何图斑（空图层），请检查是否选错文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="142" />
      <source>图层“{}”缺少下发字段：{}（导入后为空）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="138" />
      <source>图层“{}”缺少字段 JCBH（监测编号）。现有字段：{}。请确认这是下发的监测图斑，或把编号字段改名为 JCBH。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="151" />
      <source>图层“{}”（{}）没有坐标参考系（缺少 .prj）。请在 QGIS 图层属性中设置正确的 CRS（下发图斑通常为 EPSG:4490 CGCS2000 经纬度）后重试。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="129" />
      <source>图层自身编码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_shapefile.py" line="106" />
      <source>图斑 {} 字段 {} 写出后读回不一致（{!r} ≠ {!r}），shapefile 编码有误。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_form.py" line="150" />
      <source>图斑 {} 的“{}”值“{}”无效，请更正后再保存</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="319" />
      <source>图斑 {} 的字段值无效：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="197" />
      <source>图斑 {}：{}（{}）{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="178" />
      <source>图斑 {}：举证照片文件不存在：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="174" />
      <source>图斑 {}：几何无效且无法自动修复（修复后为空）。请在 QGIS 中手工修正。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="106" />
      <source>图斑 {}：几何无效（{}），已自动修复，面积 {:.2f} → {:.2f} 平方米</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="170" />
      <source>图斑 {}：坐标转换失败，请检查图层 CRS。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="167" />
      <source>图斑 {}：没有几何图形。请补绘或从下发数据中恢复。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="173" />
      <source>图斑 {}：没有图形，无法写入 shapefile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="289" />
      <source>图斑 {}：照片 {} 在挂接后被改动过（SHA-256 与工作库记录不符）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="36" />
      <source>图斑图层缺少监测编号字段 JCBH，无法在结果中指明图斑。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="237" />
      <source>图斑数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="89" />
      <source>均晚于后时相 {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="238" />
      <source>坐标系</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="181" />
      <source>增违挂钩</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="184" />
      <source>增违挂钩按月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="230" />
      <source>复制举证照片…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="57" />
      <source>导出 {} 个图斑、{} 张照片，共 {} 个文件；自检：严重 {}、警告 {}、提示 {}{}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="236" />
      <source>导出时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_form.py" line="305" />
      <source>尚未套合分析，无预判（请先运行“套合分析”和“预判”）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="93" />
      <source>属性仅含 ASCII 字符</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="91" />
      <source>工作库不存在：{}。请先用“导入监测图斑”创建工作库。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="312" />
      <source>工作库中没有图斑 {}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="326" />
      <source>工作库中没有这些图斑：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="115" />
      <source>工作库已使用坐标系 {}，忽略参数 TARGET_CRS={}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="341" />
      <source>已从图斑 {} 手动移除</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="334" />
      <source>已取消导出，未写出任何文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="257" />
      <location filename="../core/photos.py" line="300" />
      <source>已取消照片关联，工作库未改动。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="152" />
      <location filename="../core/patch_import.py" line="199" />
      <source>已取消，工作库未改变。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="170" />
      <source>已补办手续只扣分子；已拆除复耕、重大基础设施（省级评估除外）分子分母同时扣除；存量违法与农业项目破坏耕地分子分母均不计入。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="242" />
      <source>强制导出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="207" />
      <source>手动关联（照片无 GPS 坐标）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="179" />
      <source>扣减明细</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="186" />
      <source>批次“{}”（{}）有 {} 个问题，未导入任何图斑：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="113" />
      <source>批次月份“{}”无法识别，请写成 2022-03 的形式。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="235" />
      <source>批次：{}；乡镇：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/reports/charts.py" line="31" />
      <source>找不到中文字体，图表无法显示中文。请安装 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="237" />
      <source>报送格式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="80" />
      <location filename="../core/evidence.py" line="87" />
      <location filename="../core/evidence.py" line="89" />
      <source>拍摄时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="82" />
      <source>按 .cpg 文件声明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="91" />
      <source>按 DBF 语言驱动标识</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="134" />
      <source>按乡镇汇总</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="132" />
      <source>按参数指定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="88" />
      <source>按所选条件没有图斑可导出（批次：{}；乡镇：{}）。工作库中的批次：{}；乡镇：{}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>按规则汇总</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="167" />
      <source>政策年度 {}（{}）。来源：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="129" />
      <source>政策年度 {}，检查日期 {}。来源：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="69" />
      <source>数据有误，未写入任何结果：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="125" />
      <source>文件不存在：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="244" />
      <source>文件夹 {} 中没有 JPG 照片。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="107" />
      <source>文件已存在：{}，不会覆盖。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="277" />
      <source>文件损坏或不是 JPEG：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="35" />
      <source>新增 {} 个图斑，重复下发 {} 个（保留原判定与举证），修复几何 {} 处；编码 {}（{}）；坐标系 {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="198" />
      <source>方位角为磁北方向</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="200" />
      <source>方位角取自无人机 XMP 云台偏航角</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="70" />
      <location filename="../core/evidence.py" line="73" />
      <source>方位角跨度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="90" />
      <source>无</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="101" />
      <source>无 .cpg，按内容识别为 GBK/GB18030</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="96" />
      <source>无 .cpg，按内容识别为 UTF-8</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="88" />
      <source>无 .dbf 文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="209" />
      <source>无 GPS 坐标，未关联；请在判定面板中手动关联</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="75" />
      <source>无位置信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="86" />
      <source>无拍摄时间：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/xlsx.py" line="138" />
      <source>无法写入 {}：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/xlsx.py" line="143" />
      <source>无法写入 {}：{}（文件是否已在 Excel 中打开？）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="191" />
      <source>无法打开工作库 {}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="189" />
      <source>无法打开工作库 {}：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="103" />
      <source>无法识别编码，按 UTF-8 读取（可能有乱码，请用 ENCODING 参数指定）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="128" />
      <source>无法读取图层：{}。请确认文件完整（.shp/.shx/.dbf 齐全）且格式受支持。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="264" />
      <source>无法读取文件：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="92" />
      <source>无（请先运行套合分析）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="103" />
      <source>日期“{}”无法识别，请写成 2022-05-15 的形式。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="84" />
      <source>早于后时相 {}：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="242" />
      <source>是</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="77" />
      <source>最远 {:.1f} 米（不超过 {:g} 米）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="73" />
      <source>有方位角的照片 {} 张，无法判断多方向</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="313" />
      <source>未知字段：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="107" />
      <source>未知错误</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="180" />
      <source>模拟整改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="174" />
      <source>模拟整改：单独采取该项措施、最少需再整改的耕地面积（精确到 0.01 亩），面积降到阈值以下或比例降到 {}% 以下即不纳入问责。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="168" />
      <source>比例 = 违法占用耕地 ÷ 新增建设占用耕地（扣减后）；面积达到阈值且比例 ≥ {}% 纳入问责。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/xlsx.py" line="91" />
      <source>没有要写入 Excel 的内容。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="322" />
      <source>照片 {} 无法读取（{}），未添加任何照片。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="68" />
      <source>照片数量</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="40" />
      <source>照片文件夹不存在：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/workpackage.py" line="465" />
      <source>照片记录 {} 不存在。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="243" />
      <source>生成软件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="130" />
      <location filename="../core/workpackage.py" line="213" />
      <source>监测图斑</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="120" />
      <source>目标坐标系 {} 无效或不是投影坐标系；请选择 CGCS2000 三度带投影（EPSG:4513–4554）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="156" />
      <source>第 {} 个要素（FID {}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/provider.py" line="29" />
      <source>算法模块 {} 未加载：{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/layers.py" line="29" />
      <source>经度 {:.4f} 不在中国 CGCS2000 三度带范围内（75°E–135°E），请检查数据坐标。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/xlsx.py" line="89" />
      <source>缺少 openpyxl，无法写 Excel（Debian：apt install python3-openpyxl）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="240" />
      <source>自检</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="132" />
      <source>自检…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="137" />
      <source>自检发现 {} 个严重问题，导出已停止。请整改后再导出；确需带问题报送时勾选“强制导出”（FORCE），问题清单会随成果包一起导出。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="236" />
      <source>范围</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>规则名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="132" />
      <source>规则编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="248" />
      <source>警告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="252" />
      <source>计算 SHA-256 清单…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="29" />
      <source>请只给图斑图层或工作库之一，不要同时给两个。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_import.py" line="194" />
      <source>请填写批次名称（BATCH），例如 2022-01。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/judging_params.py" line="34" />
      <source>请给出图斑图层（INPUT）或工作库（WORKPACKAGE）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="127" />
      <source>读取工作库…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="75" />
      <location filename="../core/evidence.py" line="77" />
      <source>距图斑距离</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="215" />
      <source>距最近图斑 {} 为 {:.1f} 米，超过 {:g} 米，未关联</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/evidence.py" line="91" />
      <source>重复照片</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="228" />
      <source>重复照片：与 {} 内容相同</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="227" />
      <source>重复照片：与 {} 内容相同，同一照片关联了图斑 {} 和 {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="172" />
      <source>重大基础设施图斑整块扣除，其自身的拆除复耕、补办面积单列（ZDCCMJ/ZDBBMJ），不重复扣减。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="133" />
      <source>问题数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="131" />
      <source>问题清单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/photos.py" line="218" />
      <source>附近没有图斑，未关联</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/patch_form.py" line="168" />
      <source>需集体会审</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="239" />
      <source>面积单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/export_package.py" line="59" />
      <source>（强制导出）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/judging.py" line="123" />
      <source>（未落乡镇）</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>