"""Evidence completeness of one patch (举证完整性): how many photos, from how many directions, how close, and
whether they were taken after the imagery. Plain Python over photo dicts; thresholds come from the policy's
`selfcheck` section so the form and the self-check (rules/selfcheck.py) agree."""
from ...rules.deadlines import parse_date
from ...rules.selfcheck import azimuth_spread
from ...rules.values import is_empty, text
from ..i18n import tr


def photo_name(photo):
    return text(photo.get("PATH")).replace("\\", "/").rsplit("/", 1)[-1] or "?"


class Evidence:
    """Figures and verdicts for the form. `items`: [(label, value text, ok)] in display order."""

    def __init__(self):
        self.count = 0
        self.azimuths = []
        self.spread = 0.0
        self.max_distance = None
        self.early = []
        self.undated = []
        self.shared = []  # (photo name, other patches) — the same photo also linked elsewhere
        self.items = []

    @property
    def complete(self):
        return bool(self.items) and all(ok for _l, _v, ok in self.items)


def assess(patch, photos, policy, linked_elsewhere=None):
    """Evidence of `patch` from its photo dicts. linked_elsewhere: {SHA256: set of JCBH} over the package, used to
    flag a photo that also serves another patch."""
    cfg = policy["selfcheck"]
    need = int(cfg["min_photos"])
    limit = float(cfg["max_photo_distance_m"])
    spread_needed = float(cfg.get("min_azimuth_spread_deg", 0))
    ev = Evidence()
    ev.count = len(photos)
    ev.azimuths = [float(p["AZIMUTH"]) for p in photos if not is_empty(p.get("AZIMUTH"))]
    ev.spread = azimuth_spread(ev.azimuths)
    distances = [float(p["DIST_M"]) for p in photos if not is_empty(p.get("DIST_M"))]
    ev.max_distance = max(distances) if distances else None
    hsx = parse_date(patch.get("HSX"))
    for p in photos:
        taken = parse_date(p.get("TAKEN_AT"))
        if taken is None:
            ev.undated.append(photo_name(p))
        elif hsx is not None and taken < hsx:
            ev.early.append(photo_name(p))
    me = text(patch.get("JCBH"))
    for p in photos:
        others = sorted((linked_elsewhere or {}).get(text(p.get("SHA256")), set()) - {me, ""})
        if others and not is_empty(p.get("SHA256")):
            ev.shared.append((photo_name(p), others))

    ev.items.append((tr("照片数量"), tr("{} 张（至少 {} 张）").format(ev.count, need), ev.count >= need))
    if len(ev.azimuths) >= 2:
        ev.items.append((tr("方位角跨度"), tr("{:.0f}°（至少 {:g}°）").format(ev.spread, spread_needed),
                         ev.spread >= spread_needed))
    else:
        ev.items.append((tr("方位角跨度"), tr("有方位角的照片 {} 张，无法判断多方向").format(len(ev.azimuths)), False))
    if ev.max_distance is None:
        ev.items.append((tr("距图斑距离"), tr("无位置信息") if ev.count else "—", False))
    else:
        ev.items.append((tr("距图斑距离"), tr("最远 {:.1f} 米（不超过 {:g} 米）").format(ev.max_distance, limit),
                         ev.max_distance <= limit))
    if hsx is None:
        ev.items.append((tr("拍摄时间"), tr("后时相为空，无法核对"), False))
    elif ev.early or ev.undated:
        parts = []
        if ev.early:
            parts.append(tr("早于后时相 {}：{}").format(hsx.isoformat(), "、".join(ev.early)))
        if ev.undated:
            parts.append(tr("无拍摄时间：{}").format("、".join(ev.undated)))
        ev.items.append((tr("拍摄时间"), "；".join(parts), False))
    else:
        ev.items.append((tr("拍摄时间"), tr("均晚于后时相 {}").format(hsx.isoformat()) if ev.count else "—", ev.count > 0))
    if ev.shared:
        ev.items.append((tr("重复照片"), "；".join(tr("{} 也关联了 {}").format(n, "、".join(o)) for n, o in ev.shared), False))
    return ev
