"""From one layer's pieces to each patch's figures: 耕地 / 三大类 / 田坎 / uncovered from land use, the covered area
and approval or permit numbers from the others, the township with the largest share. Mixed into
core.overlay.Overlay; per-pair sums are numpy, Python only runs per patch where a patch needs a union (overlapping
features, a land-use gap) and per feature for codes and 田坎 shares (cached).
"""
import numpy as np

from ...rules import landclass
from ...rules.fields import MU_PER_M2
from ..i18n import tr
from .measure import (
    AREA_FIELDS,
    MIN_NUMBER_M2,
    NUMBER_FIELDS,
    REL_EPS,
    REPORT_UNCOVERED_MU,
    clip_text,
    polygonal,
    union_area,
)
from .shapely_check import shapely

NUMBER_SEPARATOR = ";"
NUMBER_WIDTH = 254
CATEGORIES = [landclass.AGRICULTURAL, landclass.CONSTRUCTION, landclass.UNUSED]


class LayerValues:
    # ----- land use --------------------------------------------------------------------------------------------------
    def _landuse_values(self, cutter, ref, pieces):
        """{patch index: (values, notes)} for every patch."""
        n = len(self.patches)
        total = np.bincount(pieces.pi, weights=pieces.area, minlength=n)
        area = self.patches.area
        odd = np.flatnonzero((total < area * (1 - REL_EPS) - 1e-6) | (total > area * (1 + REL_EPS) + 1e-6))
        uncovered = np.zeros(n)
        overlap = np.zeros(n)
        replaced = {}
        for p in odd:  # a gap in the land use, or land-use polygons overlapping each other
            ks = list(pieces.of(p))
            covered_ell, merged = union_area(cutter, p, pieces.geoms[ks]) if ks else (0.0, None)
            covered = float(shapely.area(merged)) if merged is not None else 0.0
            if area[p] - covered > 0.0:
                uncovered[p] = area[p] * self.patches.factor[p] - covered_ell
            if total[p] - covered > max(area[p] * REL_EPS, 1e-6):
                overlap[p] = (total[p] - covered) * self.patches.factor[p]
                replaced[p] = self._first_wins(cutter, ref, p, pieces, ks)
        rows = np.unique(pieces.ri)
        cat = np.full(len(ref), -1, dtype=np.int64)
        cultivated = np.zeros(len(ref), dtype=bool)
        coef = np.zeros(len(ref))
        codes = {}
        raw_codes = ref.columns[0]
        tiankan = [ref.columns[i] if i is not None else None for i in self.lu_slots] if self.tiankan else None
        for r in rows.tolist():
            code, category, is_cultivated = self._code(raw_codes[r])
            codes[r] = code
            cat[r] = CATEGORIES.index(category) if category in CATEGORIES else -1
            cultivated[r] = bool(is_cultivated)
            if tiankan:
                coef[r] = self._coefficient(cutter, ref, r, [c[r] if c is not None else None for c in tiankan])
        keep = np.ones(len(pieces.pi), dtype=bool)
        for p in replaced:
            keep[pieces.bounds[p]:pieces.bounds[p + 1]] = False
        pi, ri, ell = pieces.pi[keep], pieces.ri[keep], pieces.ell[keep]
        extra = [item for items in replaced.values() for item in items]
        if extra:
            pi = np.concatenate([pi, np.array([e[0] for e in extra], dtype=np.int64)])
            ri = np.concatenate([ri, np.array([e[1] for e in extra], dtype=np.int64)])
            ell = np.concatenate([ell, np.array([e[2] for e in extra])])
        k = coef[ri]
        net = ell * (1.0 - k)
        sums = {"TKMJ": np.bincount(pi, weights=ell * k, minlength=n),
                "GDMJ": np.bincount(pi, weights=np.where(cultivated[ri], net, 0.0), minlength=n)}
        for c, name in enumerate(CATEGORIES):
            sums[name] = np.bincount(pi, weights=np.where(cat[ri] == c, net, 0.0), minlength=n)
        sums[landclass.AGRICULTURAL] = sums[landclass.AGRICULTURAL] + sums["TKMJ"]  # 田坎 (1203) is agricultural
        unplaced = {}
        for j in np.flatnonzero(cat[ri] < 0).tolist():
            per = unplaced.setdefault(int(pi[j]), {})
            code = codes[int(ri[j])]
            per[code] = per.get(code, 0.0) + float(net[j])
        mu = MU_PER_M2
        out = {}
        for p in range(n):
            values = {"GDMJ": sums["GDMJ"][p] * mu, "NYDMJ": sums[landclass.AGRICULTURAL][p] * mu,
                      "JSYDMJ": sums[landclass.CONSTRUCTION][p] * mu, "WLYDMJ": sums[landclass.UNUSED][p] * mu,
                      "TKMJ": sums["TKMJ"][p] * mu, "DLWFGMJ": max(uncovered[p], 0.0) * mu,
                      "_unplaced": {c: a * mu for c, a in unplaced.get(p, {}).items()}, "_overlap": overlap[p] * mu}
            values = {k: (float(v) if isinstance(v, np.floating) else v) for k, v in values.items()}
            notes = []
            if values["DLWFGMJ"] >= REPORT_UNCOVERED_MU:
                notes.append(tr("地类图层未覆盖 {:.2f} 亩").format(values["DLWFGMJ"]))
            for code, a in sorted(values["_unplaced"].items(), key=lambda kv: (kv[0] or "", kv[1])):
                notes.append(tr("未归类地类 {} {:.2f} 亩").format(code or tr("(空)"), a))
            if values["_overlap"]:
                notes.append(tr("地类图斑自相重叠 {:.2f} 亩，按要素编号小者计").format(values["_overlap"]))
            out[p] = (values, notes)
        return out

    def _first_wins(self, cutter, ref, p, pieces, ks):
        """Overlapping land-use polygons in patch p: the lower feature id keeps the shared part. [(p, row, ell m²)]"""
        taken = None
        out = []
        for k in sorted(ks, key=lambda k: int(ref.fids[pieces.ri[k]])):
            geom = pieces.geoms[k]
            part = geom if taken is None else polygonal(shapely.difference(geom, taken))
            if part is not None:
                out.append((p, int(pieces.ri[k]), cutter.ell(p, part, float(shapely.area(part)))))
            taken = geom if taken is None else shapely.union(taken, geom)
        return out

    def _code(self, raw):
        hit = self._code_cache.get(raw)
        if hit is None:
            code = landclass.normalize(raw)
            hit = (code, landclass.category(code) if code else None, landclass.is_cultivated(code))
            self._code_cache[raw] = hit
        return hit

    def _coefficient(self, cutter, ref, row, values):
        """田坎 share of a land-use polygon from its (KCXS, KCMJ, TBMJ): KCXS, else KCMJ / its area (TBMJ, else
        measured); 0 when none."""
        kcxs, kcmj, tbmj = values
        coef = 0.0
        try:
            if kcxs not in (None, "") and float(kcxs) != 0.0:
                coef = float(kcxs)
            elif kcmj not in (None, "") and float(kcmj) != 0.0:
                base = float(tbmj) if tbmj not in (None, "") and float(tbmj) > 0 else self._feature_m2(cutter, ref, row)
                coef = float(kcmj) / base if base > 0 else float("nan")
        except (TypeError, ValueError):
            coef = float("nan")
        if not 0.0 <= coef < 1.0:  # also NaN
            fid = int(ref.fids[row])
            self._coef_problems[(ref.key, fid)] = tr(
                "{}要素 fid={}：田坎扣除 KCXS={} KCMJ={} TBMJ={} 不在 0–1 之间，未扣除，请核对").format(
                ref.title, fid, kcxs, kcmj, tbmj)
            coef = 0.0
        return coef

    @staticmethod
    def _feature_m2(cutter, ref, row):
        """Ellipsoidal m² of a whole land-use feature (for KCMJ without TBMJ)."""
        geom = ref.geoms[row]
        if geom is None:
            return 0.0
        return float(shapely.area(geom)) * float(cutter.factors_at(np.array([geom], dtype=object))[0])

    # ----- the other layers ----------------------------------------------------------------------------------------
    def _coverage_values(self, key, cutter, ref, pieces, only=None):
        """{patch index: (values, notes)}: the area inside the layer (overlapping features counted once) and the
        numbers of the features met. `only`: the pieces (indices into `pieces`) to count, for validity terms."""
        n = len(self.patches)
        keep = np.ones(len(pieces.pi), dtype=bool) if only is None else only
        pi, ri, ell = pieces.pi[keep], pieces.ri[keep], pieces.ell[keep]
        area = np.bincount(pi, weights=ell, minlength=n)
        # patches met by two or more features: union (features may overlap)
        for p in self._overlapping(pieces.geoms[keep], pi, ri, n):
            ks = [k for k in pieces.of(p) if keep[k]]
            area[p] = union_area(cutter, p, pieces.geoms[ks])[0]
        want_numbers = key in NUMBER_FIELDS and self.fields.get(key)
        out = {}
        for p in range(n):
            values = {AREA_FIELDS[key]: float(area[p]) * MU_PER_M2}
            notes = []
            if want_numbers:
                per = {}
                for k in pieces.of(p):
                    if keep[k]:
                        r = int(pieces.ri[k])
                        per[r] = per.get(r, 0.0) + float(pieces.ell[k])
                values[NUMBER_FIELDS[key]] = self._numbers(ref, per, notes)
            out[p] = (values, notes)
        return out

    @staticmethod
    def _overlapping(geoms, pi, ri, n):
        """Patches whose pieces (sorted by patch, then feature: pi, ri) from different features overlap each other:
        only there is a union needed. Most layers (farmland, red line) are coverages whose features only touch:
        one DE-9IM test per pair of small pieces is cheaper than a union per patch."""
        several = np.zeros(n, dtype=bool)
        several[pi[1:][(pi[1:] == pi[:-1]) & (ri[1:] != ri[:-1])]] = True
        if not several.any():
            return []
        bounds = np.searchsorted(pi, np.arange(n + 1))
        first, second, owner = [], [], []
        for p in np.flatnonzero(several).tolist():
            ks = range(bounds[p], bounds[p + 1])
            for a in ks:
                for b in ks:
                    if a < b and ri[a] != ri[b]:
                        first.append(a)
                        second.append(b)
                        owner.append(p)
        meet = shapely.relate_pattern(geoms[first], geoms[second], "T********")
        return sorted(set(np.array(owner)[meet].tolist()))

    def _patch_coverage(self, key, cutter, ref, pieces, p, ks):
        """(values, notes) of patch p from some of its pieces `ks` (validity terms leave features out)."""
        per = {}
        for k in ks:
            r = int(pieces.ri[k])
            per[r] = per.get(r, 0.0) + float(pieces.ell[k])
        area = union_area(cutter, p, pieces.geoms[ks])[0] if len(per) > 1 else sum(per.values())
        values, notes = {AREA_FIELDS[key]: area * MU_PER_M2}, []
        if key in NUMBER_FIELDS and self.fields.get(key):
            values[NUMBER_FIELDS[key]] = self._numbers(ref, per, notes)
        return values, notes

    def _numbers(self, ref, per_feature, notes):
        """Approval / permit numbers of the features overlapping the patch, largest share first."""
        numbers = []
        for row, area in sorted(per_feature.items(), key=lambda kv: (-kv[1], int(ref.fids[kv[0]]))):
            if area < MIN_NUMBER_M2:
                continue
            value = ref.attributes(row)[0]
            text = str(value).strip() if value not in (None, "") else tr("无编号(fid={})").format(int(ref.fids[row]))
            if text not in numbers:
                numbers.append(text)
        joined = NUMBER_SEPARATOR.join(numbers)
        if len(joined) > NUMBER_WIDTH:
            notes.append(tr("{}编号共 {} 个，字段只容纳前几个").format(ref.title, len(numbers)))
            joined = clip_text(joined, NUMBER_WIDTH)
        return joined or None

    def _township_values(self, ref, pieces):
        out = {}
        for p in range(len(self.patches)):
            notes = []
            out[p] = (self._township_from(ref, pieces.per_feature(p), notes), notes)
        return out

    def _township_from(self, ref, per_feature, notes):
        """Largest share from per-feature areas (a patch across a border is noted with its shares)."""
        shares = {}
        for row, area in per_feature.items():
            if area < MIN_NUMBER_M2:  # a border touched, not crossed
                continue
            code, name = (tuple(ref.attributes(row)) + (None, None))[:2]
            key = (str(code) if code is not None else "", str(name) if name is not None else "")
            shares[key] = shares.get(key, 0.0) + area
        if not shares:
            notes.append(tr("不在乡镇界内"))
            return {"XZDM": None, "XZMC": None}
        ranked = sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))
        (code, name), _best = ranked[0]
        if len(ranked) > 1:
            total = sum(shares.values())
            notes.append(tr("跨乡镇：") + "、".join("{} {:.0f}%".format(n or c, 100.0 * a / total)
                                                   for (c, n), a in ranked[:4]))
        return {"XZDM": code or None, "XZMC": name or None}
