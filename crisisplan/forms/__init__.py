"""crisisplan.forms: the data model of a joint crisis plan and the B8 "need to know" dataset, with
the pure rules over it. No Qt, no SQL, no I/O.

- `plan.CrisisPlan` is the root; each section lives in its own module (`person`, `need_to_know`,
  `warning_signs`, `support`, `admission`, `practical`, `advance`, `family`, `contacts`,
  `young_person`, `process`, `consent`), built from the types in `fields`.
- `items` is the shared vocabulary of shareable items; `roles` the roles and permissions.
- `rules` (NHS numbers, age, review status, advance-decision validity), `text` (search text,
  display name), `diff` (what changed), `problems` (plain-English input problems, `parse_plan`),
  `exchange` (import/export bundles), `schema` (JSON Schema). See docs/plan-format.md.
"""
