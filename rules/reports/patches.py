"""Reading patches for the documents: batch month, area, township, the county's own patches.

Part of the periodic documents' figures (rules/reports/__init__.py says how they count)."""

from ..deadlines import parse_month
from ..errors import RuleInputError
from ..fields import MU_PER_M2
from ..values import flag, jcbh, label, number, text
from .common import NO_TOWNSHIP

def batch_month(patch, batch_field="PC"):
    """(year, month) of a patch's batch; RuleInputError naming the patch when it cannot be read."""
    month = parse_month(patch.get(batch_field))
    if month is None:
        raise RuleInputError("批次 %r 读不出月份（应如 2022-03），无法按统计期汇总；请在工作库中更正批次"
                             % text(patch.get(batch_field)), jcbh=jcbh(patch), field=label(batch_field))
    return month


def in_months(patches, first, last, batch_field="PC"):
    """The patches whose batch month lies in [first, last] (inclusive)."""
    return [p for p in patches if first <= batch_month(p, batch_field) <= last]


def patch_area(patch):
    """Patch area in 亩: the overlay's TBMJ, else the issued MJ (m²) converted."""
    tbmj = number(patch, "TBMJ", default=None)
    if tbmj is not None:
        return tbmj
    return number(patch, "MJ") * MU_PER_M2


def township_of(patch):
    return text(patch.get("XZDM")), text(patch.get("XZMC"))


def township_list(patches, extra=()):
    """[(code, name)] of every township met in the patches (and in `extra`), by code; unplaced patches last."""
    names = {}
    for code, name in list(extra) + [township_of(p) for p in patches]:
        if code not in names or (name and not names[code]):
            names[code] = name
    ordered = sorted(c for c in names if c)
    if "" in names:
        ordered.append("")
    return [(c, names[c] or (c if c else NO_TOWNSHIP)) for c in ordered]


def is_military(patch):
    """Patch flagged as military land (SFJYD): reported in the 军用土地登记表, never in the ordinary export."""
    return flag(patch, "SFJYD")


def one_county(patches, county_code, batch_field="PC"):
    """Copies of the patches with XZQDM filled, so accountability puts them all in one county, and the batch read
    once into a (year, month) tuple (which rules/deadlines.parse_month takes as it is)."""
    codes = {text(p.get("XZQDM")) for p in patches} - {""}
    if county_code:
        codes.add(county_code)
    if len(codes) > 1:
        raise RuleInputError("工作库中有多个县级代码（%s），通报按一个县统计；请分县建库或更正 XZQDM"
                             % "、".join(sorted(codes)))
    code = county_code or (codes.pop() if codes else "")
    return [dict(p, XZQDM=text(p.get("XZQDM")) or code, **{batch_field: batch_month(p, batch_field)})
            for p in patches], code
