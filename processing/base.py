"""Base class of every wpzf algorithm: tr(), help from help/<id>_<locale>.md, createInstance, error mapping."""
import os

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterVectorDestination, QgsSettings)

from ..core import output_guard, package_io
from ..core.errors import WpzfError

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
HELP_DIR = os.path.join(PLUGIN_DIR, "help")
ICON_DIR = os.path.join(PLUGIN_DIR, "icons")


def locale_code():
    value = QgsSettings().value("locale/userLocale", "zh_CN") or "zh_CN"
    return str(value)


def read_help(alg_id):
    """Help text for the user's locale: zh_CN, then zh, then en."""
    loc = locale_code()
    for candidate in (loc, loc.split("_")[0], "zh_CN", "en"):
        path = os.path.join(HELP_DIR, "{}_{}.md".format(alg_id, candidate))
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                return fh.read()
    return ""


class WpzfAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALG_ID, and implement displayName/group helpers through class attributes
    DISPLAY_NAME and GROUP (untranslated Chinese source strings), then initAlgorithm and execute()."""

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
    ICON = "wpzf.svg"

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
        return read_help(self.ALG_ID)

    def helpUrl(self):
        return "https://github.com/wpzf-county/wpzf#" + self.ALG_ID

    def icon(self):
        return QIcon(os.path.join(ICON_DIR, self.ICON))

    def createInstance(self):
        return type(self)()

    # Parameter factories used by several algorithms.
    def add_workpackage_parameter(self, optional=False, description=None):
        self.addParameter(QgsProcessingParameterFile(
            "WORKPACKAGE", description or self.tr("工作库 (GeoPackage)"),
            behavior=QgsProcessingParameterFile.File, extension="gpkg", optional=optional))

    def processAlgorithm(self, parameters, context, feedback):
        """Turn our data errors into Processing errors with the technician's message intact."""
        try:
            self._recover_package(parameters, context, feedback)
            self._guard_outputs(parameters, context)
            return self.execute(parameters, context, feedback)
        except WpzfError as exc:
            raise QgsProcessingException(str(exc))

    def _recover_package(self, parameters, context, feedback):
        """A writer killed earlier leaves a hot journal: roll it back once and say so before the work starts."""
        if "WORKPACKAGE" not in parameters or self.parameterDefinition("WORKPACKAGE") is None:
            return
        path = self.parameterAsFile(parameters, "WORKPACKAGE", context)
        if path and os.path.isfile(path):
            message = package_io.recover_if_needed(os.path.abspath(path))
            if message:
                feedback.pushWarning(message)

    def _guard_outputs(self, parameters, context):
        """Refuse, before any work, a destination that would overwrite the package or another file's data."""
        package = None
        if self.parameterDefinition("WORKPACKAGE") is not None and parameters.get("WORKPACKAGE"):
            package = os.path.abspath(self.parameterAsFile(parameters, "WORKPACKAGE", context))
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
