"""Policy per year: thresholds, deductions, deadlines, tolerances, read from <year>.json.

Next year's rules are a new file in this folder, not new code.
"""

import copy
import json
import os

from ..errors import PolicyError

_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_YEAR = 2022

# Every file must carry these; a typo in a new year's file fails loudly at load time.
_REQUIRED = [
    ("accountability", "ratio_threshold_pct"),
    ("accountability", "thresholds_mu"),
    ("accountability", "deductions"),
    ("accountability", "excluded_from_both"),
    ("quota_link", "release_field"),
    ("deadlines", "monthly_clear"),
    ("deadlines", "monthly_check"),
    ("deadlines", "milestones"),
    ("prejudge", "approval_coverage_tolerance_mu"),
    ("prejudge", "leadership_check_mu"),
    ("selfcheck", "area_tolerance_mu"),
    ("selfcheck", "min_photos"),
    ("selfcheck", "max_photo_distance_m"),
]

_cache = {}


def available_years(folder=None):
    """Years for which a policy file exists, ascending."""
    folder = folder or _DIR
    years = []
    for entry in os.listdir(folder):
        stem, ext = os.path.splitext(entry)
        if ext == ".json" and stem.isdigit():
            years.append(int(stem))
    return sorted(years)


def load_policy(year=DEFAULT_YEAR, folder=None):
    """The policy of `year` as a dict (a private copy: callers may not change the shared one).

    Raises PolicyError naming the available years when the year has no file.
    """
    folder = folder or _DIR
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise PolicyError("政策年度 %r 不是年份；可用年度：%s" % (year, _years_text(folder)))
    key = (folder, year)
    if key not in _cache:
        path = os.path.join(folder, "%d.json" % year)
        if not os.path.exists(path):
            raise PolicyError("没有 %d 年度的政策文件（%s）；可用年度：%s。新年度请复制最近一年的文件并按当年政策修改。"
                              % (year, path, _years_text(folder)))
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except ValueError as e:
            raise PolicyError("政策文件 %s 不是有效的 JSON：%s" % (path, e))
        _validate(doc, path, year)
        _normalise(doc)
        _cache[key] = doc
    return copy.deepcopy(_cache[key])


def _years_text(folder):
    years = available_years(folder)
    return "、".join(str(y) for y in years) if years else "（无）"


def _validate(doc, path, year):
    if doc.get("year") != year:
        raise PolicyError("政策文件 %s 写的年度是 %r，与文件名不符" % (path, doc.get("year")))
    if not doc.get("source"):
        raise PolicyError("政策文件 %s 没有注明来源（source）" % path)
    for section, entry in _REQUIRED:
        if entry not in doc.get(section, {}):
            raise PolicyError("政策文件 %s 缺少 %s.%s" % (path, section, entry))
    for level in ("county", "city", "province"):
        if level not in doc["accountability"]["thresholds_mu"]:
            raise PolicyError("政策文件 %s 缺少 %s 级的面积阈值" % (path, level))
    # The plan gives no township threshold: a file states the county's choice in "local" (or, before that
    # section existed, in thresholds_mu).
    if "township" not in doc["accountability"]["thresholds_mu"] and \
            "township_threshold_mu" not in doc.get("local", {}):
        raise PolicyError("政策文件 %s 缺少乡镇面积阈值（local.township_threshold_mu）" % path)
    _validate_local(doc, path)


def _validate_local(doc, path):
    """Every county setting says what it is and where it comes from, so documents can label it."""
    for key, item in doc.get("local", {}).items():
        if key in ("source", "notes"):
            continue
        if not isinstance(item, dict) or "value" not in item or not item.get("source"):
            raise PolicyError("政策文件 %s 的本县规定 local.%s 应写作 {\"value\": …, \"source\": …, \"note\": …}"
                              % (path, key))


def _normalise(doc):
    """Older readers look for the township threshold in thresholds_mu: put the local value there as well."""
    local = doc.get("local", {}).get("township_threshold_mu")
    if local is not None:
        doc["accountability"]["thresholds_mu"]["township"] = local["value"]
