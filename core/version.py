"""The plugin's version as metadata.txt states it: one reader for the export manifest and ledger, the dossiers'
footer and PDF author, and the plugin's about box."""
import os

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def plugin_version(default="?"):
    """The `version=` line of metadata.txt; `default` when the file or the line is missing."""
    try:
        with open(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return default
