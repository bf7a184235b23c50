"""Refresh i18n/wpzf_<lang>.ts from the source, keeping existing translations.

pylupdate5 guesses contexts from class names and puts module-level tr() into "@default"; our runtime looks strings
up differently (core.i18n.tr uses "wpzf", self.tr in a class uses the class name, translate(ctx, ...) uses ctx), so
this extractor follows the runtime rules instead. Source strings are Chinese (the primary language); wpzf_zh_CN.ts
marks them as their own translation, wpzf_en.ts holds the English.
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


def write_ts(lang, messages, existing):
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
            value = text if lang == "zh_CN" else existing.get((ctx, text))
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
    total = sum(len(v) for v in messages.values())
    for lang in LANGS:
        ts = os.path.join(ROOT, "i18n", "wpzf_{}.ts".format(lang))
        path, missing = write_ts(lang, messages, load_existing(ts))
        print("{}: {} strings, {} untranslated".format(os.path.relpath(path, ROOT), total, missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
