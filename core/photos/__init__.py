"""Field photos: EXIF, linking to patches, evidence completeness."""
