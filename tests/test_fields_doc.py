"""docs/fields.md lists every field of the work package: regenerated from rules/fields.py, never stale."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_fields_doc_is_current():
    done = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "fields_doc.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_fields_doc_names_every_field():
    from wpzf.rules import fields as F
    text = open(os.path.join(ROOT, "docs", "fields.md"), encoding="utf-8").read()
    for name in F.PATCH_FIELD_NAMES + [f[0] for f in F.ATTACHMENT_FIELDS]:
        assert "`{}`".format(name) in text, name
