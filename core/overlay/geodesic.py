"""Ellipsoidal areas on the CGCS2000 ellipsoid, from planar areas in a projected CRS.

Survey practice reports areas on the ellipsoid (a = 6378137 m, f = 1/298.257222101). Geometry work happens in a
projected CRS, where an area element dx·dy maps to the ellipsoid area M·N·cos φ·|∂(λ,φ)/∂(x,y)|·dx·dy. That factor
varies slowly (Gauss-Krüger: about 1 - x²/R², x = distance from the central meridian), so it is computed on a grid
over the work extent and interpolated bilinearly: a piece's ellipsoidal area is its planar area times the factor at
its centroid. Left out are only second-order terms, (size / earth radius)², below 1e-8 of the area for pieces of a
few kilometres — far below 0.01 亩.
"""
import math

import numpy as np

from qgis.PyQt.QtGui import QTransform
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

CGCS2000_A = 6378137.0
CGCS2000_F = 1.0 / 298.257222101
CGCS2000_E2 = CGCS2000_F * (2.0 - CGCS2000_F)
GEOGRAPHIC_AUTHID = "EPSG:4490"  # CGCS2000 lon/lat: the ellipsoid the areas are reported on


def ellipsoid_area_element(lat_rad):
    """M·N·cos φ: ellipsoid m² per (radian of longitude × radian of latitude) at latitude φ."""
    s = math.sin(lat_rad)
    w = 1.0 - CGCS2000_E2 * s * s
    meridian = CGCS2000_A * (1.0 - CGCS2000_E2) / (w * math.sqrt(w))
    normal = CGCS2000_A / math.sqrt(w)
    return meridian * normal * math.cos(lat_rad)


class AreaScale:
    """Ellipsoid m² per planar m² of a projected CRS, tabulated over an extent and read bilinearly.

    `transform_context` is the project's (or Processing context's) transform context.
    """

    STEP = 2000.0  # grid spacing in CRS units: bilinear error ~ (STEP/R)²/4 ≈ 3e-8 of the area
    H = 5.0  # finite-difference half step for the Jacobian

    def __init__(self, crs, extent, transform_context, step=None):
        if crs.isGeographic():
            raise ValueError("AreaScale needs a projected CRS, not {}".format(crs.authid()))
        self.step = float(step or self.STEP)
        self._to_geo = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(GEOGRAPHIC_AUTHID),
                                              transform_context)
        pad = self.step
        self.x0 = extent.xMinimum() - pad
        self.y0 = extent.yMinimum() - pad
        self.nx = max(2, int(math.ceil((extent.xMaximum() + pad - self.x0) / self.step)) + 1)
        self.ny = max(2, int(math.ceil((extent.yMaximum() + pad - self.y0) / self.step)) + 1)
        self._grid = [[self.exact(self.x0 + i * self.step, self.y0 + j * self.step) for i in range(self.nx)]
                      for j in range(self.ny)]
        self._table = np.array(self._grid, dtype=float)

    def exact(self, x, y):
        """The factor at one point from the Jacobian of the inverse projection (central differences)."""
        h = self.H
        geo = self._to_geo.transform
        east, west = geo(QgsPointXY(x + h, y)), geo(QgsPointXY(x - h, y))
        north, south = geo(QgsPointXY(x, y + h)), geo(QgsPointXY(x, y - h))
        k = math.pi / 180.0 / (2.0 * h)
        dlon_dx, dlat_dx = (east.x() - west.x()) * k, (east.y() - west.y()) * k
        dlon_dy, dlat_dy = (north.x() - south.x()) * k, (north.y() - south.y()) * k
        lat = math.radians(geo(QgsPointXY(x, y)).y())
        return ellipsoid_area_element(lat) * abs(dlon_dx * dlat_dy - dlon_dy * dlat_dx)

    def factor(self, x, y):
        """Bilinear read of the table (linear extrapolation just outside it)."""
        fx = (x - self.x0) / self.step
        fy = (y - self.y0) / self.step
        i = min(max(int(math.floor(fx)), 0), self.nx - 2)
        j = min(max(int(math.floor(fy)), 0), self.ny - 2)
        tx, ty = fx - i, fy - j
        row0, row1 = self._grid[j], self._grid[j + 1]
        return ((row0[i] * (1 - tx) + row0[i + 1] * tx) * (1 - ty)
                + (row1[i] * (1 - tx) + row1[i + 1] * tx) * ty)

    def factors(self, x, y):
        """`factor` for arrays of points (numpy): the same bilinear read, vectorised."""
        fx = (np.asarray(x, dtype=float) - self.x0) / self.step
        fy = (np.asarray(y, dtype=float) - self.y0) / self.step
        i = np.clip(np.floor(fx).astype(np.int64), 0, self.nx - 2)
        j = np.clip(np.floor(fy).astype(np.int64), 0, self.ny - 2)
        tx, ty = fx - i, fy - j
        t = self._table
        return ((t[j, i] * (1 - tx) + t[j, i + 1] * tx) * (1 - ty)
                + (t[j + 1, i] * (1 - tx) + t[j + 1, i + 1] * tx) * ty)

    def area_m2(self, geometry):
        """Ellipsoidal area (m²) of a QgsGeometry or QgsAbstractGeometry in this CRS (factor at its centroid).

        The planar area is taken on a copy moved next to the origin: on zone-prefixed Gauss-Krüger eastings
        (3.6e7 m) the shoelace sum loses about 1e-4 of a small patch's area."""
        abstract = geometry.constGet() if hasattr(geometry, "constGet") else geometry
        if abstract is None or abstract.isEmpty():
            return 0.0
        box = abstract.boundingBox()
        ox, oy = math.floor(box.xMinimum() / 1000.0) * 1000.0, math.floor(box.yMinimum() / 1000.0) * 1000.0
        local = abstract.clone()
        local.transform(QTransform.fromTranslate(-ox, -oy))
        planar = local.area()
        if planar <= 0.0:
            return 0.0
        c = local.centroid()
        return planar * self.factor(c.x() + ox, c.y() + oy)
