"""What the overlay measures for one patch: its pieces in each reference layer and their areas.

Mixed into core.overlay.Overlay. Pieces come back in local coordinates (see core.reference) with exact planar areas;
`_ell` turns planar m² into ellipsoidal m² (patch factor, or per piece for large patches).
"""
from qgis.core import QgsGeometry, QgsRectangle

from ..rules import landclass
from ..rules.fields import MU_PER_M2
from .i18n import tr
from .reference import UNUSABLE, Tiled, polygonal

LARGE_PATCH_M2 = 200000.0  # above ~300 亩 each piece gets the area factor at its own centroid
MIN_NUMBER_M2 = 0.01  # an approval touching a patch along an edge gives no number
REPORT_UNCOVERED_MU = 0.001
REL_EPS = 1e-9
AREA_FIELDS = {"farmland": "YJJBNTMJ", "redline": "STHXMJ", "approvals": "PZMJ", "mining": "CKMJ",
               "facility": "SSNYDMJ", "temporary": "LSYDMJ"}
NUMBER_FIELDS = {"approvals": "PZWH", "mining": "CKZH"}
NUMBER_SEPARATOR = ";"
NUMBER_WIDTH = 254


def clip_text(text, width):
    return text if len(text) <= width else text[:width - 1] + "…"


class PatchMeasure:
    # ----- pieces ------------------------------------------------------------------------------------------------
    def _pieces(self, patch, engine, ref):
        """[(fid, local QgsAbstractGeometry or None = the whole patch, planar m²)]: the patch inside the layer.

        The hot loop of the overlay: boxes are compared as plain floats and Qt is called only for GEOS work."""
        out = []
        px0, py0, px1, py1 = patch.box
        feature = ref.feature
        to_local = self.frame.to_local
        whole_test = ref.key != "landuse"  # patches rarely lie inside one land-use polygon; often inside approvals
        for fid in ref.candidates_for(patch):
            feat = feature(fid)
            if feat is UNUSABLE:
                continue
            for piece in (feat.near(patch.rect) if type(feat) is Tiled else (feat,)):
                around = inside = False
                if whole_test or piece.full:
                    qx0, qy0, qx1, qy1 = piece.box
                    if qx0 > px1 or qx1 < px0 or qy0 > py1 or qy1 < py0:
                        continue
                    around = qx0 <= px0 and qy0 <= py0 and qx1 >= px1 and qy1 >= py1
                    if around and piece.full:
                        out.append((fid, None, patch.area))
                        continue
                    inside = px0 <= qx0 and py0 <= qy0 and px1 >= qx1 and py1 >= qy1
                geom = piece.abstract
                if not engine.intersects(geom):
                    continue
                if not piece.checked:
                    piece = ref.checked(piece)
                    if piece is UNUSABLE:
                        continue
                    if piece.abstract is not geom:  # repaired: test again
                        geom = piece.abstract
                        if not engine.intersects(geom):
                            continue
                if around and whole_test and engine.within(geom):
                    out.append((fid, None, patch.area))
                    continue
                if inside and engine.contains(geom):
                    local = geom.clone()
                    local.transform(to_local)
                    out.append((fid, local, local.area()))
                    continue
                cut = engine.intersection(geom)
                if cut is None:
                    cut = self._retry_intersection(patch, ref, fid, piece)
                    if cut is None:
                        continue
                cut.transform(to_local)
                area = cut.area()
                if area > 0.0:
                    out.append((fid, cut, area))
        return out

    def _retry_intersection(self, patch, ref, fid, piece):
        """GEOS failed on this pair (rare robustness case): retry on snapped copies, else report the pair."""
        cut = patch.work.snappedToGrid(1e-6, 1e-6).intersection(piece.geometry.snappedToGrid(1e-6, 1e-6))
        cut = polygonal(cut)
        if cut.isNull():
            self.result.warnings.append(tr("图斑 {} 与{}要素 fid={} 求交失败（GEOS 拓扑错误），该项面积未计入，请检查两者几何。")
                                        .format(patch.label, ref.title, fid))
            return None
        return cut.constGet().clone() if not cut.isEmpty() else None

    def _ell(self, patch, geometry, area):
        """Planar m² -> ellipsoidal m²: the patch's factor, or for a large patch the factor at the piece's centroid."""
        if not patch.large or geometry is None:
            return area * patch.factor
        c = geometry.centroid()
        return area * self.scale.factor(c.x() + self.frame.ox, c.y() + self.frame.oy)

    @staticmethod
    def _union(patch, pieces):
        """Polygonal union of local pieces (None = the whole patch)."""
        geoms = [QgsGeometry(g.clone()) if g is not None else patch.geometry for _f, g, _a in pieces]
        return polygonal(QgsGeometry.unaryUnion(geoms)) if geoms else QgsGeometry()

    # ----- one layer ---------------------------------------------------------------------------------------------
    def _coverage(self, patch, engine, ref):
        """Ellipsoidal m² of the patch inside the layer (overlapping features once), and per feature."""
        return self._coverage_of(patch, self._pieces(patch, engine, ref))

    def _coverage_of(self, patch, pieces):
        """The same from pieces already cut (core.overlay_validity measures a subset of features this way)."""
        per_feature = {}
        for fid, geom, area in pieces:
            per_feature[fid] = per_feature.get(fid, 0.0) + self._ell(patch, geom, area)
        if len(per_feature) <= 1:
            return sum(per_feature.values()), per_feature
        union = self._union(patch, pieces)
        if union.isEmpty():
            return 0.0, per_feature
        return self._ell(patch, union.constGet(), union.constGet().area()), per_feature

    def _numbers(self, ref, per_feature, notes):
        """Approval / permit numbers of the features overlapping the patch, largest share first."""
        numbers = []
        for fid, area in sorted(per_feature.items(), key=lambda kv: (-kv[1], kv[0])):
            if area < MIN_NUMBER_M2:
                continue
            value = ref.attributes(fid)[0]
            text = str(value).strip() if value not in (None, "") else tr("无编号(fid={})").format(fid)
            if text not in numbers:
                numbers.append(text)
        joined = NUMBER_SEPARATOR.join(numbers)
        if len(joined) > NUMBER_WIDTH:
            notes.append(tr("{}编号共 {} 个，字段只容纳前几个").format(ref.title, len(numbers)))
            joined = clip_text(joined, NUMBER_WIDTH)
        return joined or None

    def _township(self, patch, engine, notes):
        """Township holding the largest share of the patch."""
        ref = self.refs["townships"]
        _total, per_feature = self._coverage(patch, engine, ref)
        return self._township_from(ref, per_feature, notes)

    def _township_from(self, ref, per_feature, notes):
        """Largest share from per-feature areas (a patch across a border is noted with its shares)."""
        if not per_feature:
            notes.append(tr("不在乡镇界内"))
            return {"XZDM": None, "XZMC": None}
        shares = {}
        for fid, area in per_feature.items():
            if area < MIN_NUMBER_M2:  # a border touched, not crossed
                continue
            code, name = (tuple(ref.attributes(fid)) + (None, None))[:2]
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

    # ----- land use ----------------------------------------------------------------------------------------------
    def _code(self, raw):
        hit = self._code_cache.get(raw)
        if hit is None:
            code = landclass.normalize(raw)
            hit = (code, landclass.category(code) if code else None, landclass.is_cultivated(code))
            self._code_cache[raw] = hit
        return hit

    def _coefficient(self, ref, fid, attrs):
        """田坎 share of a land-use polygon: KCXS, else KCMJ / its area (TBMJ, else measured); 0 when none."""
        hit = self._coef_cache.get(fid)
        if hit is not None:
            return hit
        kcxs, kcmj, tbmj = (attrs[i] if i is not None else None for i in self.lu_slots)
        coef = 0.0
        try:
            if kcxs not in (None, "") and float(kcxs) != 0.0:
                coef = float(kcxs)
            elif kcmj not in (None, "") and float(kcmj) != 0.0:
                base = float(tbmj) if tbmj not in (None, "") and float(tbmj) > 0 else self._feature_m2(ref, fid)
                coef = float(kcmj) / base if base > 0 else float("nan")
        except (TypeError, ValueError):
            coef = float("nan")
        if not 0.0 <= coef < 1.0:  # also NaN
            self._coef_problems[fid] = tr("{}要素 fid={}：田坎扣除 KCXS={} KCMJ={} TBMJ={} 不在 0–1 之间，未扣除，请核对")\
                .format(ref.title, fid, kcxs, kcmj, tbmj)
            coef = 0.0
        self._coef_cache[fid] = coef
        return coef

    def _feature_m2(self, ref, fid):
        """Ellipsoidal m² of a whole land-use feature (for KCMJ without TBMJ)."""
        feat = ref.feature(fid)
        if feat is UNUSABLE:
            return 0.0
        pieces = feat.pieces if type(feat) is Tiled else [feat]
        rect = QgsRectangle(*pieces[0].box)
        for p in pieces[1:]:
            rect.combineExtentWith(QgsRectangle(*p.box))
        c = rect.center()
        return sum(p.area for p in pieces) * self.scale.factor(c.x(), c.y())

    def _landuse(self, patch, engine, notes):
        """耕地 / 三大类 / 田坎 / uncovered areas of the patch (亩)."""
        ref = self.refs["landuse"]
        pieces = self._pieces(patch, engine, ref)
        total = sum(a for _f, _g, a in pieces)
        uncovered = overlap = 0.0
        if total < patch.area * (1 - REL_EPS) - 1e-6 or total > patch.area * (1 + REL_EPS) + 1e-6:
            union = self._union(patch, pieces)
            covered = union.constGet().area() if not union.isEmpty() else 0.0
            if patch.area - covered > 0.0:
                uncovered = patch.area * patch.factor - (self._ell(patch, union.constGet(), covered)
                                                         if covered else 0.0)
            if total - covered > max(patch.area * REL_EPS, 1e-6):
                overlap = (total - covered) * patch.factor
                pieces = self._first_wins(patch, pieces)
        return self._landuse_account(patch, pieces, notes, uncovered, overlap)

    def _landuse_account(self, patch, pieces, notes, uncovered=0.0, overlap=0.0):
        """Sum pieces [(fid, geometry, planar m²)] into 耕地 / 三大类 / 田坎 (亩); uncovered, overlap in m²."""
        ref = self.refs["landuse"]
        sums = {"GDMJ": 0.0, "TKMJ": 0.0, landclass.AGRICULTURAL: 0.0, landclass.CONSTRUCTION: 0.0,
                landclass.UNUSED: 0.0}
        unplaced = {}
        for fid, geom, area in pieces:
            area = self._ell(patch, geom, area)
            attrs = ref.attributes(fid)
            code, category, cultivated = self._code(attrs[0])
            coef = self._coefficient(ref, fid, attrs) if self.tiankan else 0.0
            net = area * (1.0 - coef)
            if coef:
                sums["TKMJ"] += area * coef
                sums[landclass.AGRICULTURAL] += area * coef  # 田坎 (1203) is agricultural land
            if cultivated:
                sums["GDMJ"] += net
            if category is None:
                unplaced[code] = unplaced.get(code, 0.0) + net
            else:
                sums[category] += net
        mu = MU_PER_M2
        out = {"GDMJ": sums["GDMJ"] * mu, "NYDMJ": sums[landclass.AGRICULTURAL] * mu,
               "JSYDMJ": sums[landclass.CONSTRUCTION] * mu, "WLYDMJ": sums[landclass.UNUSED] * mu,
               "TKMJ": sums["TKMJ"] * mu, "DLWFGMJ": max(uncovered, 0.0) * mu,
               "_unplaced": {c: a * mu for c, a in unplaced.items()}, "_overlap": overlap * mu}
        if out["DLWFGMJ"] >= REPORT_UNCOVERED_MU:
            notes.append(tr("地类图层未覆盖 {:.2f} 亩").format(out["DLWFGMJ"]))
        for code, area in sorted(out["_unplaced"].items()):
            notes.append(tr("未归类地类 {} {:.2f} 亩").format(code or tr("(空)"), area))
        if overlap:
            notes.append(tr("地类图斑自相重叠 {:.2f} 亩，按要素编号小者计").format(out["_overlap"]))
        return out

    @staticmethod
    def _first_wins(patch, pieces):
        """Overlapping land-use polygons: the lower feature id keeps the shared part (reported)."""
        taken = None
        out = []
        for fid, geom, _area in sorted(pieces, key=lambda p: p[0]):
            geom = QgsGeometry(geom.clone()) if geom is not None else patch.geometry
            part = geom if taken is None else polygonal(geom.difference(taken))
            if not part.isEmpty():
                out.append((fid, part.constGet().clone(), part.constGet().area()))
            taken = geom if taken is None else QgsGeometry.unaryUnion([taken, geom])
        return out
