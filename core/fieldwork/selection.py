"""Which units go to which township, and what they look like as they leave."""
from ...rules import categories as cat
from ...rules import fields as F
from ...rules.values import text
from ..errors import InputError
from ..export.package import export_order
from ..i18n import tr

DONE_STATES = ("已填报", "已确认")  # judged, filled and (being) confirmed: nothing left for the township


def to_verify(unit):
    """A unit the township still has to check on the ground or report on: its verification is not through
    (待核查 … 已判定), or it is illegal and not yet rectified (方案二(五): the township reports rectification until the
    illegal state is gone)."""
    if text(unit.get("HSZT")) not in DONE_STATES:
        return True
    return text(unit.get("PDLX")) == cat.ILLEGAL and text(unit.get("ZGZT")) != "已整改"


def township_of(unit):
    return text(unit.get("XZDM")), text(unit.get("XZMC"))


def select(wp, townships=(), batches=(), every_unit=False):
    """{(XZDM, XZMC): [units]} of the asked townships (codes or names; empty: every township with something to
    verify), units in export order with geometry. `every_unit`: all units of the township, not only those to verify.
    Raises InputError naming the townships the package knows when an asked one has nothing."""
    units = [u for u in wp.patches(geometry=True) if not batches or text(u.get("PC")) in batches]
    no_township = [u[F.KEY] for u in units if not township_of(u)[0]]
    units = [u for u in units if township_of(u)[0]]
    known = {}
    for unit in units:
        code, name = township_of(unit)
        known.setdefault(code, name)
    if not known:
        raise InputError(tr("工作库中的图斑还没有乡镇（XZDM/XZMC 为空）：请先运行套合分析并给出乡镇界图层，再生成乡镇核查任务包。"))
    wanted = [t.strip() for t in townships if str(t).strip()]
    unknown = [t for t in wanted if t not in known and t not in known.values()]
    if unknown:
        raise InputError(tr("工作库中没有这些乡镇：{}。已有乡镇：{}。").format(
            "、".join(unknown), "、".join("{} {}".format(c, n) for c, n in sorted(known.items()))))
    chosen = {}
    for unit in units:
        code, name = township_of(unit)
        if wanted and code not in wanted and name not in wanted:
            continue
        if every_unit or to_verify(unit):
            chosen.setdefault((code, name), []).append(unit)
    if wanted:
        empty = [t for t in wanted if not any(t in key for key in chosen)]
        if empty:
            raise InputError(tr("乡镇 {} 没有需要核查的图斑（都已填报或确认，且违法图斑均已整改）。如仍要发出，请勾选“包含该乡镇的全部图斑”。")
                             .format("、".join(empty)))
    if not chosen:
        raise InputError(tr("所选范围内没有需要乡镇核查的图斑（都已填报或确认，且违法图斑均已整改）。"))
    for rows in chosen.values():
        rows.sort(key=export_order)
    return dict(sorted(chosen.items())), no_township


def sent_values(unit):
    """The township fields of a unit as they leave: the base of the three-way comparison on return."""
    return {name: unit.get(name) for name in F.FIELDWORK_FILLED}
