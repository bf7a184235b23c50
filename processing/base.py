"""Base class of every wpzf algorithm: tr(), help from help/<id>_<locale>.md rendered as HTML, createInstance,
error mapping, the work package's values for a dialog, and the dialog's "open folder" message after a run."""
import html
import os
import re

from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.core import (Qgis, QgsApplication, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink, QgsProcessingParameterField,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterString,
                       QgsProcessingParameterVectorDestination, QgsProcessingParameterVectorLayer, QgsProcessingUtils,
                       QgsSettings)

from ..core import output_guard
from . import package_param
from ..core.dossier.map import reference_sources
from ..core.errors import WpzfError
from ..core.i18n import tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
HELP_DIR = os.path.join(PLUGIN_DIR, "help")
ICON_DIR = os.path.join(PLUGIN_DIR, "icons")


def locale_code():
    value = QgsSettings().value("locale/userLocale", "zh_CN") or "zh_CN"
    return str(value)


def read_help(alg_id):
    """Help text (Markdown) for the user's locale: the locale, its language, then zh_CN, then en."""
    loc = locale_code()
    for candidate in (loc, loc.split("_")[0], "zh_CN", "en"):
        path = os.path.join(HELP_DIR, "{}_{}.md".format(alg_id, candidate))
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                return fh.read()
    return ""


# ----- help: the Markdown of help/*.md as HTML ---------------------------------------------------------------------
# QGIS shows shortHelpString() as HTML and makes a paragraph of every line of it, so the help is rendered to HTML on
# one line: wrapped source lines join into their paragraph or list item, and text such as <监测编号> is escaped (as a
# tag it would vanish). The subset in use: # headings, - / * / 1. lists (nested by indentation, continuation lines
# indented), **bold**, `code`, paragraphs separated by a blank line.
_LIST_ITEM = re.compile(r"^( *)([-*+]|\d+[.)]) +(.*)$")
_HEADING = re.compile(r"^ {0,3}(#{1,6}) +(.*?)(?: +#+)? *$")
_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


class _List:
    def __init__(self, tag, indent):
        self.tag, self.indent, self.items = tag, indent, []  # items: [lines, child lists]


def _wide(ch):
    return ord(ch) >= 0x2E80  # CJK


def _wide_punctuation(ch):
    return 0x3000 <= ord(ch) <= 0x303F or 0xFF00 <= ord(ch) <= 0xFFEF  # 。，、：（） and the like


def _join(lines):
    """Wrapped lines as one text: a space where the wrap was between words, none inside Chinese text."""
    text = ""
    for line in lines:
        if text and line:
            a, b = text[-1], line[0]
            tight = (_wide(a) and _wide(b)) or _wide_punctuation(a) or _wide_punctuation(b)
            text += "" if tight else " "
        text += line
    return text


def _inline(text):
    """Escaped text with `code` and **bold** (nothing is interpreted inside code)."""
    out, last = [], 0
    for match in _CODE.finditer(text):
        out.append(_BOLD.sub(r"<b>\1</b>", html.escape(text[last:match.start()], quote=False)))
        out.append("<code>{}</code>".format(html.escape(match.group(1), quote=False)))
        last = match.end()
    out.append(_BOLD.sub(r"<b>\1</b>", html.escape(text[last:], quote=False)))
    return "".join(out)


def _list_html(block):
    items = "".join("<li>{}{}</li>".format(_inline(_join(lines)), "".join(_list_html(c) for c in children))
                    for lines, children in block.items)
    return "<{0}>{1}</{0}>".format(block.tag, items)


def help_html(markdown):
    """The help's Markdown as one line of HTML (see above)."""
    blocks, lists, paragraph = [], [], None
    for raw in markdown.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            paragraph = None
            continue
        indent = len(line) - len(line.lstrip(" "))
        heading = _HEADING.match(line)
        item = _LIST_ITEM.match(line)
        if heading:
            lists, paragraph = [], None
            blocks.append(("h{}".format(min(6, len(heading.group(1)) + 2)), [heading.group(2)]))
        elif item:
            paragraph = None
            level, tag = len(item.group(1)), "ol" if item.group(2)[0].isdigit() else "ul"
            while lists and lists[-1].indent > level:
                lists.pop()
            if lists and lists[-1].indent == level and lists[-1].tag != tag:
                lists.pop()
            if not lists or lists[-1].indent < level:
                new = _List(tag, level)
                (lists[-1].items[-1][1] if lists else blocks).append(new)
                lists.append(new)
            lists[-1].items.append(([item.group(3).strip()], []))
        else:
            while lists and indent <= lists[-1].indent:
                lists.pop()  # text back at a list's own indentation ends it: a paragraph follows
            if lists:
                lists[-1].items[-1][0].append(line.strip())  # an indented line continues the item
            else:
                if paragraph is None:
                    paragraph = []
                    blocks.append(("p", paragraph))
                paragraph.append(line.strip())
    out = []
    for block in blocks:
        if isinstance(block, _List):
            out.append(_list_html(block))
        else:
            out.append("<{0}>{1}</{0}>".format(block[0], _inline(_join(block[1]))))
    return "".join(out)


# ----- a work package's values for an algorithm's dialog ----------------------------------------------------------
def package_parameters(alg, wp, text=None):
    """Initial values for `alg`'s dialog from the open work package `wp` (a WorkPackage, or None): WORKPACKAGE, each
    reference layer the package remembers from its last overlay (a vector layer parameter named after it: LANDUSE,
    FARMLAND, APPROVALS, TOWNSHIPS …) when its file is still there, the field names used with it (a field parameter of
    that layer named like the setting: LANDUSE_FIELD → landuse_field, APPROVAL_START_FIELD → approval_start_field …)
    and the 田坎 setting with the land use."""
    if wp is None:
        return {}
    params = {}
    definitions = {d.name(): d for d in alg.parameterDefinitions()}
    if isinstance(definitions.get("WORKPACKAGE"), QgsProcessingParameterFile):
        # a database package as the dock names it (never its password: the dialog and Processing's history show it)
        params["WORKPACKAGE"] = text or wp.path
    settings = wp.settings()
    sources = reference_sources(settings, None, wp.resolve_source)
    for name, definition in definitions.items():
        source = sources.get(name.lower())
        if isinstance(definition, QgsProcessingParameterVectorLayer) and isinstance(source, str) \
                and os.path.exists(source.split("|")[0]):
            params[name] = source
    for name, definition in definitions.items():
        value = settings.get(name.lower())
        if isinstance(definition, QgsProcessingParameterField) and value \
                and definition.parentLayerParameterName() in params:
            params[name] = value
    if isinstance(definitions.get("DEDUCT_TIANKAN"), QgsProcessingParameterBoolean) and "LANDUSE" in params \
            and settings.get("deduct_tiankan") in ("0", "1"):
        params["DEDUCT_TIANKAN"] = settings["deduct_tiankan"] == "1"
    return params


# ----- after a run in the dialog: open the folder it wrote --------------------------------------------------------
def output_folder(alg, results):
    """The folder a run wrote into: the first folder output, else the folder of the first file output; None when it
    wrote no file (or only temporary ones)."""
    kinds = (QgsProcessingParameterFolderDestination, QgsProcessingParameterFileDestination)
    temporary = os.path.normcase(os.path.abspath(QgsProcessingUtils.tempFolder()))
    for kind in kinds:
        for definition in alg.destinationParameterDefinitions():
            value = (results or {}).get(definition.name())
            if not isinstance(definition, kind) or not isinstance(value, str) or not value:
                continue
            folder = os.path.abspath(value if kind is QgsProcessingParameterFolderDestination
                                     else os.path.dirname(value))
            if os.path.isdir(folder) and not os.path.normcase(folder).startswith(temporary):
                return folder
    return None


def offer_folder(bar, title, folder, duration=0):
    """A message in `bar` saying where the output is, with a button that opens the folder."""
    from qgis.PyQt.QtWidgets import QPushButton
    widget = bar.createMessage(title, tr("已写出到 {}").format(folder))
    button = QPushButton(tr("打开文件夹"), widget)
    button.setObjectName("WpzfOpenFolder")
    button.setProperty("folder", folder)
    button.clicked.connect(lambda _checked=False: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
    widget.layout().addWidget(button)
    bar.pushWidget(widget, Qgis.MessageLevel.Success, duration)
    return widget


def _finished(alg, dialog, successful, results):
    folder = output_folder(alg, results) if successful else None
    if folder is None:
        return
    title = tr("{} 完成").format(alg.displayName())
    if dialog.isVisible():  # the dialog stays open on its log: say it there too
        offer_folder(dialog.messageBar(), title, folder)
    from qgis.utils import iface
    if iface is not None:
        offer_folder(iface.messageBar(), title, folder)


class WpzfAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALG_ID, and implement displayName/group helpers through class attributes
    DISPLAY_NAME and GROUP (untranslated Chinese source strings), then initAlgorithm and execute()."""

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
    ICON = "wpzf.svg"
    # What the algorithm writes into a PostgreSQL package, checked against the role before any work:
    # package_param.ADMIN (import, overlay, split …), JUDGE (judgments, photos), None (reads only)
    PACKAGE_ROLE = None

    def tr(self, text):
        # context = the class that wrote the string: this class or a base (tools/i18n_update.py extracts that way)
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text or cls is WpzfAlgorithm:
                return translated
        return text

    def name(self):
        return self.ALG_ID

    def displayName(self):
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP) if self.GROUP else ""

    def groupId(self):
        return self.GROUP_ID

    def shortHelpString(self):
        text = read_help(self.ALG_ID)
        # qgis_process prints it to a terminal as it is, where the Markdown reads better than HTML
        return text if QgsApplication.platform() == "qgis_process" else help_html(text)

    def helpString(self):
        return self.shortHelpString()

    def helpUrl(self):
        return "https://github.com/wpzf-county/wpzf#" + self.ALG_ID

    def icon(self):
        return QIcon(os.path.join(ICON_DIR, self.ICON))

    def createInstance(self):
        return type(self)()

    def writes_files(self):
        return any(isinstance(d, (QgsProcessingParameterFolderDestination, QgsProcessingParameterFileDestination))
                   for d in self.destinationParameterDefinitions())

    def createCustomParametersWidget(self, parent=None):  # noqa: N802 - QGIS's hook for an algorithm's own dialog
        """Processing's standard dialog (toolbox, locator, the plugin's menu all come here), plus, after a successful
        run that wrote files, a message with a button that opens their folder (QGIS 3.22's log shows paths as plain
        text). Algorithms that write no file get the standard dialog as it is."""
        if not self.writes_files():
            return None
        from processing.gui.AlgorithmDialog import AlgorithmDialog
        alg = self.create()  # the dialog owns (and deletes) its algorithm: never the registry's instance
        dialog = AlgorithmDialog(alg, parent=parent)
        dialog.algorithmFinished.connect(lambda ok, results: _finished(alg, dialog, ok, results))
        return dialog

    # Parameter factories used by several algorithms.
    def add_workpackage_parameter(self, optional=False, description=None):
        self.addParameter(package_param.parameter(description or self.tr("工作库 (GeoPackage 或 PostgreSQL)"), optional))

    # The period documents' parameters (bulletin, quarterly review, annual report): names, texts and defaults are
    # the stable interface, stated once here. Algorithms never import each other.
    def add_output_folder_parameter(self):
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("输出文件夹")))

    def add_period_parameters(self, period_description):
        """WORKPACKAGE, PERIOD (`period_description` says which periods), OUTPUT_FOLDER, DATE and DOC_NUMBER."""
        self.add_workpackage_parameter()
        self.addParameter(QgsProcessingParameterString("PERIOD", period_description))
        self.add_output_folder_parameter()
        self.addParameter(QgsProcessingParameterString(
            "DATE", self.tr("数据截至日期（如 2022-04-05；空 = 今天），用于逾期计算和落款日期"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DOC_NUMBER", self.tr("文号（空 = 县名卫片办〔年〕序号号）"), optional=True))

    def period_values(self, parameters, context):
        """The values of add_period_parameters() as the core/reports builders take them."""
        return {"wp_path": self.parameterAsFile(parameters, "WORKPACKAGE", context),
                "period": self.parameterAsString(parameters, "PERIOD", context),
                "out_folder": self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context),
                "today": self.parameterAsString(parameters, "DATE", context),
                "doc_number": self.parameterAsString(parameters, "DOC_NUMBER", context)}

    def processAlgorithm(self, parameters, context, feedback):
        """Turn our data errors into Processing errors with the technician's message intact."""
        try:
            package = package_param.value(self, parameters, context)
            package_param.recover(package, feedback)
            package_param.check_role(self.PACKAGE_ROLE, package, self.displayName())
            self._guard_outputs(parameters, context, package_param.guarded_file(package))
            return self.execute(parameters, context, feedback)
        except WpzfError as exc:
            message = str(exc)
        # raised outside the except block: the data error's frames (layers, engines made in Python) must not stay
        # alive as this exception's context after Processing has seen it — freed after QGIS exits, they crash it
        raise QgsProcessingException(message)

    def _guard_outputs(self, parameters, context, package):
        """Refuse, before any work, a destination that would overwrite the package or another file's data."""
        for definition in self.destinationParameterDefinitions():
            name = definition.name()
            if parameters.get(name) in (None, ""):
                continue
            if isinstance(definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)):
                output_guard.check_vector(name, self.parameterAsOutputLayer(parameters, name, context), package)
            elif isinstance(definition, QgsProcessingParameterFileDestination):
                output_guard.check_file(name, self.parameterAsFileOutput(parameters, name, context),
                                        definition.defaultFileExtension(), package)
            elif isinstance(definition, QgsProcessingParameterFolderDestination):
                output_guard.check_folder(name, self.parameterAsFileOutput(parameters, name, context), package)

    def execute(self, parameters, context, feedback):
        """The algorithm's work (QgsProcessingAlgorithm.run is taken by QGIS)."""
        raise NotImplementedError
