"""The demonstration work package of `make demo` (tools/demo.py), built inside the running QGIS for the e2e scripts:
the sample county's batches imported, overlaid with its reference layers (remembered by the package), pre-judged,
split, judged by tools/simulate_judgments.py, with generated field photos linked.

    build(path)   -> path; does nothing when the package is there already (scripts of one test session share it)
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def tool(name):
    spec = importlib.util.spec_from_file_location("wpzf_e2e_" + name, os.path.join(ROOT, "tools", name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(path):
    if os.path.exists(path):
        return path
    import processing
    work = os.path.dirname(os.path.abspath(path))
    os.makedirs(work, exist_ok=True)
    county = tool("sample_county").generate(os.path.join(work, "sample"), size="small")
    for batch in county["batches"]:
        processing.run("wpzf:import_patches", {"INPUT": batch["path"], "WORKPACKAGE": path, "BATCH": batch["label"]})

    def reference(key):
        return "{}|layername={}".format(county["reference"], county["layers"][key])

    processing.run("wpzf:overlay", {
        "WORKPACKAGE": path, "LANDUSE": reference("landuse"), "LANDUSE_FIELD": "DLBM", "DEDUCT_TIANKAN": True,
        "FARMLAND": reference("farmland"), "REDLINE": reference("redline"),
        "APPROVALS": reference("approvals"), "APPROVAL_FIELD": "PZWH",
        "MINING": reference("mining"), "MINING_FIELD": "CKZH",
        "FACILITY": reference("facility"), "TEMPORARY": reference("temporary"),
        "TOWNSHIPS": reference("townships"), "TOWNSHIP_CODE_FIELD": "XZDM", "TOWNSHIP_NAME_FIELD": "XZMC"})
    processing.run("wpzf:prejudge", {"WORKPACKAGE": path})
    processing.run("wpzf:split_patches", {"WORKPACKAGE": path})
    tool("simulate_judgments").simulate(path, seed=7, today="2022-06-10")
    photos = os.path.join(work, "举证照片")
    tool("make_photos").generate(path, photos, per_patch=3, limit=40)
    processing.run("wpzf:link_photos", {"WORKPACKAGE": path, "FOLDER": photos, "MAX_DISTANCE": 50})
    return path
