"""乡镇核查 round trip (issue 16): send each township its patches, take back its answers and photos, lose nothing.

    store.py      the package's tables: field_packages (what was sent to whom, when), field_exports (each unit's
                  township fields as sent, and the base the next return is compared with), field_conflicts
    selection.py  which units go to which township, and their values as they leave
    workbook.py   the Excel task list (locked issued/overlay columns, drop-downs, validation) and reading it back
    qfield.py     the QField-ready project: GeoPackage of just those units + photos layer, .qgs with relative paths
    mappages.py   one map page per unit (PDF), drawn with the dossier's maps
    outgoing.py   wpzf:field_package: all of the above per township, recorded in the work package
    values.py     what a returned cell may hold: every value checked, each problem naming township/unit/column/value
    incoming.py   wpzf:field_import: read a return (folder, zip, .xlsx, .gpkg + DCIM), validate, three-way merge,
                  photos through core/photos (the code of wpzf:link_photos), history with the township as source
    conflicts.py  the dock's API: list and resolve the conflicts a return left
    tracking.py   what was sent to whom and when, and what has not come back (for the deadline view)
"""
