"""Land classes (三调 DLBM) and their three-way split (三大类), read from landclass.json.

The table is data (source named inside the file); this module only looks codes up.
A code the table does not place (e.g. 0402 沼泽草地) gives category None: callers
report it instead of guessing.
"""

import json
import os

AGRICULTURAL = "农用地"
CONSTRUCTION = "建设用地"
UNUSED = "未利用地"
CATEGORIES = (AGRICULTURAL, CONSTRUCTION, UNUSED)

_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "landclass.json")


def _load():
    with open(_PATH, encoding="utf-8") as f:
        doc = json.load(f)
    table = {}
    for row in doc["classes"]:
        if row["category"] not in CATEGORIES + (None,):
            raise ValueError("landclass.json: 地类 %s 的三大类 %r 不在 %s 之中"
                             % (row["code"], row["category"], "/".join(CATEGORIES)))
        table[row["code"]] = (row["name"], row["category"])
    return doc, table


_DOC, _TABLE = _load()
SOURCE = _DOC["source"]
CULTIVATED = frozenset(_DOC["cultivated"])
_K = _DOC["adjustable_suffix"]["suffix"]


def normalize(dlbm):
    """Canonical spelling of a DLBM: trimmed, upper case, leading zero restored.

    Spreadsheets turn "0101" into 101 and "09" into 9; an odd count of digits
    gets its zero back. Returns "" for None or blank.
    """
    if dlbm is None:
        return ""
    if isinstance(dlbm, float) and dlbm.is_integer():
        dlbm = int(dlbm)
    code = str(dlbm).strip().upper()
    if code.isdigit() and len(code) % 2 == 1:
        code = "0" + code
    return code


def _lookup(dlbm):
    """(name, category) or None when the code is unknown."""
    code = normalize(dlbm)
    if not code:
        return None
    if code in _TABLE:
        return _TABLE[code]
    if code.endswith(_K) and code[:-1] in _TABLE:
        base_name, base_cat = _TABLE[code[:-1]]
        # 可调整地类 exist only for agricultural land that is not 耕地.
        if base_cat == AGRICULTURAL and code[:-1] not in CULTIVATED:
            return "可调整" + base_name, AGRICULTURAL
        return "可调整" + base_name, None
    return None


def known(dlbm):
    """True when the table lists the code (placed or not)."""
    return _lookup(dlbm) is not None


def category(dlbm):
    """"农用地" | "建设用地" | "未利用地", or None when the table does not place the code."""
    hit = _lookup(dlbm)
    return hit[1] if hit else None


def name(dlbm):
    """Chinese name of the land class, or None for an unknown code."""
    hit = _lookup(dlbm)
    return hit[0] if hit else None


def is_cultivated(dlbm):
    """耕地 = 0101 水田, 0102 水浇地, 0103 旱地 (never a K-suffixed code)."""
    return normalize(dlbm) in CULTIVATED


def codes():
    """All codes listed in the table, in table order."""
    return list(_TABLE)
