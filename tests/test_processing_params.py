"""The period documents' parameters come from processing/base.py's factories and stay the stable interface (names,
texts, defaults, optional); algorithm files do not import each other."""
import ast
import glob
import os

import pytest
from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterFolderDestination

from conftest import ROOT

PERIODIC = {"bulletin": "统计期（月：2022-03；季度：2022Q1）", "quarterly_review": "季度（如 2022Q1 或 2022年第一季度）",
            "annual_report": "统计期（上半年：2022H1；全年：2022）"}
DATE_TEXT = "数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期"
DOC_NUMBER_TEXT = "文号（空 = 县名卫片办〔年〕序号号）"


def test_algorithm_files_do_not_import_each_other():
    for path in sorted(glob.glob(os.path.join(ROOT, "processing", "alg_*.py"))):
        tree = ast.parse(open(path, encoding="utf-8").read())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [a.name for a in node.names]
                assert not any(n.split(".")[-1].startswith("alg_") for n in names), (path, names)


@pytest.mark.parametrize("alg_id", sorted(PERIODIC))
def test_period_parameters_are_the_stable_interface(qgis_processing, alg_id):
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().createAlgorithmById("wpzf:" + alg_id)
    params = [(d.name(), d.description(), d.defaultValue(),
               bool(d.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional))
              for d in alg.parameterDefinitions()]
    assert params[0][0] == "WORKPACKAGE"  # add_workpackage_parameter's own (GeoPackage or PostgreSQL)
    assert params[1:] == [("PERIOD", PERIODIC[alg_id], None, False),
                          ("OUTPUT_FOLDER", "输出文件夹", None, False),
                          ("DATE", DATE_TEXT, None, True),
                          ("DOC_NUMBER", DOC_NUMBER_TEXT, None, True)]
    assert isinstance(alg.parameterDefinition("OUTPUT_FOLDER"), QgsProcessingParameterFolderDestination)


@pytest.mark.parametrize("alg_id", ["export", "dossier", "field_package", "military_register"])
def test_output_folder_of_the_other_writers(qgis_processing, alg_id):
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().createAlgorithmById("wpzf:" + alg_id)
    definition = alg.parameterDefinition("OUTPUT_FOLDER")  # owned by alg: keep it alive
    assert isinstance(definition, QgsProcessingParameterFolderDestination)
    assert definition.description() == "输出文件夹" and not definition.flags() & \
        QgsProcessingParameterDefinition.Flag.FlagOptional
