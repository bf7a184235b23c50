"""One PDF dossier per patch: maps, text, photos, attachments."""
