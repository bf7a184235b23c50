"""Refresh i18n/wpzf_<lang>.ts from the source, keeping existing translations.

Usage: tools/i18n_update.py [new_strings.tsv ...] — TSV lines `Chinese source<TAB>English` fill strings that have
no English yet (how parallel work hands its new strings in without editing the .ts files).

pylupdate5 guesses contexts from class names and puts module-level tr() into "@default"; our runtime looks strings
up differently (core.i18n.tr uses "wpzf", self.tr in a class uses the class name, translate(ctx, ...) uses ctx), so
this extractor follows the runtime rules instead. Source strings are Chinese (the primary language); wpzf_zh_CN.ts
marks them as their own translation, wpzf_en.ts holds the English.

Strings kept in constants and translated through a name also count: `tr(MENU)` or `tr(COLUMNS[i][1])` takes the
Chinese literals of that module's MENU/COLUMNS (context "wpzf"), and `self.tr(self.DISPLAY_NAME)` takes every class's
DISPLAY_NAME literal (context: that class, as WpzfAlgorithm.tr looks it up).
"""
import ast
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP = {"tests", "tools", "bench", ".build", "docs", ".git"}
LANGS = ["zh_CN", "en"]


def source_files():
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in SKIP and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".py", ".ui")):
                yield os.path.join(folder, name)


def _string(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _root_name(node):
    """NAME for NAME, NAME[i][j], self.NAME (the constant a tr() call looks its text up in)."""
    while isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Name):
        return "module", node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
        return "class", node.attr
    return None


def _chinese_literals(node):
    """Literals inside a constant's value that are user text (field codes like "JCBH" are not)."""
    return [(n.value, n.lineno) for n in ast.walk(node)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and any(ord(ch) > 127 for ch in n.value)]


def _trees():
    return {path: ast.parse(open(path, encoding="utf-8").read(), path)
            for path in source_files() if path.endswith(".py")}


def indirect_names(trees):
    """Names whose value is passed to tr(): per module for module constants, global for self.ATTR."""
    module_names, class_attrs = {}, set()
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args and _string(node.args[0]) is None:
                func = node.func
                if (isinstance(func, ast.Name) and func.id == "tr") or \
                        (isinstance(func, ast.Attribute) and func.attr == "tr"):
                    root = _root_name(node.args[0])
                    if root and root[0] == "module":
                        module_names.setdefault(path, set()).add(root[1])
                    elif root:
                        class_attrs.add(root[1])
    return module_names, class_attrs


def extract_indirect(path, tree, module_names, class_attrs):
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in module_names
                                                for t in node.targets):
            found += [("wpzf", text, line) for text, line in _chinese_literals(node.value)]
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for node in cls.body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in class_attrs
                                                    for t in node.targets):
                found += [(cls.name, text, line) for text, line in _chinese_literals(node.value)]
    return found


def extract(path):
    """(context, source, line) for every translatable literal in one file."""
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    found = []

    def visit(node, cls):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                if isinstance(func, ast.Name) and func.id == "tr" and child.args:
                    text = _string(child.args[0])
                    if text:
                        found.append(("wpzf", text, child.lineno))
                elif isinstance(func, ast.Attribute) and func.attr == "tr" and child.args and cls:
                    text = _string(child.args[0])
                    if text:
                        found.append((cls, text, child.lineno))
                elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(child.args) >= 2:
                    ctx, text = _string(child.args[0]), _string(child.args[1])
                    if ctx and text:
                        found.append((ctx, text, child.lineno))
            visit(child, cls)

    visit(tree, None)
    return found


def extract_ui(path):
    """Strings of a Qt Designer file; uic looks them up under the form's top-level <class> name."""
    root = ET.parse(path).getroot()
    ctx = root.findtext("class")
    return [(ctx, node.text, 0) for node in root.iter("string")
            if node.text and node.get("notr") != "true" and ctx]


def load_existing(ts_path):
    done = {}
    if os.path.exists(ts_path):
        for ctx in ET.parse(ts_path).getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                    done[(name, msg.findtext("source"))] = tr.text
    return done


def load_tsv(paths):
    """English for new strings handed in as `source<TAB>translation` lines (\\n for a line break), any context."""
    out = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if "\t" not in line:
                    continue
                source, english = line.split("\t", 1)
                out[source.replace("\\n", "\n")] = english.replace("\\n", "\n")
    return out


def write_ts(lang, messages, existing, extra=None):
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="zh_CN")
    missing = 0
    for ctx in sorted(messages):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for text in sorted(messages[ctx]):
            m = ET.SubElement(c, "message")
            for file, line in messages[ctx][text][:3]:
                ET.SubElement(m, "location", filename=os.path.relpath(file, os.path.join(ROOT, "i18n")),
                              line=str(line))
            ET.SubElement(m, "source").text = text
            t = ET.SubElement(m, "translation")
            value = text if lang == "zh_CN" else existing.get((ctx, text)) or (extra or {}).get(text)
            if value:
                t.text = value
            else:
                t.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    path = os.path.join(ROOT, "i18n", "wpzf_{}.ts".format(lang))
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(root, encoding="utf-8"))
    return path, missing


def main():
    messages = {}
    for path in source_files():
        for ctx, text, line in (extract_ui(path) if path.endswith(".ui") else extract(path)):
            messages.setdefault(ctx, {}).setdefault(text, []).append((path, line))
    trees = _trees()
    module_names, class_attrs = indirect_names(trees)
    for path, tree in trees.items():
        for ctx, text, line in extract_indirect(path, tree, module_names.get(path, set()), class_attrs):
            messages.setdefault(ctx, {}).setdefault(text, []).append((path, line))
    total = sum(len(v) for v in messages.values())
    extra = load_tsv(sys.argv[1:])  # optional: TSV files of English for strings added since the last run
    for lang in LANGS:
        ts = os.path.join(ROOT, "i18n", "wpzf_{}.ts".format(lang))
        path, missing = write_ts(lang, messages, load_existing(ts), extra)
        print("{}: {} strings, {} untranslated".format(os.path.relpath(path, ROOT), total, missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
