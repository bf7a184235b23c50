"""Translations: the .ts files are complete and consistent, and the compiled .qm files work at run time.

The .qm files are built here with lrelease into a temporary folder (never from a previous `make i18n`), so the test
checks what the committed .ts files produce. Every translator installed here is removed again, so the other tests
keep seeing Chinese.
"""
import os
import shutil
import string
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from conftest import ROOT, load_tool

I18N = os.path.join(ROOT, "i18n")
LANGS = ("en", "zh_CN")


def read_ts(lang):
    """{(context, source): (translation text, type attribute)} of i18n/wpzf_<lang>.ts."""
    found = {}
    for ctx in ET.parse(os.path.join(I18N, "wpzf_{}.ts".format(lang))).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            found[(name, msg.findtext("source"))] = (tr.text or "", tr.get("type"))
    return found


def placeholders(text):
    """str.format fields as (field, conversion, spec), auto-numbered ones given their position, sorted: a translation
    may reorder with explicit indexes ({1} ... {0}) but must use the same fields with the same formats."""
    fields, auto = [], 0
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if name == "":
            name, auto = str(auto), auto + 1
        fields.append((name, conversion or "", spec or ""))
    return sorted(fields)


@pytest.fixture(scope="module")
def qm_files(tmp_path_factory):
    lrelease = shutil.which("lrelease")
    assert lrelease, "lrelease not found: install qttools5-dev-tools (make deps)"
    out = tmp_path_factory.mktemp("qm")
    paths = {}
    for lang in LANGS:
        paths[lang] = str(out / "wpzf_{}.qm".format(lang))
        subprocess.run([lrelease, "-silent", os.path.join(I18N, "wpzf_{}.ts".format(lang)), "-qm", paths[lang]],
                       check=True)
    return paths


@pytest.fixture
def translator(qm_files):
    """Install the translator of one language for the duration of a test."""
    installed = []

    def install(lang):
        tr = QTranslator()
        assert tr.load(qm_files[lang]), qm_files[lang]
        assert not tr.isEmpty()
        assert QCoreApplication.installTranslator(tr)
        installed.append(tr)
        return tr

    yield install
    for tr in installed:
        QCoreApplication.removeTranslator(tr)


def lookup(translator, context, source):
    """QTranslator.translate takes C strings: PyQt would encode str as ASCII, so pass UTF-8 bytes."""
    return translator.translate(context.encode("utf-8"), source.encode("utf-8"))


def en_text(context, source):
    text, kind = read_ts("en")[(context, source)]
    assert text and kind is None
    return text


# ----- the .ts files ---------------------------------------------------------------------------------------------
def test_every_english_message_is_translated_with_the_same_placeholders():
    en = read_ts("en")
    assert len(en) > 100
    unfinished = [src for (_ctx, src), (text, kind) in en.items() if kind or not text.strip()]
    assert not unfinished, "untranslated in wpzf_en.ts: {}".format(unfinished[:20])
    mismatched = [(src, text) for (_ctx, src), (text, _k) in en.items() if placeholders(src) != placeholders(text)]
    assert not mismatched, mismatched[:20]
    # every line break of the source survives (multi-line messages stay multi-line)
    assert [src for (_c, src), (text, _k) in en.items() if src.count("\n") != text.count("\n")] == []


def test_placeholder_check_catches_a_dropped_or_changed_field():
    assert placeholders("图斑 {} 的 {}") == placeholders("{1} of patch {0}")
    assert placeholders("面积 {:.2f}") != placeholders("area {}")
    assert placeholders("{} 与 {}") != placeholders("{} and")
    assert placeholders("{n}个") != placeholders("{m}")


def test_both_languages_hold_the_same_messages_and_zh_cn_is_identity():
    en, zh = read_ts("en"), read_ts("zh_CN")
    assert set(en) == set(zh)
    assert [key for key, (text, kind) in zh.items() if text != key[1] or kind] == []


def test_every_string_in_the_code_has_an_english_translation():
    """What tools/i18n_update.py extracts from the code now is all in wpzf_en.ts, translated (a string added to the
    code without re-running the tool and translating shows up here)."""
    tool = load_tool("i18n_update")
    messages = {}
    for path in tool.source_files():
        for ctx, text, _line in (tool.extract_ui(path) if path.endswith(".ui") else tool.extract(path)):
            messages.setdefault((ctx, text), path)
    trees = tool._trees()
    module_names, class_attrs = tool.indirect_names(trees)
    for path, tree in trees.items():
        for ctx, text, _line in tool.extract_indirect(path, tree, module_names.get(path, set()), class_attrs):
            messages.setdefault((ctx, text), path)
    en = read_ts("en")
    missing = sorted((os.path.relpath(path, ROOT), ctx, text) for (ctx, text), path in messages.items()
                     if (ctx, text) not in en or en[(ctx, text)][1] or not en[(ctx, text)][0])
    assert not missing, "run tools/i18n_update.py and translate: {}".format(missing[:20])
    # the algorithms' names are extracted too (they live in class attributes, not in tr() calls)
    assert ("ImportPatchesAlgorithm", "导入监测图斑") in messages


# ----- the compiled translations at run time ---------------------------------------------------------------------
def test_compiled_english_translates_every_message(translator):
    tr = translator("en")
    wrong = [(ctx, src) for (ctx, src), (text, _k) in read_ts("en").items() if lookup(tr, ctx, src) != text]
    assert wrong == []


def test_algorithm_name_and_parameters_in_english(qgis_processing, translator):
    from qgis.core import QgsApplication
    translator("en")
    registry = QgsApplication.processingRegistry()
    alg = registry.createAlgorithmById("wpzf:import_patches")
    assert alg.displayName() == en_text("ImportPatchesAlgorithm", "导入监测图斑")
    assert alg.group() == en_text("ImportPatchesAlgorithm", "1 数据准备")
    assert alg.parameterDefinition("BATCH").description() == en_text("ImportPatchesAlgorithm", "批次（如 2022-01）")
    assert alg.parameterDefinition("INPUT").description() == \
        en_text("ImportPatchesAlgorithm", "下发监测图斑（shp / gpkg，经纬度或投影）")
    assert all(ord(ch) < 0x3000 for ch in alg.displayName() + alg.parameterDefinition("BATCH").description())
    # a string written by the base class is found under the base class's context
    export = registry.createAlgorithmById("wpzf:export")
    assert export.parameterDefinition("WORKPACKAGE").description() == en_text("WpzfAlgorithm",
                                                                              "工作库 (GeoPackage 或 PostgreSQL)")


def test_core_message_in_english(translator):
    from wpzf.core.i18n import tr
    translator("en")
    assert tr("未选择图斑") == en_text("wpzf", "未选择图斑")
    message = tr("图斑 {} 有未保存的修改。保存吗？").format("450199-0001")
    assert message == en_text("wpzf", "图斑 {} 有未保存的修改。保存吗？").format("450199-0001")
    assert "450199-0001" in message and "保存" not in message
    # reordered fields still land in their places
    reordered = tr("{} 返回的任务包 {} 有 {} 处问题，未导入任何内容（工作库未改动）。请乡镇改正后重新返回，"
                   "或选择“只导入无问题的图斑”：").format("城关镇", "P-0001", 2)
    assert reordered.index("P-0001") < reordered.index("城关镇")


def test_chinese_translator_leaves_chinese(qgis_processing, translator):
    from qgis.core import QgsApplication
    from wpzf.core.i18n import tr
    zh = translator("zh_CN")
    wrong = [(ctx, src) for (ctx, src) in read_ts("zh_CN") if lookup(zh, ctx, src) != src]
    assert wrong == []
    assert tr("未选择图斑") == "未选择图斑"
    alg = QgsApplication.processingRegistry().createAlgorithmById("wpzf:import_patches")
    assert alg.displayName() == "导入监测图斑"
    assert alg.parameterDefinition("BATCH").description() == "批次（如 2022-01）"


def test_translators_are_removed_after_use():
    """Runs after the tests above (file order): the other tests see Chinese again."""
    from wpzf.core.i18n import tr
    assert tr("未选择图斑") == "未选择图斑"
    assert QCoreApplication.translate("ImportPatchesAlgorithm", "导入监测图斑") == "导入监测图斑"
