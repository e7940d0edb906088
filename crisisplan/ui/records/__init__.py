"""Records: audit log, disclosure ledger, users and roles, protocols, keys, backup and restore."""
