"""打开数据库工作库: a work package in a PostgreSQL/PostGIS schema, chosen as a QGIS PostgreSQL connection (Browser ›
PostgreSQL, QgsSettings group PostgreSQL/connections) plus its schema, or as a pasted postgresql:// address.

package_text() is what WorkPackage accepts ("<connection>?schema=<schema>" or the address); remembered() is the same
without any password — what the project may keep (the password stays with QGIS's connection, ~/.pgpass or the
technician)."""
import re
from urllib.parse import quote, urlsplit, urlunsplit

from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton,
                                 QVBoxLayout)
from qgis.core import QgsSettings

from ..core.i18n import tr

DEFAULT_SCHEMA = "wpzf"  # the store's default (core/store/source.py)
CONNECTIONS_GROUP = "PostgreSQL/connections"


def saved_connections(settings=None):
    """Names of the PostgreSQL connections saved in QGIS, sorted."""
    settings = settings or QgsSettings()
    settings.beginGroup(CONNECTIONS_GROUP)
    try:
        return sorted(settings.childGroups())
    finally:
        settings.endGroup()


def without_password(package):
    """The package text with any password taken out (URI user:password@, libpq password=…)."""
    package = str(package or "").strip()
    if package.lower().startswith(("postgresql://", "postgres://")):
        parts = urlsplit(package)
        if parts.password is not None:
            host = parts.hostname or ""
            if ":" in host:  # an IPv6 address keeps its brackets
                host = "[{}]".format(host)
            netloc = "{}@{}{}".format(parts.username or "", host, ":{}".format(parts.port) if parts.port else "")
            package = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
        return re.sub(r"([?&])password=[^&]*&?", r"\1", package).rstrip("?&")
    return re.sub(r"\s*\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", "", package).strip()


def names_password(package):
    """True when the package text carries a password (a URI's user:password@ or password=…)."""
    return without_password(package) != str(package or "").strip()


def with_password(package, password):
    """The package text with `password` (typed for this session; never stored): in a URI's user part, else as a libpq
    keyword. A QGIS connection name cannot carry one (its password is kept by QGIS): returned as it is."""
    package = without_password(package)
    if package.lower().startswith(("postgresql://", "postgres://")):
        parts = urlsplit(package)
        if not parts.username:
            return package
        netloc = "{}:{}@{}".format(parts.username, quote(password, safe=""), parts.netloc.split("@", 1)[1])
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    if not re.search(r"^PG:|\b(service|dbname|host)\s*=", package):
        return package
    return "{} password='{}'".format(package, password.replace("\\", "\\\\").replace("'", "\\'"))


def with_schema(package, schema):
    """`package` naming schema `schema` (unless it names one already)."""
    schema = (schema or "").strip()
    if not schema or re.search(r"\bschemas?=", package):
        return package
    if package.lower().startswith(("postgresql://", "postgres://")) or "=" not in package:
        return package + ("&" if "?" in package else "?") + "schema=" + schema
    return package + " schema=" + schema  # a libpq "key=value" string


class DatabasePackageDialog(QDialog):
    def __init__(self, parent=None, current=""):
        super().__init__(parent)
        self.setWindowTitle(tr("打开数据库工作库"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("多名技术员同时判定时，工作库放在 PostgreSQL/PostGIS 数据库的一个模式中。"
                          "选择 QGIS 中保存的连接（浏览器 › PostgreSQL）并填写模式名，或粘贴 postgresql:// 地址。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.byConnection = QRadioButton(tr("QGIS 中保存的连接"))
        self.byAddress = QRadioButton(tr("地址"))
        self.connectionCombo = QComboBox()
        self.connectionCombo.addItems(saved_connections())
        self.schemaEdit = QLineEdit()
        self.schemaEdit.setPlaceholderText(DEFAULT_SCHEMA)
        self.schemaEdit.setToolTip(tr("工作库所在的模式（schema），例如 wpzf_2026；空 = {}").format(DEFAULT_SCHEMA))
        self.addressEdit = QLineEdit()
        self.addressEdit.setPlaceholderText("postgresql://user@host:5432/dbname?schema=wpzf_2026")
        self.addressEdit.setToolTip(tr("也可以是 service=… 之类的 libpq 连接串。密码不会保存在项目中。"))
        form.addRow(self.byConnection, self.connectionCombo)
        form.addRow(tr("模式"), self.schemaEdit)
        form.addRow(self.byAddress, self.addressEdit)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for widget in (self.byConnection, self.byAddress):
            widget.toggled.connect(self._update)
        self.connectionCombo.currentIndexChanged.connect(lambda _i: self.byConnection.setChecked(True))
        self.addressEdit.textEdited.connect(lambda _t: self.byAddress.setChecked(True))
        self.addressEdit.textChanged.connect(self._update)
        self._fill(current)
        self.resize(480, self.sizeHint().height())

    def _fill(self, current):
        """Start from the package the dock remembers (a connection name with its schema, or an address)."""
        name, _sep, query = str(current or "").partition("?")
        if name and self.connectionCombo.findText(name) >= 0:
            self.connectionCombo.setCurrentIndex(self.connectionCombo.findText(name))
            self.schemaEdit.setText(dict(p.split("=", 1) for p in query.split("&") if "=" in p).get("schema", ""))
            self.byConnection.setChecked(True)
        elif current:
            self.addressEdit.setText(current)
            self.byAddress.setChecked(True)
        else:
            (self.byConnection if self.connectionCombo.count() else self.byAddress).setChecked(True)
        self._update()

    def _update(self, *_args):
        by_connection = self.byConnection.isChecked()
        self.connectionCombo.setEnabled(by_connection)
        if not self.connectionCombo.count():
            self.hint.setText(tr("QGIS 中还没有 PostgreSQL 连接：可在“浏览器 › PostgreSQL › 新建连接”中添加，或直接粘贴地址。"))
        else:
            self.hint.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.package_text()))

    def package_text(self):
        """What WorkPackage opens: "<connection>?schema=<schema>", or the address (with the schema field's schema
        when the address names none); "" when nothing is chosen."""
        if self.byConnection.isChecked():
            name = self.connectionCombo.currentText()
            return with_schema(name, self.schemaEdit.text()) if name else ""
        address = self.addressEdit.text().strip()
        return with_schema(address, self.schemaEdit.text()) if address else ""
