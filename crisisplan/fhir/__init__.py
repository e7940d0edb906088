"""FHIR R4 (R4B models) exchange of a crisis plan: a document Bundle, an NRL-shaped
DocumentReference, import back into a plan, and push to a FHIR server. No Qt, no SQL.
See docs/fhir.md for every mapping."""
