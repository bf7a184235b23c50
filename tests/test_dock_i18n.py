"""The dock in English (issue 14): every label, value, live-check message and pre-judgment reason it shows goes
through tr() with literal strings the extractor finds, and the stored values stay Chinese. The tables of literals
(core/patch_form.FIELD_LABELS, ui/texts.VALUES and MESSAGES) are checked against what rules/ can produce, so a new
value or message in rules/ without its entry fails here."""
import ast
import os
import re

import pytest

from conftest import ROOT
from test_dock_layout import package  # noqa: F401 - fixture
from test_i18n import qm_files, translator  # noqa: F401 - fixtures

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_CONVERSION = re.compile(r"%(?:\.\d+)?0?\d*[sdrgf]")
# building blocks, not sentences: a parenthesis, a range, the "patch: message" frame the dock strips, the parts of
# a rules error's prefix (rules/errors.py joins "图斑 %s" and "字段 %s" with "，" before "%s：%s": MESSAGES holds the
# COMPOSED frames)
GENERIC = {"（{}）", "{}（{}）", "{}–{}", "图斑 {}：{}", "图斑 {}", "字段 {}", "{}：{}"}
COMPOSED = {"图斑 {}，字段 {}：{}", "字段 {}：{}"}


def rules_sentences():
    """The Chinese sentence templates rules/ writes into messages and reasons, as {} templates (adjacent values as
    one), from the source: %-formatted literals, literals yielded, appended or raised as RuleInputError, the
    pre-judgment's evidence table."""
    found = set()
    for name in ("selfcheck", "prejudge", "values", "errors"):
        tree = ast.parse(open(os.path.join(ROOT, "rules", name + ".py"), encoding="utf-8").read())
        titles = {id(n.args[2]) for n in ast.walk(tree) if isinstance(n, ast.Call)
                  and getattr(n.func, "id", None) == "rule" and len(n.args) == 3}
        for node in ast.walk(tree):
            literal = None
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
                literal = node.left if id(node) not in titles else None
            elif isinstance(node, ast.Yield) and node.value is not None:
                first = node.value.elts[0] if isinstance(node.value, ast.Tuple) else node.value
                options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
                for option in options:
                    if isinstance(option, ast.Constant):
                        found.add(option.value)
            elif isinstance(node, ast.Call) and node.args and (getattr(node.func, "attr", None) == "append" or
                                                                getattr(node.func, "id", None) == "RuleInputError"):
                literal = node.args[0]
            elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "_EVIDENCE" for t in node.targets):
                found.update(v.value for v in node.value.values)
            if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                found.add(literal.value)
    out = set()
    for text in found:
        if not isinstance(text, str) or not CJK.search(text):
            continue
        text = _CONVERSION.sub("{}", text).replace("%%", "%")
        while "{}{}" in text:
            text = text.replace("{}{}", "{}")
        if text.startswith("图斑 {}：") and text != "图斑 {}：{}":
            text = text[len("图斑 {}："):]
        out.add(text)
    return out - GENERIC


# ----- the tables cover rules/ --------------------------------------------------------------------------------------
def test_field_labels_are_the_aliases_and_cover_what_the_dock_shows():
    from wpzf.ui import patch_form as pf
    from wpzf.rules import fields as F
    assert {k: v for k, v in pf.FIELD_LABELS.items() if k in F.ALIASES} == \
        {k: F.ALIASES[k] for k in pf.FIELD_LABELS if k in F.ALIASES}
    shown = set(pf.EDIT_NAMES) | set(pf.INFO_FIELDS) | set(pf.OVERLAY_FIELDS) | set(pf.PREJUDGE_FIELDS)
    assert shown - set(pf.FIELD_LABELS) == set()
    assert pf.PHOTO_LABELS == {f[0]: f[4] for f in F.PHOTO_FIELDS}


def test_values_cover_every_list_of_the_rules():
    from wpzf.rules import categories as cat
    from wpzf.rules import fields as F
    from wpzf.rules import prejudge, selfcheck, tblx
    from wpzf.ui.texts import VALUES
    lists = (cat.PDLX + [s for subs in cat.PDXL.values() for s in subs] + cat.XZCL + cat.HSZT + cat.ZGCS + cat.ZGZT
             + list(getattr(F, "SDXZ_VALUES", [])) + [F.PART, F.SPLIT_PARENT] + prejudge.FLAGS
             + selfcheck.SEVERITIES + F.ATTACHMENT_KINDS + list(tblx.TYPES.values()) + ["需集体会审"])
    assert set(lists) - set(VALUES) == set()
    assert len(VALUES) == len(set(VALUES))


def test_messages_cover_every_sentence_the_rules_write():
    from wpzf.ui.texts import MESSAGES
    sentences = rules_sentences()
    assert len(sentences) > 80
    assert sentences - set(MESSAGES) == set(), "add these to ui/texts.MESSAGES"
    assert set(MESSAGES) - sentences == COMPOSED, "no longer written by rules/: remove from ui/texts.MESSAGES"


def test_the_extractor_sees_the_tables():
    """tools/i18n_update.py finds the literals through tr(FIELD_LABELS[..]), tr(VALUES[..]), tr(MESSAGES[..])."""
    from conftest import load_tool
    from wpzf.ui.patch_form import FIELD_LABELS
    from wpzf.ui.texts import MESSAGES, VALUES
    tool = load_tool("i18n_update")
    trees = tool._trees()
    module_names, class_attrs = tool.indirect_names(trees)
    found = set()
    for path, tree in trees.items():
        found.update(text for _c, text, _l in tool.extract_indirect(path, tree, module_names.get(path, set()),
                                                                     class_attrs))
    assert set(FIELD_LABELS.values()) - {"SHA-256"} <= found
    assert set(VALUES) <= found and set(MESSAGES) <= found


def test_chinese_ui_shows_the_rules_text_unchanged():
    from wpzf.ui.texts import translate_message, value_label
    sentence = "判定为违法但新增/存量为“旧”，应为 新增 或 存量"
    assert translate_message(sentence) == sentence and value_label("违法") == "违法" and value_label("x") == "x"


# ----- English ----------------------------------------------------------------------------------------------------
PATCH = {"JCBH": "4501992022010001", "PC": "2022-01", "TBLX": "CK", "DLBM": "0101", "TBMJ": 1.5, "GDMJ": 1.2,
         "NYDMJ": 1.2, "JSYDMJ": 0.3, "WLYDMJ": 0.0, "YJJBNTMJ": 0.4, "STHXMJ": 0.0, "PZMJ": 0.0,
         "PDLX": "其他用地", "PDXL": "实地未变化", "HSZT": "已判定", "JTHS": 1, "CCFGMJ": "1,5", "ZGZT": "未整改",
         "TXDKMJ": 2.0, "TXGDMJ": 1.0, "SFLA": 1, "HSRQ": "2022-13-01", "YPPDLX": "违法", "XFBG": ""}


def test_live_checks_and_reasons_in_english(translator):  # noqa: F811
    import datetime
    from wpzf.ui import patch_form as pf
    from wpzf.rules.policy import load_policy
    from wpzf.rules.prejudge import prejudge
    from wpzf.ui.texts import strip_patch, translate_message
    translator("en")
    policy = load_policy(2022)
    problems = pf.live_checks(PATCH, [], policy, datetime.date(2022, 3, 10))
    assert len(problems) >= 8
    shown = [translate_message(strip_patch(p[2])) for p in problems]
    assert [s for s in shown if CJK.search(s)] == [], shown
    assert any("Judged Other use" in s for s in shown)
    for case in ({"TBLX": "20"}, {"TBLX": "GF"}, {"TBLX": "ND", "SFJYD": "是"}, {"TBLX": "KT"},
                 {"TBLX": "20", "PZMJ": 1.0, "PZWH": "桂政土批〔2021〕1号"}, {"TBLX": "20", "PZMJ": 1.5},
                 {"TBLX": "CK", "GDMJ": 60.0, "TBMJ": 70.0, "NYDMJ": 60.0}):
        reasons = prejudge(dict(PATCH, **case), policy)["reasons"]
        english = [translate_message(r) for r in reasons]
        # what may stay Chinese is data: land-class names and approval numbers from the package
        leftovers = [CJK.sub("", s) != s and not re.search(r"水田|旱地|水浇地|桂政土批", s) for s in english]
        assert not any(leftovers), list(zip(reasons, english))


def test_the_dock_in_english_shows_english_and_stores_chinese(package, translator, qtbot):  # noqa: F811
    """A dock built after the English translation is installed (as QGIS does at start)."""
    from fake_iface import close_dock, open_dock
    translator("en")
    english = open_dock(qtbot)
    try:
        assert english.open_package(package)
        english.ask_unsaved = lambda *a, **k: pytest.fail("unexpected question")
        labels = [label.text() for label in english.editor.labels.values()]
        assert [t for t in labels if CJK.search(t)] == []
        headers = [english.model.headerData(c, 1) for c in range(english.model.columnCount())]
        assert [t for t in headers if CJK.search(t)] == []
        tabs = [english.ui.tabs.tabText(i) for i in range(english.ui.tabs.count())]
        assert [t for t in tabs if CJK.search(t)] == []
        combo = english.editor.widgets["PDLX"]
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert "Illegal" in texts and not any(CJK.search(t) for t in texts)
        combo.setCurrentIndex(combo.findData("违法"))
        assert english.form.edits == {"PDLX": "违法"}
        subtypes = english.editor.widgets["PDXL"]
        assert not any(CJK.search(subtypes.itemText(i)) for i in range(subtypes.count()))
        assert english.ui.judgmentCombo.itemText(english.ui.judgmentCombo.findData("")).startswith("Not judged")
        assert not CJK.search(english.ui.checkLabel.text().split("  ")[0])
        assert not CJK.search(english.ui.countLabel.text())
        assert english.save()
        from test_dock import query
        assert query(package, "SELECT PDLX FROM patches WHERE JCBH = ?", english.current) == [("违法",)]
        status = english.model.data(english.model.index(english.model.row_of(english.current), 2))
        assert status == "Illegal"
    finally:
        close_dock(english)


def test_translation_files_hold_the_dock_strings():
    """After tools/i18n_update.py ran with the dock's TSV: the tables' literals are in wpzf_en.ts, translated."""
    from test_i18n import read_ts
    from wpzf.ui.texts import MESSAGES, VALUES
    en = read_ts("en")
    missing = [s for s in VALUES + MESSAGES if not en.get(("wpzf", s), ("", "x"))[0]]
    assert missing == [], "run tools/i18n_update.py with the dock's TSV: {}".format(missing[:10])


@pytest.mark.parametrize("name,context,wanted", [
    ("dock.ui", "JudgmentDockContent", {"采用预判", "整改", "面积", "历史", "期限"}),
    ("history_panel.ui", "JudgmentDockContent", {"恢复此值", "选中一行可恢复该次修改前的值"}),
    ("deadline_panel.ui", "JudgmentDockContent", {"超过月清期限仍未确认的图斑（双击定位）"})])
def test_ui_file_strings_are_extracted(name, context, wanted):
    from conftest import load_tool
    tool = load_tool("i18n_update")
    found = tool.extract_ui(os.path.join(ROOT, "ui", name))
    assert wanted <= {text for _c, text, _l in found} and {c for c, _t, _l in found} == {context}
