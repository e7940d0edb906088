// Differential check of the two format 2 decoders: reads a JSON list of hex payloads (argv[2]) and
// prints, for each, what the phone verifier's decodePayloadV2 makes of it (the shown content, or
// null when it refuses the bytes). tests/export/test_cp2_differential.py compares it with Python.
import { readFileSync } from "node:fs";
import { decodePayloadV2 } from "../../verifier/src/payload2.js";
import { dayToIso } from "../../verifier/src/payload.js";

const hexes = JSON.parse(readFileSync(process.argv[2], "utf8"));
const out = hexes.map((hex) => {
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
  let p;
  try {
    p = decodePayloadV2(bytes);
  } catch {
    return null;
  }
  const items = {};
  for (const item of p.items) items[String(item.code)] = item.list ? item.lines : item.lines[0];
  return { card_id: p.cardId, issuer: p.issuer, locality: p.locality, recipient: p.recipient, plan_ref: p.planRef,
    plan_version: p.planVersion, issued: dayToIso(p.issued), valid_until: dayToIso(p.validUntil),
    truncated: p.truncated, items };
});
console.log(JSON.stringify(out));
