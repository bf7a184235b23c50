"""Patch types (TBLX, the state after the change) and the groups the rules use, from tblx.json."""

import json
import os

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tblx.json"), encoding="utf-8") as _f:
    _DOC = json.load(_f)

SOURCE = _DOC["source"]
TYPES = dict(_DOC["types"])
GROUPS = {k: frozenset(v) for k, v in _DOC["groups"].items()}


def normalize(tblx):
    if tblx is None:
        return ""
    if isinstance(tblx, float) and tblx.is_integer():
        tblx = int(tblx)
    code = str(tblx).strip().upper()
    if code.isdigit() and len(code) == 1:
        code = "0" + code  # "1" from a spreadsheet is "01"
    return code


def in_group(tblx, group):
    return normalize(tblx) in GROUPS[group]


def name(tblx):
    return TYPES.get(normalize(tblx))
