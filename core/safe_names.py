"""File and folder names made from data (JCBH, township names): safe on Windows and unable to leave their folder.

A JCBH such as "../../x" or "CON" or "a:b" must become an ordinary name inside the export folder, and two different
JCBH must not collapse onto the same file silently.
"""
import os
import re
import unicodedata

# Characters Windows forbids in names, path separators, and ASCII control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {"COM%d" % i for i in range(1, 10)} | {"LPT%d" % i for i in range(1, 10)}
MAX_BYTES = 120  # well under the 255-byte name limit of common file systems, leaving room for suffixes


def safe_name(text, fallback="_"):
    """One path component for `text`: forbidden characters become '_', no leading dots or spaces, no trailing dot
    or space (Windows drops them), no reserved device name, at most MAX_BYTES bytes in UTF-8."""
    name = unicodedata.normalize("NFC", str(text if text is not None else ""))
    name = _FORBIDDEN.sub("_", name)
    name = name.strip(" ")
    name = re.sub(r"^\.+", lambda m: "_" * len(m.group(0)), name)  # "..", ".hidden"
    name = name.rstrip(". ")
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    while len(name.encode("utf-8")) > MAX_BYTES:
        name = name[:-1]
    return name or fallback


class UniqueNames:
    """Hands out safe names that are unique case-insensitively (Windows and macOS fold case)."""

    def __init__(self):
        self._used = set()

    def take(self, text, fallback="_"):
        base = safe_name(text, fallback)
        name, n = base, 1
        while name.lower() in self._used:
            n += 1
            name = "%s_%d" % (base, n)
        self._used.add(name.lower())
        return name


def inside(root, *parts):
    """Join safe parts under `root` and prove the result stays inside it (raises ValueError otherwise)."""
    root_real = os.path.realpath(root)
    path = os.path.realpath(os.path.join(root_real, *parts))
    if os.path.commonpath([root_real, path]) != root_real or path == root_real:
        raise ValueError("path escapes %s: %r" % (root, parts))
    return path
