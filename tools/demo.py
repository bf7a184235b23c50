"""`make demo`: generate the small sample county and run the whole monthly job on it, headless.

Every step goes through Processing exactly as a user (or qgis_process) would run it; outputs land in --out.
"""
import argparse
import os
import shutil
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, ".build", "plugins"))
sys.path.insert(1, "/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class PrintFeedback:
    """Processing feedback that prints what the algorithm reports."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def pushInfo(self, info):  # noqa: N802
                print("    " + info)

            def pushWarning(self, warning):  # noqa: N802
                print("    ! " + warning)

            def reportError(self, error, fatalError=False):  # noqa: N802,N803
                print("    !! " + error)

        return _Feedback()


def start_qgis():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from wpzf.processing.provider import WpzfProvider
    provider = WpzfProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def step(title, alg_id, params):
    import processing
    print("\n== {} ({})".format(title, alg_id))
    started = time.time()
    result = processing.run(alg_id, params, feedback=PrintFeedback())  # it reports its results itself
    print("   [{:.1f} s]".format(time.time() - started))
    return result


def load_tool(name):
    import importlib.util
    spec = importlib.util.spec_from_file_location("wpzf_tool_" + name, os.path.join(ROOT, "tools", name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_wp(path):
    from wpzf.core.store.workpackage import WorkPackage
    return WorkPackage(path)


def show_split(wp_path, county):
    """What wpzf:split_patches made: each split patch with its parts, their area and pre-judgment; the sample's
    deliberate cases (county.json "split") marked."""
    wp = load_wp(wp_path)
    parents = wp.patches(where="TBZT = '被拆分'", split_parents=True)
    deliberate = {e["JCBH"]: e["case"] for e in county.get("split", [])}
    parts = {}
    for unit in wp.patches(where="TBZT = '拆分'"):
        parts.setdefault(unit["_JCBH"], []).append(unit)
    print("   拆分结果：{} 个图斑拆为 {} 个子图斑".format(len(parents), sum(len(v) for v in parts.values())))
    for parent in sorted(parents, key=lambda r: r["JCBH"]):
        mark = "（样例特意设置：{}）".format(deliberate[parent["JCBH"]]) if parent["JCBH"] in deliberate else ""
        print("   {} {:.2f} 亩{}".format(parent["JCBH"], parent["TBMJ"] or 0.0, mark))
        for unit in sorted(parts.get(parent["JCBH"], []), key=lambda r: r["JCBH"]):
            print("     └ {} {:.2f} 亩  预判 {}/{}".format(unit["JCBH"], unit["TBMJ"] or 0.0, unit["YPPDLX"] or "",
                                                       unit["YPPDXL"] or ""))
    missing = sorted(set(deliberate) - {p["JCBH"] for p in parents})
    if missing:
        print("   ! 样例中应拆分却未拆分的图斑：{}".format("、".join(missing)))


def field_round_trip(wp_path, folder):
    """乡镇核查 (issue 16): packages to two townships, their simulated answers (城关镇 in Excel with a county edit
    made meanwhile: a conflict; 石桥镇 in QField with new photos and one bad value), imported back."""
    import datetime
    import glob
    from wpzf.core.fieldwork import conflicts, tracking
    print("\n== 乡镇核查往返：发出任务包，乡镇填报返回，导入")
    sent = step("生成乡镇核查任务包（城关镇、石桥镇）", "wpzf:field_package", {
        "WORKPACKAGE": wp_path, "TOWNSHIPS": "城关镇,石桥镇", "OUTPUT_FOLDER": folder})
    folders = {os.path.basename(p).split("_")[0]: p for p in sent["PACKAGES"].splitlines()}
    for name, path in folders.items():
        print("   {}：{}".format(name, os.path.relpath(path, folder)))
        for entry in sorted(os.listdir(path)):
            print("     {}".format(entry))
    wp = load_wp(wp_path)
    key = next(p["missing"][0] for p in tracking.sent_packages(wp) if p["XZMC"] == "城关镇")
    wp.update_patches({key: {"BZ": "县卫片办：已电话核实，当事人为某建材公司"}}, action="edit", user="县卫片办")
    print("   县里在任务包发出后改了图斑 {} 的备注（乡镇也会填它：冲突）".format(key))
    township = load_tool("simulate_township")
    today = datetime.date.today().isoformat()
    answer = township.simulate(folders["城关镇"], via="excel", today=today, make_zip=True, seed=3)
    print("   城关镇在任务表中填了 {} 个图斑，打包返回 {}".format(len(answer["written"]), os.path.basename(answer["zip"])))
    step("导入城关镇核查结果（zip）", "wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": answer["zip"]})
    answer = township.simulate(folders["石桥镇"], via="qfield", today=today, bad_value=True, photos=4, seed=5)
    print("   石桥镇用 QField 填了 {} 个图斑、拍了 {} 个文件（其中一个值不合规）".format(
        len(answer["written"]), answer["photos"]["files"]))
    try:
        step("导入石桥镇核查结果（全部或全不）", "wpzf:field_import", {"WORKPACKAGE": wp_path, "INPUT": folders["石桥镇"]})
    except Exception as exc:  # the bad value refuses the whole return: that is the point
        print("   未导入（工作库未改动）：\n     " + str(exc).strip().replace("\n", "\n     "))
    step("导入石桥镇核查结果（只导入无问题的图斑）", "wpzf:field_import", {
        "WORKPACKAGE": wp_path, "INPUT": folders["石桥镇"], "VALID_ONLY": True})
    step("再次导入城关镇的同一份返回（内容相同，不重复写入）", "wpzf:field_import", {
        "WORKPACKAGE": wp_path, "INPUT": glob.glob(os.path.join(folder, "*城关镇*_返回.zip"))[0]})
    rows = conflicts.list_conflicts(wp)
    print("\n== 待处理冲突（判定面板处理；core/fieldwork/conflicts.py）：{} 处".format(len(rows)))
    for row in rows:
        print("   {} {}：发出时“{}”，县里现为“{}”，{}返回“{}”".format(row["JCBH"], row["label"], row["SENT"] or "",
                                                         row["CURRENT"] or "", row["XZMC"], row["RETURNED"] or ""))
    if rows:
        conflicts.resolve(wp, rows[0]["_fid"], conflicts.KEEP_CURRENT, user="县卫片办")
        print("   已处理第一处：保留县级值")
    print("\n== 发出与返回（期限视图；core/fieldwork/tracking.py）")
    for pkg in tracking.sent_packages(wp):
        print("   {} {} 发出 {}，要求 {} 前返回：{}，返回 {}/{} 个图斑，未返回 {}".format(
            pkg["XZMC"], pkg["ID"], pkg["SENT_AT"], pkg["DUE"], pkg["STATE"], len(pkg["back"]), pkg["units"],
            "、".join(pkg["missing"]) or "无"))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=os.path.join(ROOT, "demo-out"))
    parser.add_argument("--size", default="small", choices=["small", "large"])
    parser.add_argument("--package", help="the work package to create instead of a GeoPackage in --out, e.g. a "
                        "PostgreSQL package postgresql://user@host/db?schema=wpzf_demo (the schema must not exist)")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    app, _provider = start_qgis()

    print("== 生成示范县样例数据 ({})".format(args.size))
    county = load_tool("sample_county").generate(os.path.join(out, "sample"), size=args.size)
    print("   {} {}，参考图层 {}，{} 个批次".format(county["county_code"], county["county_name"], county["reference"],
                                           len(county["batches"])))
    wp = args.package or os.path.join(out, "示范县_2022_工作库.gpkg")
    for batch in county["batches"]:
        step("导入监测图斑 {}（{}，{}）".format(batch["label"], batch["format"], batch["encoding"]),
             "wpzf:import_patches", {"INPUT": batch["path"], "WORKPACKAGE": wp, "BATCH": batch["label"]})
        if args.package and batch is county["batches"][0]:  # a database package keeps its files in a shared folder
            load_wp(wp).set_settings({"files_folder": out})
            wp = load_wp(wp).path

    ref = county["reference"]
    layers = county["layers"]

    def reference(key):
        return "{}|layername={}".format(ref, layers[key])

    step("套合分析（椭球面积，亩）", "wpzf:overlay", {
        "WORKPACKAGE": wp, "LANDUSE": reference("landuse"), "LANDUSE_FIELD": "DLBM", "DEDUCT_TIANKAN": True,
        "FARMLAND": reference("farmland"), "REDLINE": reference("redline"),
        "APPROVALS": reference("approvals"), "APPROVAL_FIELD": "PZWH",
        "MINING": reference("mining"), "MINING_FIELD": "CKZH",
        "FACILITY": reference("facility"), "TEMPORARY": reference("temporary"),
        "TOWNSHIPS": reference("townships"), "TOWNSHIP_CODE_FIELD": "XZDM", "TOWNSHIP_NAME_FIELD": "XZMC"})
    step("预判（带理由）", "wpzf:prejudge", {"WORKPACKAGE": wp})
    # a patch only partly inside an approval (or across an approval and a facility filing) is cut into parts, each
    # overlaid and pre-judged at once; the simulated technicians then judge the parts like any patch
    step("图斑拆分（沿批准、采矿许可、设施农用地备案、临时用地范围，工作库记录的图层）", "wpzf:split_patches",
         {"WORKPACKAGE": wp})
    show_split(wp, county)

    print("\n== 模拟技术人员判定（tools/simulate_judgments.py，确定性）")
    print("   {}".format(load_tool("simulate_judgments").simulate(wp, seed=7, today="2022-06-10")))
    photos = os.path.join(out, "举证照片 原始")
    made = load_tool("make_photos").generate(wp, photos, per_patch=3, limit=40)
    print("   生成 {} 张带 EXIF 的外业照片 → {}".format(len(made), photos))
    step("关联举证照片", "wpzf:link_photos", {"WORKPACKAGE": wp, "FOLDER": photos, "MAX_DISTANCE": 50})

    step("月核自检", "wpzf:selfcheck", {"WORKPACKAGE": wp, "TODAY": "2022-06-10",
                                    "OUTPUT": os.path.join(out, "自检问题.gpkg"),
                                    "OUTPUT_XLSX": os.path.join(out, "自检问题清单.xlsx")})
    step("问责比例与乡镇排名", "wpzf:accountability", {"WORKPACKAGE": wp, "YEAR": 2022,
                                             "OUTPUT": os.path.join(out, "问责比例.gpkg"),
                                             "OUTPUT_XLSX": os.path.join(out, "问责比例.xlsx")})
    step("上报成果包（自检有严重问题时强制导出，仅演示）", "wpzf:export", {
        "WORKPACKAGE": wp, "OUTPUT_FOLDER": os.path.join(out, "上报成果"), "FORCE": True, "ZIP": True})
    step("上报成果包，被拆分图斑按原图斑一行（报送格式 parent）", "wpzf:export", {
        "WORKPACKAGE": wp, "OUTPUT_FOLDER": os.path.join(out, "上报成果_原图斑一行"), "PROFILE": "parent",
        "FORCE": True})
    some = ",".join(sorted(load_wp(wp).jcbh_list())[:3])
    step("一图斑一卷宗（前 3 个图斑）", "wpzf:dossier", {"WORKPACKAGE": wp, "JCBH": some,
                                              "OUTPUT_FOLDER": os.path.join(out, "卷宗")})
    docs = os.path.join(out, "通报与报告")
    today = "2022-06-10"  # the simulated judgments stop here: deadlines count from this day
    step("乡镇通报 2022 年第一季度", "wpzf:bulletin", {"WORKPACKAGE": wp, "PERIOD": "2022Q1", "OUTPUT_FOLDER": docs,
                                                  "DATE": today})
    step("季度小结", "wpzf:quarterly_review", {"WORKPACKAGE": wp, "PERIOD": "2022Q1", "OUTPUT_FOLDER": docs,
                                           "DATE": today})
    step("半年度报告", "wpzf:annual_report", {"WORKPACKAGE": wp, "PERIOD": "2022H1", "OUTPUT_FOLDER": docs,
                                         "DATE": today})
    step("军用土地登记表", "wpzf:military_register", {"WORKPACKAGE": wp, "PERIOD": "2022", "OUTPUT_FOLDER": docs})
    step("挂图作战图集", "wpzf:battle_map", {"WORKPACKAGE": wp, "PERIOD": "2022Q1", "DATE": today,
                                        "TOWNSHIPS": reference("townships"),
                                        "OUTPUT": os.path.join(docs, "挂图作战.pdf")})

    field_round_trip(wp, os.path.join(out, "乡镇核查"))

    print("\n演示完成，结果在 {}".format(out))
    app.exitQgis()


if __name__ == "__main__":
    main()
