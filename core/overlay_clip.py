"""Vectorised polygon overlap areas (numpy), the fast path of the land-use pass.

Land use is a coverage of ~200k small polygons; a patch meets about ten of them. Asking GEOS for each intersection
costs ~30 µs of fixed overhead per pair, so here the areas of all patch × polygon pairs are computed at once:

- the land-use polygons come as WKB from GDAL's columnar reader and are decoded for all features together;
- each patch is split into convex parts: a convex ring is one part; any other ring is written as a fan of triangles
  (v0, vi, vi+1) with signs, because a ring's indicator function is the signed sum of its fan triangles — so
  area(L ∩ patch) = Σ sign · area(L ∩ triangle) exactly, whatever the patch's shape and holes;
- each land-use ring is clipped by each convex part with Sutherland–Hodgman (first by the part's box, then by its
  edges), all pairs together, and the clipped rings' shoelace areas are summed. Sutherland–Hodgman may leave
  zero-width bridges for concave subject rings; they add no area, so areas are exact.
Coordinates are local (whole-kilometre origin) and each part is measured relative to its own corner.
Validity is not judged here: the caller checks the polygons that overlap patches with GEOS and repairs them.
"""
import numpy as np

GATHER_RINGS = 40000  # rings per slice when copying coordinates out of the WKB buffer
_DIM = np.array([2, 3, 3, 4], dtype=np.int64)  # ISO WKB thousands digit (-, Z, M, ZM) -> coordinates per point


class PolygonArrays:
    """Polygons as flat arrays. Rings are stored without the closing point, grouped by feature in order.

    x, y: vertex coordinates (local); ring_start, ring_len: slice of each ring in x/y; ring_feature: owning feature
    index; ring_role: +1 exterior, -1 hole; ring_sign: orientation (+1 counter-clockwise, -1 clockwise, 0 empty);
    box: (n_features, 4) xmin, ymin, xmax, ymax (NaN for empty features)."""

    def __init__(self, x, y, ring_start, ring_len, ring_feature, ring_role, n_features):
        self.x, self.y = x, y
        self.ring_start, self.ring_len = ring_start, ring_len
        self.ring_feature, self.ring_role = ring_feature, ring_role
        self.n_features = n_features
        self._ring_sign = None
        self.box = _feature_boxes(x, y, ring_start, ring_len, ring_feature, n_features)

    @property
    def ring_sign(self):
        if self._ring_sign is None:
            self._ring_sign = np.sign(_ring_signed_areas(self.x, self.y, self.ring_start, self.ring_len))
        return self._ring_sign


def parse_wkb(wkbs, ox=0.0, oy=0.0):
    """Decode little-endian (ISO or 2.5D) Polygon/MultiPolygon WKB for many features at once.

    Returns PolygonArrays (coordinates minus the origin), or None when something is not a plain polygon
    (curves, big-endian) — the caller then takes the general path."""
    lengths = np.fromiter((len(w) if w is not None else 0 for w in wkbs), dtype=np.int64, count=len(wkbs))
    buf = b"".join(w for w in wkbs if w is not None) + b"\0" * 16
    u8 = np.frombuffer(buf, dtype=np.uint8)
    starts = np.cumsum(lengths) - lengths
    present = lengths > 0
    n = len(wkbs)

    def u32(pos):
        pos = pos.astype(np.int64)
        return (u8[pos].astype(np.int64) | (u8[pos + 1].astype(np.int64) << 8)
                | (u8[pos + 2].astype(np.int64) << 16) | (u8[pos + 3].astype(np.int64) << 24))

    def kind(pos):
        """(base type, coordinates per point) of the geometry headers at pos; -1 for unsupported."""
        if np.any(u8[pos] != 1):
            return None
        t = u32(pos + 1)
        flag_z = (t & 0x80000000) != 0
        flag_m = (t & 0x40000000) != 0
        t = t & 0x0FFFFFFF
        iso, base = t // 1000, t % 1000
        if np.any(iso > 3):
            return None
        dim = np.where(flag_z | flag_m, 2 + flag_z.astype(np.int64) + flag_m, _DIM[iso])
        return base, dim

    geoms = np.flatnonzero(present)
    head = kind(starts[geoms]) if len(geoms) else (np.zeros(0, np.int64), np.zeros(0, np.int64))
    if head is None:
        return None
    base, dim = head
    if np.any((base != 3) & (base != 6)):
        return None
    multi = base == 6
    parts_left = np.where(multi, u32(starts[geoms] + 5), 1)
    cursor = np.where(multi, starts[geoms] + 9, starts[geoms])
    geom_dim = dim
    rs, rl, rf, rr = [], [], [], []
    while True:
        active = np.flatnonzero(parts_left > 0)
        if not len(active):
            break
        pos = cursor[active]
        head = kind(pos)
        if head is None or np.any(head[0] != 3):
            return None
        rings_left = u32(pos + 5)
        cursor[active] = pos + 9
        ring_no = 0
        while True:
            live = active[rings_left > 0]
            if not len(live):
                break
            pos = cursor[live]
            npts = u32(pos)
            rs.append(pos + 4)
            rl.append(npts)
            rf.append(geoms[live])
            rr.append(np.full(len(live), 1 if ring_no == 0 else -1, dtype=np.int64))
            cursor[live] = pos + 4 + npts * 8 * geom_dim[live]
            rings_left = rings_left - (rings_left > 0)  # indexed like `active`
            ring_no += 1
        parts_left[active] -= 1
    if not rs:
        empty = np.zeros(0, np.int64)
        return PolygonArrays(np.zeros(0), np.zeros(0), empty, empty, empty, empty, n)
    byte_start = np.concatenate(rs)
    npts = np.concatenate(rl)
    ring_feature = np.concatenate(rf)
    ring_role = np.concatenate(rr)
    ring_dim = dim[np.searchsorted(geoms, ring_feature)]
    # order rings by feature, keeping their order within a feature (exterior before its holes)
    order = np.lexsort((np.arange(len(ring_feature)), ring_feature))
    byte_start, npts, ring_feature, ring_role, ring_dim = (a[order] for a in
                                                          (byte_start, npts, ring_feature, ring_role, ring_dim))
    keep = npts >= 4  # closed rings with at least a triangle
    byte_start, npts, ring_feature, ring_role, ring_dim = (a[keep] for a in
                                                          (byte_start, npts, ring_feature, ring_role, ring_dim))
    ring_len = npts - 1  # drop the closing point
    ring_start = np.cumsum(ring_len) - ring_len
    x = np.empty(int(ring_len.sum()))
    y = np.empty(len(x))
    # Each ring's coordinates are one contiguous run of doubles; runs are gathered per (alignment, dimension)
    # from a float64 view of the buffer shifted by that alignment (WKB is not 8-byte aligned).
    shift = byte_start % 8
    views = [np.frombuffer(buf, dtype="<f8", offset=s, count=(len(buf) - s) // 8) for s in range(8)]
    for s in range(8):
        in_shift = shift == s
        for d in np.unique(ring_dim[in_shift]):
            sel_all = np.flatnonzero(in_shift & (ring_dim == d))
            for lo in range(0, len(sel_all), GATHER_RINGS):  # in slices: bounded temporary index arrays
                sel = sel_all[lo:lo + GATHER_RINGS]
                values = views[s][_ranges((byte_start[sel] - s) // 8, ring_len[sel] * d)]
                dest = _ranges(ring_start[sel], ring_len[sel])
                x[dest] = values[0::d]
                y[dest] = values[1::d]
    x -= ox
    y -= oy
    return PolygonArrays(x, y, ring_start, ring_len, ring_feature, ring_role, n)


def _next_in_ring(ring_start, ring_len, total):
    """Index of the following vertex, wrapping at the end of each ring."""
    nxt = np.arange(1, total + 1, dtype=np.int64)
    if len(ring_len):
        last = ring_start + ring_len - 1
        nxt[last] = ring_start
    return nxt


def _ring_signed_areas(x, y, ring_start, ring_len):
    if not len(ring_len):
        return np.zeros(0)
    nxt = _next_in_ring(ring_start, ring_len, len(x))
    x0 = np.repeat(x[ring_start], ring_len)
    y0 = np.repeat(y[ring_start], ring_len)
    cross = (x - x0) * (y[nxt] - y0) - (x[nxt] - x0) * (y - y0)
    return np.add.reduceat(cross, ring_start) * 0.5 if len(cross) else np.zeros(len(ring_len))


def _feature_boxes(x, y, ring_start, ring_len, ring_feature, n):
    box = np.full((n, 4), np.nan)
    if not len(ring_len):
        return box
    rx0, ry0 = np.minimum.reduceat(x, ring_start), np.minimum.reduceat(y, ring_start)
    rx1, ry1 = np.maximum.reduceat(x, ring_start), np.maximum.reduceat(y, ring_start)
    first = np.r_[True, ring_feature[1:] != ring_feature[:-1]]
    fstart = np.flatnonzero(first)
    feats = ring_feature[fstart]
    box[feats, 0] = np.minimum.reduceat(rx0, fstart)
    box[feats, 1] = np.minimum.reduceat(ry0, fstart)
    box[feats, 2] = np.maximum.reduceat(rx1, fstart)
    box[feats, 3] = np.maximum.reduceat(ry1, fstart)
    return box


def box_pairs(a, b, cell=None):
    """All (i, j) with box a[i] overlapping box b[j] (closed boxes), by a uniform grid join. NaN boxes never pair."""
    ia = np.flatnonzero(~np.isnan(a[:, 0]))
    ib = np.flatnonzero(~np.isnan(b[:, 0]))
    if not len(ia) or not len(ib):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if cell is None:
        sizes = np.r_[a[ia, 2] - a[ia, 0], a[ia, 3] - a[ia, 1], b[ib, 2] - b[ib, 0], b[ib, 3] - b[ib, 1]]
        cell = max(float(np.median(sizes)) * 2.0, 1.0)
    x0 = min(a[ia, 0].min(), b[ib, 0].min())
    y0 = min(a[ia, 1].min(), b[ib, 1].min())

    def cells(boxes, idx):
        cx0 = np.floor((boxes[idx, 0] - x0) / cell).astype(np.int64)
        cy0 = np.floor((boxes[idx, 1] - y0) / cell).astype(np.int64)
        cx1 = np.floor((boxes[idx, 2] - x0) / cell).astype(np.int64)
        cy1 = np.floor((boxes[idx, 3] - y0) / cell).astype(np.int64)
        nx, ny = cx1 - cx0 + 1, cy1 - cy0 + 1
        count = nx * ny
        owner = np.repeat(idx, count)
        k = np.arange(int(count.sum()), dtype=np.int64) - np.repeat(np.cumsum(count) - count, count)
        nxr = np.repeat(nx, count)
        gx = np.repeat(cx0, count) + k % nxr
        gy = np.repeat(cy0, count) + k // nxr
        return gx * 4194304 + gy, owner  # one key per cell

    ka, oa = cells(a, ia)
    kb, ob = cells(b, ib)
    sa, sb = np.argsort(ka, kind="stable"), np.argsort(kb, kind="stable")
    ka, oa, kb, ob = ka[sa], oa[sa], kb[sb], ob[sb]
    lo = np.searchsorted(kb, ka, side="left")
    hi = np.searchsorted(kb, ka, side="right")
    cnt = hi - lo
    pa = np.repeat(oa, cnt)
    k = np.arange(int(cnt.sum()), dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    pb = ob[np.repeat(lo, cnt) + k]
    keep = ((a[pa, 0] <= b[pb, 2]) & (b[pb, 0] <= a[pa, 2]) & (a[pa, 1] <= b[pb, 3]) & (b[pb, 1] <= a[pa, 3]))
    pa, pb = pa[keep], pb[keep]
    key = np.unique(pa * np.int64(len(b)) + pb)
    return key // len(b), key % len(b)


class ConvexParts:
    """Convex pieces of the patches with signs: indicator(patch) = Σ coef · indicator(part).

    part_patch: patch index; coef: ±1; vertices (counter-clockwise) in x/y with start/len; box per part."""

    def __init__(self, polys):
        r_start, r_len, r_feat = polys.ring_start, polys.ring_len, polys.ring_feature
        x, y = polys.x, polys.y
        sign = polys.ring_sign
        n_rings = len(r_len)
        # a ring is convex when all turns have the same sign (collinear turns ignored)
        nxt = _next_in_ring(r_start, r_len, len(x))
        nn = nxt[nxt]
        turn = (x[nxt] - x) * (y[nn] - y[nxt]) - (y[nxt] - y) * (x[nn] - x[nxt])
        ring_of_vertex = np.repeat(np.arange(n_rings), r_len)
        pos = np.zeros(n_rings, np.int64)
        neg = np.zeros(n_rings, np.int64)
        np.add.at(pos, ring_of_vertex, turn > 0)
        np.add.at(neg, ring_of_vertex, turn < 0)
        convex = ((pos == 0) | (neg == 0)) & (sign != 0)
        # parts from convex rings: the ring itself, counter-clockwise
        parts_x, parts_y, parts_len, parts_patch, parts_coef = [], [], [], [], []
        cr = np.flatnonzero(convex)
        if len(cr):
            idx = _ring_indices(r_start[cr], r_len[cr])
            flip = np.repeat(sign[cr] < 0, r_len[cr])
            # reverse clockwise rings in place: index from the end of the ring
            rev = np.repeat(r_start[cr] + r_len[cr] - 1, r_len[cr]) - (idx - np.repeat(r_start[cr], r_len[cr]))
            idx = np.where(flip, rev, idx)
            parts_x.append(x[idx])
            parts_y.append(y[idx])
            parts_len.append(r_len[cr])
            parts_patch.append(r_feat[cr])
            parts_coef.append(polys.ring_role[cr].astype(np.float64))  # holes count negative
        # every other ring: its convex hull minus its pockets, recursively (few parts, all convex)
        for r in np.flatnonzero(~convex & (sign != 0)):
            s0, n0 = r_start[r], r_len[r]
            for px, py, c in convex_pieces(x[s0:s0 + n0].tolist(), y[s0:s0 + n0].tolist()):
                parts_x.append(np.array(px))
                parts_y.append(np.array(py))
                parts_len.append(np.array([len(px)], np.int64))
                parts_patch.append(np.array([r_feat[r]], np.int64))
                parts_coef.append(np.array([c * polys.ring_role[r]], np.float64))
        self.x = np.concatenate(parts_x) if parts_x else np.zeros(0)
        self.y = np.concatenate(parts_y) if parts_y else np.zeros(0)
        self.length = np.concatenate(parts_len) if parts_len else np.zeros(0, np.int64)
        self.start = np.cumsum(self.length) - self.length
        self.patch = np.concatenate(parts_patch) if parts_patch else np.zeros(0, np.int64)
        self.coef = np.concatenate(parts_coef) if parts_coef else np.zeros(0)
        n = len(self.length)
        self.box = np.empty((n, 4))
        if n:
            self.box[:, 0] = np.minimum.reduceat(self.x, self.start)
            self.box[:, 1] = np.minimum.reduceat(self.y, self.start)
            self.box[:, 2] = np.maximum.reduceat(self.x, self.start)
            self.box[:, 3] = np.maximum.reduceat(self.y, self.start)


def _cross(ox, oy, ax, ay, bx, by):
    return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox)


def convex_pieces(xs, ys, depth=0):
    """[(xs, ys, coef)]: convex counter-clockwise polygons with ±1 such that the ring's region is their signed sum.

    A simple ring equals its convex hull minus the pockets between the hull and the ring; each pocket is a simple
    ring again. (Vertices of a simple ring's hull appear in ring order, so pockets are runs of the ring.)"""
    n = len(xs)
    area2 = sum(xs[i] * ys[(i + 1) % n] - xs[(i + 1) % n] * ys[i] for i in range(n))
    if n < 3 or abs(area2) <= 1e-18 * (1.0 + max(map(abs, xs)) + max(map(abs, ys))) ** 2:
        return []
    if area2 < 0:
        xs, ys = xs[::-1], ys[::-1]
    turns = [_cross(xs[i - 1], ys[i - 1], xs[i], ys[i], xs[(i + 1) % n], ys[(i + 1) % n]) for i in range(n)]
    if min(turns) >= 0:
        return [(xs, ys, 1)]
    if depth > 30:  # pathological input: signed fan triangles are always right
        return [(t[0], t[1], c) for t, c in _fan(xs, ys)]
    order = sorted(range(n), key=lambda i: (xs[i], ys[i]))
    lower, upper = [], []
    for i in order:
        while len(lower) >= 2 and _cross(xs[lower[-2]], ys[lower[-2]], xs[lower[-1]], ys[lower[-1]], xs[i], ys[i]) <= 0:
            lower.pop()
        lower.append(i)
    for i in reversed(order):
        while len(upper) >= 2 and _cross(xs[upper[-2]], ys[upper[-2]], xs[upper[-1]], ys[upper[-1]], xs[i], ys[i]) <= 0:
            upper.pop()
        upper.append(i)
    hull = lower[:-1] + upper[:-1]  # counter-clockwise
    start = hull.index(min(hull))
    hull = hull[start:] + hull[:start]  # ring order
    out = [([xs[i] for i in hull], [ys[i] for i in hull], 1)]
    for k, i in enumerate(hull):
        j = hull[(k + 1) % len(hull)]
        steps = (j - i) % n
        if steps > 1:
            run = [(i + t) % n for t in range(steps + 1)]
            for px, py, c in convex_pieces([xs[t] for t in run], [ys[t] for t in run], depth + 1):
                out.append((px, py, -c))
    return out


def _fan(xs, ys):
    for i in range(1, len(xs) - 1):
        o = _cross(xs[0], ys[0], xs[i], ys[i], xs[i + 1], ys[i + 1])
        if o > 0:
            yield ([xs[0], xs[i], xs[i + 1]], [ys[0], ys[i], ys[i + 1]]), 1
        elif o < 0:
            yield ([xs[0], xs[i + 1], xs[i]], [ys[0], ys[i + 1], ys[i]]), -1


def _ring_indices(start, length):
    return np.repeat(start, length) + (np.arange(int(length.sum()), dtype=np.int64)
                                       - np.repeat(np.cumsum(length) - length, length))


def overlap_areas(parts, polys, patch_box, pair_patch, pair_feat, batch_vertices=600_000):
    """Area of patch[pair_patch[k]] ∩ polys[pair_feat[k]] for every k.

    Stage A clips the polygon's rings to the patch's box (cheap, axis-aligned); stage B copies what is left to each
    convex part of the patch whose box meets the polygon's, clips it to that part and sums the signed areas."""
    out = np.zeros(len(pair_patch))
    if not len(pair_patch):
        return out
    order = np.argsort(parts.patch, kind="stable")
    part_sorted = order
    first_part = np.searchsorted(parts.patch[order], pair_patch, side="left")
    last_part = np.searchsorted(parts.patch[order], pair_patch, side="right")
    f_first = np.searchsorted(polys.ring_feature, pair_feat, side="left")
    f_end = np.searchsorted(polys.ring_feature, pair_feat, side="right")
    nr = f_end - f_first
    ring_pair = np.repeat(np.arange(len(pair_patch)), nr)
    rings = _ranges(f_first, nr)
    rl = polys.ring_len[rings]
    cum = np.cumsum(rl)
    lo = 0
    while lo < len(rings):
        hi = max(int(np.searchsorted(cum, (cum[lo - 1] if lo else 0) + batch_vertices, side="right")), lo + 1)
        r, k = rings[lo:hi], ring_pair[lo:hi]
        lo = hi
        # stage A: the ring, relative to the patch box corner, clipped to the box
        pb = patch_box[pair_patch[k]]
        lens = polys.ring_len[r]
        src = _ranges(polys.ring_start[r], lens)
        x = polys.x[src] - np.repeat(pb[:, 0], lens)
        y = polys.y[src] - np.repeat(pb[:, 1], lens)
        starts = np.cumsum(lens) - lens
        ids = np.arange(len(r))
        x, y, starts, lens, keep = _clip_box(x, y, starts, lens, pb[:, 2] - pb[:, 0], pb[:, 3] - pb[:, 1])
        ids = ids[keep]
        if not len(ids):
            continue
        # stage B: one copy per convex part of the patch that meets the polygon's box
        kk = k[ids]
        npart = last_part[kk] - first_part[kk]
        copy_ring = np.repeat(np.arange(len(ids)), npart)
        copy_part = part_sorted[_ranges(first_part[kk], npart)]
        fb = polys.box[pair_feat[kk[copy_ring]]]
        qb = parts.box[copy_part]
        meet = (qb[:, 0] <= fb[:, 2]) & (fb[:, 0] <= qb[:, 2]) & (qb[:, 1] <= fb[:, 3]) & (fb[:, 1] <= qb[:, 3])
        copy_ring, copy_part = copy_ring[meet], copy_part[meet]
        if not len(copy_ring):
            continue
        # longest parts first: rings whose part has no more edges then form a tail that is finished and dropped
        by_len = np.argsort(-parts.length[copy_part], kind="stable")
        copy_ring, copy_part = copy_ring[by_len], copy_part[by_len]
        qb = parts.box[copy_part]
        clens = lens[copy_ring]
        csrc = _ranges(starts[copy_ring], clens)
        cx = x[csrc] - np.repeat(qb[:, 0] - pb[ids[copy_ring], 0], clens)
        cy = y[csrc] - np.repeat(qb[:, 1] - pb[ids[copy_ring], 1], clens)
        cstarts = np.cumsum(clens) - clens
        cx, cy, cstarts, clens, ckeep = _clip_box(cx, cy, cstarts, clens, qb[:, 2] - qb[:, 0], qb[:, 3] - qb[:, 1])
        copy_ring, copy_part = copy_ring[ckeep], copy_part[ckeep]
        pair = k[ids[copy_ring]]
        weight = polys.ring_role[r[ids[copy_ring]]] * parts.coef[copy_part]
        corner_x, corner_y = parts.box[copy_part, 0], parts.box[copy_part, 1]
        plen = parts.length[copy_part]
        pstart = parts.start[copy_part]
        live = np.arange(len(copy_ring))
        e = 0
        while len(live):
            active = int(np.count_nonzero(plen[live] > e))  # a prefix: sorted by part length
            if active < len(live):
                cut = int(cstarts[active]) if active else 0
                done = live[active:]
                area = _shoelace(cx[cut:], cy[cut:], cstarts[active:] - cut, clens[active:])
                np.add.at(out, pair[done], np.abs(area) * weight[done])
                live, cx, cy, cstarts, clens = live[:active], cx[:cut], cy[:cut], cstarts[:active], clens[:active]
                if not active:
                    break
            i0 = pstart[live] + e
            i1 = pstart[live] + np.where(e + 1 < plen[live], e + 1, 0)
            x0, y0 = parts.x[i0] - corner_x[live], parts.y[i0] - corner_y[live]
            a = -(parts.y[i1] - parts.y[i0])  # inside = left of a counter-clockwise edge
            b = parts.x[i1] - parts.x[i0]
            cx, cy, cstarts, clens, ckeep = _half_plane(cx, cy, cstarts, clens, a, b, x0, y0)
            live = live[ckeep]
            e += 1
    return out


def _ranges(start, length):
    """Concatenated aranges start[i] .. start[i] + length[i] - 1."""
    total = int(length.sum())
    return np.repeat(start - (np.cumsum(length) - length), length) + np.arange(total, dtype=np.int64)


def _shifted(v, starts, lens):
    """v at the following vertex of each ring (wrapping)."""
    out = np.empty_like(v)
    out[:-1] = v[1:]
    out[starts + lens - 1] = v[starts]
    return out


def _shoelace(x, y, starts, lens):
    xn, yn = _shifted(x, starts, lens), _shifted(y, starts, lens)
    return np.add.reduceat(x * yn - xn * y, starts) * 0.5


def _clip_box(x, y, starts, lens, w, h):
    """Clip rings to their boxes [0, w] × [0, h] (w, h per ring); returns the survivors' mask too."""
    idx = np.arange(len(lens))
    for side in range(4):
        if side == 0:
            d = x
        elif side == 1:
            d = np.repeat(w[idx], lens) - x
        elif side == 2:
            d = y
        else:
            d = np.repeat(h[idx], lens) - y
        x, y, starts, lens, k = _keep(x, y, starts, lens, d)
        idx = idx[k]
        if not len(idx):
            break
    keep = np.zeros(len(w), bool)
    keep[idx] = True
    return x, y, starts, lens, keep


def _half_plane(x, y, starts, lens, a, b, px, py):
    """One Sutherland–Hodgman step for many rings at once: keep a·(x-px) + b·(y-py) ≥ 0 of each ring
    (a, b, px, py per ring)."""
    if not len(x):
        return x, y, starts, lens, np.zeros(len(lens), bool)
    d = np.repeat(a, lens) * (x - np.repeat(px, lens)) + np.repeat(b, lens) * (y - np.repeat(py, lens))
    return _keep(x, y, starts, lens, d)


def _keep(x, y, starts, lens, d):
    """Keep the part of each ring where d ≥ 0 (d given per vertex, linear along edges).

    Rings are consecutive runs (starts, lens). Returns the clipped rings in the same order and a mask of the rings
    that are not empty."""
    if not len(x):
        return x, y, starts, lens, np.zeros(len(lens), bool)
    dn = _shifted(d, starts, lens)
    ins = d >= 0
    insn = dn >= 0
    cross = ins != insn
    cnt = insn.astype(np.int64) + cross  # in-in: next; in-out: crossing; out-in: crossing, next
    ring_cnt = np.add.reduceat(cnt, starts)
    keep = ring_cnt > 0
    total = int(ring_cnt.sum())
    if total == 0:
        return x[:0], y[:0], starts[:0], lens[:0], keep
    xn, yn = _shifted(x, starts, lens), _shifted(y, starts, lens)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(cross, d / (d - dn), 0.0)
    first_x = np.where(cross, x + t * (xn - x), xn)
    first_y = np.where(cross, y + t * (yn - y), yn)
    pos = np.cumsum(cnt) - cnt
    ox = np.empty(total)
    oy = np.empty(total)
    m = cnt > 0
    p = pos[m]
    ox[p] = first_x[m]
    oy[p] = first_y[m]
    m2 = np.flatnonzero(cnt == 2)
    ox[pos[m2] + 1] = xn[m2]
    oy[pos[m2] + 1] = yn[m2]
    new_lens = ring_cnt[keep]
    return ox, oy, np.cumsum(new_lens) - new_lens, new_lens, keep
