"""Where the dock's file dialogs start."""
import os

from ..core.errors import WorkPackageError


def start_folder(wp):
    """The package's folder (a GeoPackage's, or a PostgreSQL package's shared folder); the home folder when there is
    no package or a database package has no shared folder yet (the store's message says so where it matters)."""
    if wp is None:
        return os.path.expanduser("~")
    try:
        return wp.folder
    except WorkPackageError:
        return os.path.expanduser("~")
