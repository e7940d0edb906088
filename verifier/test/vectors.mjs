// Node check of the decode+verify core against tests/vectors/phone (no browser): every card's
// verdict and every bundle's acceptance must be what the Python generator built it to be.
import { readFileSync } from "node:fs";
import { webcrypto } from "node:crypto";
import { fileURLToPath } from "node:url";
import { verifyBundle } from "../src/bundle.js";
import { verifyCardText } from "../src/verify.js";
import { isoToDay } from "../src/payload.js";

const subtle = (globalThis.crypto ?? webcrypto).subtle;
const dir = fileURLToPath(new URL("../../tests/vectors/phone/", import.meta.url));
const manifest = JSON.parse(readFileSync(dir + "vectors.json", "utf8"));

export async function runVectors() {
  const failures = [];
  const pinned = manifest.root_fingerprint;
  const bundle = await verifyBundle(subtle, readFileSync(dir + manifest.bundle, "utf8"), pinned);
  const today = isoToDay(manifest.today);
  for (const c of manifest.cards) {
    const result = await verifyCardText(subtle, c.text, bundle, c.viewer, today);
    if (result.verdict !== c.expected) failures.push(`${c.name}: got ${result.verdict}, expected ${c.expected}`);
    const shows = Boolean(result.payload);
    if (shows !== ["VALID", "REVIEW_OVERDUE"].includes(c.expected)) failures.push(`${c.name}: content shown=${shows}`);
  }
  for (const b of manifest.bundles) {
    let accepted = false;
    let replaces = false;
    try {
      const got = await verifyBundle(subtle, readFileSync(dir + b.file, "utf8"), pinned);
      accepted = true;
      replaces = got.sequence > bundle.sequence;
    } catch {
      accepted = false;
    }
    if (accepted !== b.accepted || replaces !== b.replaces_seq5) failures.push(`${b.name}: accepted=${accepted} replaces=${replaces}`);
  }
  // Revocation through a newer bundle: the card VALID under sequence 5 is withdrawn under 6.
  const newer = await verifyBundle(subtle, readFileSync(dir + "bundle_seq6_revokes_ambvalid.json", "utf8"), pinned);
  const amb = manifest.cards.find((c) => c.name === "valid_ambulance");
  const r = await verifyCardText(subtle, amb.text, newer, "ambulance", today);
  if (r.verdict !== "SUPERSEDED_OR_REVOKED") failures.push(`valid_ambulance under bundle 6: ${r.verdict}`);
  return { cards: manifest.cards.length, bundles: manifest.bundles.length, failures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await runVectors();
  console.log(JSON.stringify(r, null, 1));
  process.exit(r.failures.length ? 1 : 0);
}
