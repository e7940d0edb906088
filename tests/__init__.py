"""The test suite. Stores made by tests use a key-derivation cost of 1,000 iterations for speed, so
the floor below which a key file counts as damaged is lowered here, for this process only
(tests/security/test_kdf_params.py puts the real floor back to test it)."""

from crisisplan.store import keys as _keys

_keys.KDF_FLOOR = 1000
