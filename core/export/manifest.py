"""Manifests: every file of an export with its SHA-256, so a receiver can prove nothing changed.

Two files: `manifest.json` (size, hash and what the package is) and `SHA256SUMS.txt` in the format of
`sha256sum -c` (paths relative to the package, UTF-8, '/' separators) which also covers manifest.json.
"""
import hashlib
import json
import os

MANIFEST_JSON = "manifest.json"
CHECKSUMS = "SHA256SUMS.txt"
_CHUNK = 1 << 20


def sha256_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _walk(folder):
    """Relative paths ('/' separators) of every file under `folder`, sorted."""
    out = []
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            rel = os.path.relpath(os.path.join(dirpath, name), folder)
            out.append(rel.replace(os.sep, "/"))
    return sorted(out)


def write_manifest(folder, info):
    """Hash every file under `folder` and write manifest.json (with `info`) and SHA256SUMS.txt.

    Returns the list of {path, size, sha256} written into the manifest.
    """
    entries = []
    for rel in _walk(folder):
        if rel in (MANIFEST_JSON, CHECKSUMS):
            continue
        full = os.path.join(folder, *rel.split("/"))
        entries.append({"path": rel, "size": os.path.getsize(full), "sha256": sha256_file(full)})
    doc = dict(info)
    doc["algorithm"] = "SHA-256"
    doc["files"] = entries
    with open(os.path.join(folder, MANIFEST_JSON), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    lines = ["%s  %s" % (e["sha256"], e["path"]) for e in entries]
    lines.append("%s  %s" % (sha256_file(os.path.join(folder, MANIFEST_JSON)), MANIFEST_JSON))
    with open(os.path.join(folder, CHECKSUMS), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    return entries


def verify_manifest(folder):
    """Problems found when checking `folder` against its SHA256SUMS.txt: changed, missing and unlisted files.

    An empty list means the package is exactly what was exported.
    """
    sums_path = os.path.join(folder, CHECKSUMS)
    if not os.path.exists(sums_path):
        return ["缺少校验文件 %s" % CHECKSUMS]
    listed = {}
    with open(sums_path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line:
                digest, _sep, rel = line.partition("  ")
                listed[rel] = digest
    problems = []
    for rel, digest in sorted(listed.items()):
        full = os.path.join(folder, *rel.split("/"))
        if not os.path.isfile(full):
            problems.append("缺少文件：%s" % rel)
        elif sha256_file(full) != digest:
            problems.append("文件已被改动（SHA-256 不符）：%s" % rel)
    for rel in _walk(folder):
        if rel != CHECKSUMS and rel not in listed:
            problems.append("清单外的文件：%s" % rel)
    return problems
