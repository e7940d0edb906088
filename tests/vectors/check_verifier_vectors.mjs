// The phone verifier's decode+verify core (verifier/src) over the shared vectors that the Python
// verifier also passes (tests/vectors/verifier-vectors.json, tools/make_verifier_vectors.py).
// BUNDLE_REJECTED: verifyBundle must throw. For VALID and REVIEW_OVERDUE the decoded content must
// equal the vector's `content` (what the Python verifier decodes), for CP1 and CP2 cards alike. Prints {vectors, failures}; exit 1 on any failure.
import { readFileSync } from "node:fs";
import { webcrypto } from "node:crypto";
import { verifyBundle } from "../../verifier/src/bundle.js";
import { verifyCardText } from "../../verifier/src/verify.js";
import { dayToIso, isoToDay } from "../../verifier/src/payload.js";

/** The decoded content in the vectors' form (tests/export/test_verifier_vectors.py builds the same). */
function shown(p) {
  if (!p) return null;
  const items = {};
  for (const item of p.items) items[String(item.code)] = item.list ? item.lines : item.lines[0];
  return { card_id: p.cardId, recipient: p.recipient, plan_ref: p.planRef, plan_version: p.planVersion,
    issued: dayToIso(p.issued), valid_until: dayToIso(p.validUntil), truncated: p.truncated, items };
}

/** JSON with object keys sorted, so two objects compare by content. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const subtle = (globalThis.crypto ?? webcrypto).subtle;
const vectors = JSON.parse(readFileSync(new URL("verifier-vectors.json", import.meta.url), "utf8"));
const failures = [];
for (const v of vectors) {
  let got;
  let content = null;
  try {
    const bundle = await verifyBundle(subtle, v.bundle, v.root_fingerprint);
    const result = await verifyCardText(subtle, v.qr_text, bundle, v.viewer, isoToDay(v.today));
    got = result.verdict;
    content = shown(result.payload);
  } catch {
    got = "BUNDLE_REJECTED";
  }
  if (got !== v.expected) failures.push(`${v.name}: got ${got}, expected ${v.expected}`);
  else if (canonical(content) !== canonical(v.content)) failures.push(`${v.name}: content differs: ${canonical(content)}`);
}
console.log(JSON.stringify({ vectors: vectors.length, failures }, null, 1));
process.exit(failures.length ? 1 : 0);
