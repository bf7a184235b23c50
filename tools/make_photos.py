"""Deterministic field photos (JPEG with EXIF GPS, direction, time, orientation) around a work package's patches.

    /usr/bin/python3 tools/make_photos.py PACKAGE.gpkg OUT_FOLDER [--per-patch 2] [--limit 20] [--seed 7]

Besides ordinary photos (inside a patch, or a few metres outside it) the folder holds the cases linking must
handle: photos without GPS, one far from every patch, a corrupt file, a byte-identical duplicate, a Chinese file
name, a drone photo whose heading is only in XMP, a rotated (EXIF orientation 6) photo, one with a magnetic-north
direction, and one taken before the imagery date. Written with PIL and OGR only, independent of the plugin.
Returns/prints a manifest: one entry per file with what was written into it.
"""
import argparse
import datetime
import json
import os
import random
import shutil

from osgeo import ogr, osr
from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational

ogr.UseExceptions()
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"


def read_patches(package, limit=None):
    """[(JCBH, HSX, centroid x, y, (minx, maxx, miny, maxy))] in the package CRS, by JCBH; plus the SRS."""
    ds = ogr.Open(package)
    layer = ds.GetLayerByName("patches")
    srs = layer.GetSpatialRef().Clone()
    rows = []
    for feat in layer:
        geom = feat.GetGeometryRef()
        if geom is None or geom.IsEmpty():
            continue
        inside = geom.PointOnSurface()
        rows.append((feat.GetField("JCBH"), feat.GetField("HSX") or "2022-01-20", inside.GetX(), inside.GetY(),
                     geom.GetEnvelope()))
    rows.sort(key=lambda r: r[0])
    return (rows[:limit] if limit else rows), srs


def _to_lonlat(srs):
    geo = osr.SpatialReference()
    geo.ImportFromEPSG(4490)
    geo.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(srs, geo)


def _rational(value, scale=10000):
    return IFDRational(int(round(value * scale)), scale)


def _dms(value):
    value = abs(value)
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = (value - deg - minutes / 60.0) * 3600
    return (IFDRational(deg), IFDRational(minutes), _rational(seconds))


def exif_bytes(lon=None, lat=None, azimuth=None, taken_at=None, orientation=1, direction_ref="T"):
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "WPZF test camera"
    if taken_at:
        exif[0x8769] = {0x9003: taken_at.strftime("%Y:%m:%d %H:%M:%S")}
    if lon is not None:
        gps = {0: b"\x02\x03\x00\x00", 1: "N" if lat >= 0 else "S", 2: _dms(lat), 3: "E" if lon >= 0 else "W",
               4: _dms(lon)}
        if azimuth is not None:
            gps[16] = direction_ref
            gps[17] = _rational(azimuth, 100)
        exif[0x8825] = gps
    return exif.tobytes()


def picture(label, rng, size=(320, 240)):
    img = Image.new("RGB", size, tuple(rng.randrange(60, 200) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for i in range(6):
        x0, y0 = rng.randrange(size[0]), rng.randrange(size[1])
        draw.rectangle([x0, y0, x0 + rng.randrange(20, 90), y0 + rng.randrange(10, 60)],
                       fill=tuple(rng.randrange(256) for _ in range(3)))
    draw.rectangle([0, 0, size[0], 14], fill=(255, 255, 255))
    draw.text((3, 1), label, fill=(0, 0, 0))
    draw.polygon([(size[0] // 2, 20), (size[0] // 2 - 10, 40), (size[0] // 2 + 10, 40)], fill=(255, 0, 0))  # "up"
    return img


def write_jpeg(path, img, exif=None, xmp=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path, format="JPEG", quality=85, exif=exif or b"")
    if xmp is not None:  # PIL cannot write XMP here: insert an APP1 segment right after SOI
        with open(path, "rb") as fh:
            data = fh.read()
        payload = XMP_HEADER + xmp.encode("utf-8")
        segment = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
        with open(path, "wb") as fh:
            fh.write(data[:2] + segment + data[2:])


def drone_xmp(yaw):
    return ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/" drone-dji:FlightYawDegree="+10.00"'
            ' drone-dji:GimbalYawDegree="{:+.2f}" drone-dji:GimbalPitchDegree="-45.00"/></rdf:RDF></x:xmpmeta>'
            .format(yaw))


def _date(text):
    try:
        return datetime.datetime.strptime(str(text)[:10], "%Y-%m-%d")
    except ValueError:
        return datetime.datetime(2022, 1, 20)


def generate(package, out_folder, per_patch=2, limit=20, seed=7):
    """Write the photos; returns the manifest (list of dicts, paths relative to out_folder)."""
    rng = random.Random(seed)
    patches, srs = read_patches(package, limit)
    if not patches:
        raise ValueError("no patches in {}".format(package))
    tr = _to_lonlat(srs)
    os.makedirs(out_folder, exist_ok=True)
    manifest = []

    def lonlat(x, y):
        lon, lat, _ = tr.TransformPoint(x, y)
        return lon, lat

    def add(name, x=None, y=None, azimuth=None, taken=None, orientation=1, kind="normal", jcbh=None, xmp=None,
            direction_ref="T", size=(320, 240)):
        lon = lat = None
        if x is not None:
            lon, lat = lonlat(x, y)
        img = picture(kind + " " + (jcbh or ""), rng, size)
        exif_azimuth = azimuth if xmp is None else None
        write_jpeg(os.path.join(out_folder, name), img,
                   exif_bytes(lon, lat, exif_azimuth, taken, orientation, direction_ref), xmp)
        entry = {"file": name, "kind": kind, "lon": lon, "lat": lat, "x": x, "y": y, "azimuth": azimuth,
                 "taken_at": taken.strftime("%Y-%m-%d %H:%M:%S") if taken else None, "orientation": orientation,
                 "near_jcbh": jcbh, "direction_ref": direction_ref if azimuth is not None and xmp is None else None}
        manifest.append(entry)
        return entry

    for index, (jcbh, hsx, cx, cy, env) in enumerate(patches):
        base = _date(hsx) + datetime.timedelta(days=10, hours=9)
        for k in range(per_patch):
            taken = base + datetime.timedelta(minutes=7 * k + index)
            azimuth = round((k * 137.5 + rng.uniform(0, 40)) % 360, 2)
            if k % 2 == 0:  # inside the patch
                add("{}/{}_{}.jpg".format(jcbh[-3:], jcbh, k), cx, cy, azimuth, taken, jcbh=jcbh)
            else:  # a few metres east of the patch, looking back at it
                add("{}/{}_{}.jpg".format(jcbh[-3:], jcbh, k), env[1] + 6.0, cy, azimuth, taken,
                    kind="near", jcbh=jcbh)
    first, second = patches[0], patches[min(1, len(patches) - 1)]
    day = _date(first[1]) + datetime.timedelta(days=12, hours=15)
    add("现场照片/村口东侧_照片.jpg", first[2], first[3], 95.5, day, jcbh=first[0], kind="chinese")
    add("rotated.jpg", second[2], second[3], 200.0, day, orientation=6, jcbh=second[0], kind="rotated",
        size=(320, 200))
    add("magnetic.jpg", second[2], second[3], 15.0, day, jcbh=second[0], kind="magnetic", direction_ref="M")
    add("DJI_0001.JPG", first[2], first[3], 329.5, day, jcbh=first[0], kind="drone", xmp=drone_xmp(-30.5))
    add("early.jpg", second[2], second[3], 45.0, _date(second[1]) - datetime.timedelta(days=5), jcbh=second[0],
        kind="early")
    add("nogps_1.jpg", taken=day, kind="nogps")
    add("nogps_2.jpg", kind="nogps")
    add("far_away.jpg", first[2] + 3000.0, first[3] + 3000.0, 10.0, day, kind="far")
    # a byte-identical copy of the first patch's first photo, filed elsewhere
    src = manifest[0]
    dup = dict(src, file="copies/copy_of_first.jpg", kind="duplicate", duplicate_of=src["file"])
    os.makedirs(os.path.join(out_folder, "copies"), exist_ok=True)
    shutil.copyfile(os.path.join(out_folder, src["file"]), os.path.join(out_folder, dup["file"]))
    manifest.append(dup)
    # cut off inside its EXIF segment: headers promise more bytes than the file holds
    good = os.path.join(out_folder, src["file"])
    with open(good, "rb") as fh:
        head = fh.read(60)
    with open(os.path.join(out_folder, "corrupt.jpg"), "wb") as fh:
        fh.write(head)
    manifest.append({"file": "corrupt.jpg", "kind": "corrupt"})
    with open(os.path.join(out_folder, "readme.txt"), "w", encoding="utf-8") as fh:
        fh.write("not a photo: linking ignores files that are not .jpg/.jpeg\n")
    return manifest


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package")
    parser.add_argument("out_folder")
    parser.add_argument("--per-patch", type=int, default=2)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    manifest = generate(args.package, args.out_folder, args.per_patch, args.limit or None, args.seed)
    print(json.dumps(manifest, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
