"""Write docs/fields.md from rules/fields.py: every field of the work package, who writes it, its Chinese name.

    /usr/bin/python3 tools/fields_doc.py          # rewrite docs/fields.md
    /usr/bin/python3 tools/fields_doc.py --check  # exit 1 when docs/fields.md is out of date (run by the tests)
"""
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "docs", "fields.md")


def _fields():
    spec = importlib.util.spec_from_file_location("wpzf_fields", os.path.join(ROOT, "rules", "fields.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GROUPS = [  # (attribute of rules/fields.py, heading, who writes it)
    ("ISSUED", "下发字段 Issued", "wpzf:import_patches (as issued by the ministry)"),
    ("IMPORT", "导入记录 Import", "wpzf:import_patches"),
    ("OVERLAY", "套合结果 Overlay", "wpzf:overlay (亩, CGCS2000 ellipsoid)"),
    ("PREJUDGE", "预判 Pre-judgment", "wpzf:prejudge (a suggestion, never the judgment)"),
    ("JUDGMENT", "判定与整改 Judgment", "the technician in the dock (判定面板)"),
    ("REISSUE", "重新下发 Re-issue", "wpzf:import_patches when a patch issued again changed (self-check R01)"),
    ("SPLIT", "图斑拆分 Split", "wpzf:split_patches: TBZT 拆分 on a part (which keeps its parent's JCBH and has its "
     "own number ZTBBH, the unit's key), 被拆分 on the split parent (kept, no longer judged)"),
    ("FIELDWORK", "乡镇核查 Field verification", "the township, through wpzf:field_package / wpzf:field_import (with "
     "HCRQ, WFZT, ZGCS, ZGZT, ZGRQ, CCFGMJ, BBGDMJ and BZ of the judgment group)"),
    ("STORE", "存储 Store", "every write of a patch row (the row version that keeps two technicians from overwriting "
     "each other's save)"),
    ("PHOTO_FIELDS", "举证照片 Photos (layer photos)", "wpzf:link_photos and the dock"),
    ("ATTACHMENT_FIELDS", "附件材料 Attachments (table attachments)", "the dock (files kept in the package)"),
    ("HISTORY_FIELDS", "修改历史 History (table history)", "every write, one row per changed value"),
    ("FIELD_PACKAGE_FIELDS", "乡镇核查任务包 Field packages (table field_packages)",
     "wpzf:field_package (one row per package sent to a township) and wpzf:field_import (its return)"),
    ("FIELD_EXPORT_FIELDS", "发出时的值 Values at export (table field_exports)",
     "wpzf:field_package (each unit's township fields as sent); wpzf:field_import moves the base on"),
    ("FIELD_CONFLICT_FIELDS", "返回冲突 Return conflicts (table field_conflicts)",
     "wpzf:field_import (a township edit meeting a county edit made since export) and their resolution in the dock"),
]
TYPES = {"str": "text", "int": "integer", "real": "real"}


def render():
    f = _fields()
    lines = ["# Fields of the work package (工作库字段)", "",
             "Generated from `rules/fields.py` by `tools/fields_doc.py`; do not edit by hand. Names are at most 10",
             "ASCII characters (shapefile limit); areas are 亩 in full precision (exports round them to 0.01).", ""]
    for attr, heading, writer in GROUPS:
        spec = getattr(f, attr, None)
        if not spec:
            continue
        lines += ["## " + heading, "", "Written by: " + writer + ".", "", "| field | type | 名称 |", "| --- | --- | --- |"]
        for name, ftype, length, precision, alias in spec:
            kind = TYPES[ftype] + (" ({})".format(length) if ftype == "str" and length else "")
            lines.append("| `{}` | {} | {} |".format(name, kind, alias))
        lines.append("")
    return "\n".join(lines)


def main(argv):
    text = render()
    if "--check" in argv:
        current = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if current != text:
            print("docs/fields.md is out of date: run /usr/bin/python3 tools/fields_doc.py")
            return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
