"""The upload package: profiles, shapefiles, ledger, manifest."""
