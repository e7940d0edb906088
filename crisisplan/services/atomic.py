"""Atomic file writes for everything the product exports (EXP-01): the one implementation lives in
`crisisplan.atomic_file` (shared with the store); this name is kept for the services' callers."""

from crisisplan.atomic_file import sync_files, write_bytes_atomic, write_text_atomic

__all__ = ["sync_files", "write_bytes_atomic", "write_text_atomic"]
