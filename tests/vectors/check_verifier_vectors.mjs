// The phone verifier's decode+verify core (verifier/src) over the shared vectors that the Python
// verifier also passes (tests/vectors/verifier-vectors.json, tools/make_verifier_vectors.py).
// BUNDLE_REJECTED: verifyBundle must throw. Prints {vectors, failures}; exit 1 on any failure.
import { readFileSync } from "node:fs";
import { webcrypto } from "node:crypto";
import { verifyBundle } from "../../verifier/src/bundle.js";
import { verifyCardText } from "../../verifier/src/verify.js";
import { isoToDay } from "../../verifier/src/payload.js";

const subtle = (globalThis.crypto ?? webcrypto).subtle;
const vectors = JSON.parse(readFileSync(new URL("verifier-vectors.json", import.meta.url), "utf8"));
const failures = [];
for (const v of vectors) {
  let got;
  try {
    const bundle = await verifyBundle(subtle, v.bundle, v.root_fingerprint);
    got = (await verifyCardText(subtle, v.qr_text, bundle, v.viewer, isoToDay(v.today))).verdict;
  } catch {
    got = "BUNDLE_REJECTED";
  }
  if (got !== v.expected) failures.push(`${v.name}: got ${got}, expected ${v.expected}`);
}
console.log(JSON.stringify({ vectors: vectors.length, failures }, null, 1));
process.exit(failures.length ? 1 : 0);
