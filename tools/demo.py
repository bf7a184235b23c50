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
    result = processing.run(alg_id, params, feedback=PrintFeedback())
    shown = {k: v for k, v in result.items() if not hasattr(v, "fields")}
    print("   -> {} [{:.1f} s]".format(shown, time.time() - started))
    return result


def load_tool(name):
    import importlib.util
    spec = importlib.util.spec_from_file_location("wpzf_tool_" + name, os.path.join(ROOT, "tools", name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=os.path.join(ROOT, "demo-out"))
    parser.add_argument("--size", default="small", choices=["small", "large"])
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
    wp = os.path.join(out, "示范县_2022_工作库.gpkg")
    for batch in county["batches"]:
        step("导入监测图斑 {}（{}，{}）".format(batch["label"], batch["format"], batch["encoding"]),
             "wpzf:import_patches", {"INPUT": batch["path"], "WORKPACKAGE": wp, "BATCH": batch["label"]})

    print("\n演示完成，结果在 {}".format(out))
    app.exitQgis()


if __name__ == "__main__":
    main()
