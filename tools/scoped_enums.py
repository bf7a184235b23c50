#!/usr/bin/python3
"""Enum values reached without their enum's name (`QgsProcessing.TypeVectorPolygon`, `Qt.AlignLeft`): Qt6 and
QGIS 4 only know the scoped form (`QgsProcessing.SourceType.TypeVectorPolygon`), which QGIS 3.22 already accepts.

    /usr/bin/python3 tools/scoped_enums.py [--fix] [paths…]     (default: the whole plugin)

Lists every unscoped use with the scoped spelling (exit 1 when there is one); --fix rewrites them in place. The enum
of a value is found by asking PyQGIS itself, so nothing is guessed from names. QGIS's own pyqt5_to_pyqt6 script
(../shared/tools) finds the Qt ones too, but without Qt6 QGIS bindings it cannot see the QGIS ones.
"""
import argparse
import io
import os
import sys
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP_DIRS = {".build", ".git", "dist", "__pycache__", "demo-out", "bench-out"}
# QVariant's types stay unscoped: QGIS's pyqt5_to_pyqt6 writes QVariant.String (QGIS 4 maps them to QMetaType);
# field types go through core.layers.qgs_field anyway.
UNSCOPED_OWNERS = {"QVariant"}


def _namespaces():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qgis.core
    import qgis.gui
    import qgis.analysis
    from qgis.PyQt import QtCore, QtGui, QtWidgets, QtXml, QtNetwork
    spaces = {}
    for module in (qgis.core, qgis.gui, qgis.analysis, QtCore, QtGui, QtWidgets, QtXml, QtNetwork):
        for name in dir(module):
            if name.startswith("Q"):
                spaces.setdefault(name, getattr(module, name))
    return spaces


def _enum_name(owner, attr):
    """The enum type name holding owner.attr when that value is reached without it, else None."""
    try:
        value = getattr(owner, attr)
    except Exception:  # noqa: BLE001 - not an attribute of this class: nothing to say
        return None
    kind = type(value)
    if kind.__name__ in ("int", "bool", "str", "float", "function", "builtin_function_or_method", "type"):
        return None
    if type(kind).__name__ not in ("enumtype", "EnumMeta", "EnumType", "sipEnumType"):
        return None
    enum_name = kind.__name__.split(".")[-1]
    if enum_name == attr or getattr(owner, enum_name, None) is not kind:
        return None
    try:  # the scoped spelling must name the same value (QgsRenderContext.TextFormatAlwaysText is an alias of
        # Qgis.TextRenderFormat.AlwaysText: there is no QgsRenderContext.TextRenderFormat.TextFormatAlwaysText)
        if getattr(getattr(owner, enum_name), attr) != value:
            return None
    except AttributeError:
        return None
    return enum_name


def files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, dirs, names in os.walk(path):
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
            for name in names:
                if name.endswith(".py"):
                    yield os.path.join(folder, name)


def scan(path, spaces):
    """[(line, col, old, new)] of the unscoped enum values in one file."""
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    found = []
    for i in range(len(tokens) - 2):
        a, dot, b = tokens[i], tokens[i + 1], tokens[i + 2]
        if a.type != tokenize.NAME or dot.string != "." or b.type != tokenize.NAME or a.string not in spaces \
                or a.string in UNSCOPED_OWNERS:
            continue
        if i > 0 and tokens[i - 1].string == ".":
            continue  # already qualified (x.Qgs…)
        enum_name = _enum_name(spaces[a.string], b.string)
        if enum_name:
            found.append((b.start[0], b.start[1], "{}.{}".format(a.string, b.string),
                          "{}.{}.{}".format(a.string, enum_name, b.string)))
    return found


def fix(path, found):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line, col, old, new in sorted(found, reverse=True):
        text = lines[line - 1]
        start = col - len(old.split(".")[0]) - 1
        assert text[start:start + len(old)] == old, (path, line, old)
        lines[line - 1] = text[:start] + new + text[start + len(old):]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fix", action="store_true")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    spaces = _namespaces()
    total = 0
    for path in sorted(files(args.paths or [ROOT])):
        found = scan(path, spaces)
        total += len(found)
        for line, _col, old, new in found:
            print("{}:{}: {} -> {}".format(os.path.relpath(path, ROOT), line, old, new))
        if found and args.fix:
            fix(path, found)
    print("{} unscoped enum value(s){}".format(total, " fixed" if args.fix and total else ""))
    return 1 if total and not args.fix else 0


if __name__ == "__main__":
    sys.exit(main())
