"""Reading what counties are given: issued batches and reference layers (CRS, encoding, repair)."""
