"""QGIS services shared by processing/ and ui/: store, layers, overlay, photos, writers."""
