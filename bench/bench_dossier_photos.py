"""Dossier memory with many photos on one patch: peak RSS of wpzf:dossier's build for a patch holding N generated
4000×3000 camera-size JPEGs (a quarter of them with EXIF orientation 6, as phones write portrait shots).

Each count runs in its own process, so ru_maxrss is that run's peak alone; the same process is first measured
with QGIS started and nothing built (the baseline), so the growth is what the dossier costs.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_dossier_photos.py [--photos 300 1000 3000] [--keep DIR]

Recorded on the 2-core test machine (QGIS 3.22.16; peak RSS of the whole process, MB; time of the build):
    photos   before: every photo placed as a 1400 px copy    after: ~200 dpi of printed size, 24 per patch
       0        339 peak                 0.7 s   3 pages        340 peak                 0.7 s   3 pages
     300       2319 peak (+1980)       142 s    60 pages        340 peak (+0)            2.8 s   6 pages
    1000       8360 peak (+8021)       891 s   193 pages        340 peak (+0)            2.9 s   6 pages
    3000     (not run: ~24 GB)                                  340 peak (+0)            3.3 s   6 pages
(+0: the build stays below the peak QGIS reaches while starting. Linking 3000 photos also wrote 3000 history rows,
75 pages and ~400 MB of table cells before they were merged into one row per linking event.)
Exits non-zero when a dossier is not written or memory grows with the photo count beyond LIMIT_MB.
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PY = "/usr/bin/python3"
JCBH = "4501992022010001"
LIMIT_MB = 600.0  # growth over the baseline that counts as "bounded" for one patch


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux reports KiB


def camera_jpeg(path):
    """One 4000×3000 JPEG with texture (a flat image would decode the same but compress unrealistically)."""
    import numpy as np
    from PIL import Image
    rng = np.random.default_rng(7)
    small = rng.integers(0, 255, (300, 400, 3), dtype=np.uint8)
    img = Image.fromarray(small).resize((4000, 3000), Image.BICUBIC)
    img.save(path, "JPEG", quality=88)
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to view
    rotated = os.path.join(os.path.dirname(path), "rotated.jpg")
    img.save(rotated, "JPEG", quality=88, exif=exif.tobytes())
    return path, rotated


def build_package(work, count):
    """A package with one patch and `count` photo rows pointing at copies of the two generated JPEGs."""
    import conftest
    import datamaker as dm
    from osgeo import ogr
    conftest.init_processing()
    import processing
    from wpzf.core.store.workpackage import WorkPackage
    wp_path = os.path.join(work, "bench_{}.gpkg".format(count))
    if os.path.exists(wp_path):  # --keep: a second run would add the photos again
        os.remove(wp_path)
    src = dm.write_patches(os.path.join(work, "p.shp"), dm.batch(1))
    processing.run("wpzf:import_patches", {"INPUT": src, "WORKPACKAGE": wp_path, "BATCH": "2022-01"})
    photo_dir = os.path.join(work, "photos")
    os.makedirs(photo_dir, exist_ok=True)
    plain, rotated = os.path.join(photo_dir, "plain.jpg"), os.path.join(photo_dir, "rotated.jpg")
    if not os.path.exists(plain):
        camera_jpeg(plain)
    wp = WorkPackage(wp_path)
    centre = ogr.CreateGeometryFromWkb(wp.patch(JCBH, geometry=True)["_wkb"]).Centroid()
    rows = []
    for n in range(count):
        path = os.path.join(photo_dir, "IMG_{:05d}.JPG".format(n))
        if not os.path.exists(path):
            os.link(rotated if n % 4 == 0 else plain, path)  # hard links: same bytes, no extra disk
        rows.append({"JCBH": JCBH, "PATH": wp.relative_path(path), "AZIMUTH": float(n * 7 % 360),
                     "TAKEN_AT": "2022-02-15 10:{:02d}:{:02d}".format(n // 60 % 60, n % 60), "DIST_M": 1.0,
                     "_x": centre.GetX(), "_y": centre.GetY()})
    wp.write_photos(add=rows)
    return wp_path


def child(wp_path, out, build):
    """Runs in its own process: QGIS started, baseline taken, then (when `build`) the dossier built."""
    import conftest  # noqa: F401  (QGIS application, plugin importable as wpzf)
    from wpzf.core.dossier.build import build_dossiers
    from wpzf.core.store.workpackage import WorkPackage
    WorkPackage(wp_path).photos(JCBH)  # the same reading as the build does, so the baseline holds GDAL too
    baseline = peak_mb()
    started = time.time()
    pages = placed = 0
    if build:
        result = build_dossiers(wp_path, out, jcbhs=[JCBH])
        pages = result.files[0][2]
        placed = getattr(result, "photos_placed", {}).get(JCBH)
    pdf = os.path.join(out, JCBH + ".pdf")
    print(json.dumps({"baseline_mb": baseline, "peak_mb": peak_mb(), "seconds": time.time() - started,
                      "pages": pages, "placed": placed,
                      "pdf_mb": os.path.getsize(pdf) / 1e6 if os.path.exists(pdf) else 0.0}))


def run_child(wp_path, out):
    proc = subprocess.run([PY, __file__, "--child", wp_path, out], stdout=subprocess.PIPE, check=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return json.loads(proc.stdout.decode("utf-8").strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, nargs="*", default=[300, 1000])
    parser.add_argument("--keep")
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        return child(args.child[0], args.child[1], build=True)
    work = args.keep or tempfile.mkdtemp(prefix="wpzf_bench_dossier_")
    os.makedirs(work, exist_ok=True)
    failed = False
    try:
        print("一图斑一卷宗：单个图斑 N 张 4000×3000 照片时的峰值内存（每个 N 单独进程）")
        print("{:>6} {:>10} {:>10} {:>10} {:>8} {:>6} {:>8} {:>8}".format(
            "照片", "基线MB", "峰值MB", "增长MB", "用时s", "页数", "列入", "PDF MB"))
        for count in [0] + list(args.photos):
            wp_path = build_package(work, count)
            out = os.path.join(work, "out_{}".format(count))
            r = run_child(wp_path, out)
            growth = r["peak_mb"] - r["baseline_mb"]
            print("{:>6} {:>10.0f} {:>10.0f} {:>10.0f} {:>8.1f} {:>6} {:>8} {:>8.1f}".format(
                count, r["baseline_mb"], r["peak_mb"], growth, r["seconds"], r["pages"], str(r["placed"]),
                r["pdf_mb"]), flush=True)
            if not r["pages"] or growth > LIMIT_MB:
                failed = True
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
