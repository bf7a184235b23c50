"""The work package: GeoPackage store, verified transactions, history, attachments, the layer form."""
