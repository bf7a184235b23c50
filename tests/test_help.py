"""Processing help: help/<alg>_<locale>.md rendered as one line of HTML, in Chinese and in English.

QGIS shows shortHelpString() as HTML and makes a paragraph of every line of it, so raw Markdown showed its ** and
`, a placeholder such as <监测编号> vanished as an unknown tag, and the hard-wrapped English files broke into a
paragraph per line, mid-sentence.
"""
import html
import os
import re
from html.parser import HTMLParser

import pytest

from conftest import ROOT

LOCALES = ("zh_CN", "en")
ALLOWED = {"p", "ul", "ol", "li", "b", "code", "h3", "h4", "h5", "h6"}
PLACEHOLDER = re.compile(r"<[^<>\s/][^<>]*>")


class Structure(HTMLParser):
    """Collects the tags (checking that they nest) and the text of an HTML fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags, self.text, self.errors = [], set(), [], []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append("</{}> does not close the open tag".format(tag))

    def handle_data(self, data):
        self.text.append(data)


def parse(fragment):
    parser = Structure()
    parser.feed(fragment)
    parser.close()
    if parser.stack:
        parser.errors.append("left open: {}".format(parser.stack))
    return parser


def words(markdown):
    """The text of the Markdown without its markup and without any whitespace (what must survive rendering)."""
    out = []
    for line in markdown.splitlines():
        line = re.sub(r"^ *([-*+]|\d+[.)]) +", "", line)
        line = re.sub(r"^ {0,3}#{1,6} +", "", line)
        out.append(line.replace("**", "").replace("`", ""))
    return re.sub(r"\s+", "", "".join(out))


@pytest.fixture
def locale():
    """Set QGIS's user locale for a test, then put the old value back."""
    from qgis.core import QgsSettings
    settings = QgsSettings()
    old = settings.value("locale/userLocale")

    def use(code):
        settings.setValue("locale/userLocale", code)

    yield use
    if old is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", old)


def algorithms():
    from qgis.core import QgsApplication
    provider = QgsApplication.processingRegistry().providerById("wpzf")
    return [QgsApplication.processingRegistry().createAlgorithmById(a.id()) for a in provider.algorithms()]


@pytest.mark.parametrize("code", LOCALES)
def test_every_algorithm_help_is_html_with_its_placeholders(qgis_processing, locale, code):
    locale(code)
    checked = 0
    for alg in algorithms():
        source = os.path.join(ROOT, "help", "{}_{}.md".format(alg.name(), code))
        assert os.path.exists(source), "no help for {} in {}".format(alg.id(), code)
        with open(source, encoding="utf-8") as fh:
            markdown = fh.read()
        text = alg.shortHelpString()
        where = "{} ({})".format(alg.id(), code)
        assert text and alg.helpString() == text, where
        # one line: QGIS makes a paragraph of every line, so a wrapped sentence would break apart
        assert "\n" not in text, where
        assert "**" not in text and "`" not in text, where
        assert not re.search(r"(^|>)\s*(#|[-*+] )", text), where
        structure = parse(text)
        assert structure.errors == [], (where, structure.errors)
        assert structure.tags <= ALLOWED, (where, structure.tags - ALLOWED)
        # every <placeholder> of the source is shown as text, and nothing else went missing
        for placeholder in PLACEHOLDER.findall(markdown):
            assert html.escape(placeholder, quote=False) in text, (where, placeholder)
        assert re.sub(r"\s+", "", "".join(structure.text)) == words(markdown), where
        checked += 1
    assert checked >= 16


def test_english_help_is_english_and_chinese_help_is_chinese(qgis_processing, locale):
    locale("en")
    english = algorithms()[0].shortHelpString()
    locale("zh_CN")
    chinese = algorithms()[0].shortHelpString()
    assert english != chinese
    assert sum(ord(ch) > 0x2E80 for ch in english) < len(english) / 4
    assert sum(ord(ch) > 0x2E80 for ch in chinese) > len(chinese) / 10


def test_help_markdown_subset():
    from wpzf.processing.base import help_html
    source = ("# 标题\n"
              "Exports the package into\n"
              "a folder `<县代码>_<日期>` with **every** file.\n"
              "\n"
              "- first item, wrapped\n"
              "  over two lines\n"
              "  - nested <JCBH> & more\n"
              "- 第二项，跨行的\n"
              "  中文内容\n"
              "后面的段落。\n"
              "1. one\n"
              "2. two\n")
    assert help_html(source) == (
        "<h3>标题</h3>"
        "<p>Exports the package into a folder <code>&lt;县代码&gt;_&lt;日期&gt;</code> with <b>every</b> file.</p>"
        "<ul><li>first item, wrapped over two lines<ul><li>nested &lt;JCBH&gt; &amp; more</li></ul></li>"
        "<li>第二项，跨行的中文内容</li></ul>"
        "<p>后面的段落。</p>"
        "<ol><li>one</li><li>two</li></ol>")
    # code is not interpreted; text and the wrap between a Chinese comma and a word get no stray space
    assert help_html("`**x**` 和 **粗体**，\nABC") == "<p><code>**x**</code> 和 <b>粗体</b>，ABC</p>"


def test_dialog_help_panel_shows_placeholders(qgis_processing, qtbot, locale):
    """The Processing dialog's help panel (a QTextBrowser fed by QGIS's own formatting) shows <监测编号> as text."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.PyQt.QtWidgets import QTextBrowser
    from qgis.core import QgsApplication
    for code, needle in (("zh_CN", "<监测编号>"), ("en", "<JCBH>")):
        locale(code)
        alg = QgsApplication.processingRegistry().createAlgorithmById("wpzf:export")
        dialog = AlgorithmDialog(alg)
        qtbot.addWidget(dialog)
        panels = [w.toPlainText() for w in dialog.findChildren(QTextBrowser) if needle in w.toPlainText()]
        assert panels, code
        shown = panels[0]
        assert "**" not in shown and "`" not in shown
        if code == "en":  # a sentence wrapped in the source reads on in one paragraph
            assert "Severe problems stop the export with the list; FORCE exports anyway" in shown
