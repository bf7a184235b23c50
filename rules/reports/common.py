"""What every periodic document shares: county-practice defaults (本县规定) and patch states.

Part of the periodic documents' figures (rules/reports/__init__.py says how they count)."""

from .. import local
from ..deadlines import CONFIRMED

# County practice (see module doc); a policy file may override them under "periodic".
DEFAULTS = {
    "rectify_months_after_clear": 3,   # an illegal patch should be rectified within 3 months after its 月清
    "quarter_review_label": "季度小结（季度末全面审核）",
    "due_table_rows": 12,              # rows of the due table on a 挂图作战 page
}

FILLED_STATES = ("已填报", CONFIRMED)
RECTIFIED = "已整改"
RECTIFYING = "整改中"
NO_TOWNSHIP = "（未落乡镇）"


def setting(policy, key):
    if key == "rectify_months_after_clear":  # a county rule: "local" section first (rules/local.py)
        return local.value(policy, key)
    return policy.get("periodic", {}).get(key, DEFAULTS[key])
