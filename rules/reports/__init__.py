"""Figures of the periodic documents: 通报 (bulletin), 季度小结, half-year and annual reports, 挂图作战, deadlines.

One module per document, mirroring core/reports/:

- common: What every periodic document shares: county-practice defaults (本县规定) and patch states.
- periods: Periods of the documents (month, quarter, half-year, year): parse_period() and Period.
- patches: Reading patches for the documents: batch month, area, township, the county's own patches.
- bulletin: Figures of the 通报 (bulletin): township progress, illegal land, ranking, trend, warnings.
- review: Figures of the 季度小结 (quarterly review): disagreements, rectification problems, rule summary.
- annual: Figures of the half-year and annual reports: categories, ages, measures, months.
- military: Figures of the 军用土地登记表 (military land register).
- atlas: 挂图作战 and deadlines: each patch's state on the wall map, what falls due, the deadline view.


Pure functions over patch dicts (rules/fields.py names) and photo dicts. The accountability arithmetic and the
deadline calendar are not repeated here: they come from rules/accountability.py and rules/deadlines.py; the data
checks of the quarterly review come from rules/selfcheck.py.

Scope of a document: a period (month, quarter, half-year, year) is read with parse_period(). The accountability
ratio is a yearly figure, so every document counts the patches of the batches issued from January of the period's
year up to the end of the period (年初至期末累计); "本期" columns count the batches issued within the period. The
judgments are those in the package when the document is made. The previous period is recomputed the same way with
the batches up to its end, so the comparison shows how the new batches and the work since moved each township.

Numbers the 2022 plan does not give (how long after 月清 an illegal patch may stay unrectified before a township is
warned, the warning line of the bulletin, which township gets which letter, the quarter-end review dates) are county
rules (本县规定): the policy file's "local" section (rules/local.py), an older file's `periodic` section, or the
defaults in common.py. Documents label them as such.

Every ratio printed next to a verdict or a warning line goes through rules/ratio_text.py, so 14.99993 % is never
shown as "15.00%" beside "未达到".
"""
# The package's names, so callers say `reports.period_rows` whichever module holds it.
from .common import setting, DEFAULTS, FILLED_STATES, RECTIFIED, RECTIFYING, NO_TOWNSHIP  # noqa: F401
from .periods import Period, parse_period, month_code  # noqa: F401
from .patches import batch_month, in_months, patch_area, township_of, township_list, is_military, one_county  # noqa: F401
from .bulletin import rectify_due, is_rectified, period_rows, compare, ratio_trend, warning_line, warning_reached, choose_letter, warning_findings, bulletin_figures, PROGRESS_FIELDS, ILLEGAL_FIELDS, RANKING_FIELDS, TREND_FIELDS, WARNING_FIELDS  # noqa: F401
from .review import disagreements, rectification_problems, rule_summary, review_figures, DISAGREEMENT_FIELDS, RECTIFICATION_FIELDS, RULE_SUMMARY_FIELDS, REVIEW_TOWN_FIELDS, EVIDENCE_RULES  # noqa: F401
from .annual import category_rows, illegal_age_rows, measure_rows, month_rows, zero_accountability_row, annual_figures, CATEGORY_FIELDS, ILLEGAL_AGE_FIELDS, MEASURE_FIELDS, MONTH_FIELDS, UNJUDGED, UNSPECIFIED  # noqa: F401
from .military import military_rows, MILITARY_FIELDS  # noqa: F401
from .atlas import battle_state, due_items, quarter_ends, obligations, deadline_view, UNJUDGED_STATE, ILLEGAL_OPEN, RECTIFYING_STATE, DONE_STATE, BATTLE_STATES, BATTLE_COLORS, DUE_FIELDS  # noqa: F401
