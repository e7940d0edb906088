// The verdict for one QR text, in the order of plan/trust-spec ("Verdict order").
import { b45decode } from "./base45.js";
import { decodeSign1, verifySign1 } from "./cose.js";
import { decodePayload, decompress } from "./payload.js";
import { decodePayloadV2 } from "./payload2.js";
import { hex } from "./bundle.js";

export const PREFIX = "CP2:";
/** Card format by prefix: format 2 is written today; format 1 cards already issued still verify. */
const FORMATS = { "CP1:": { dictionary: 1, decode: decodePayload }, "CP2:": { dictionary: 2, decode: decodePayloadV2 } };
const MAX_CARD_TEXT = 4096;
export const VIEWERS = ["police", "ambulance", "emergency_department", "other"];

/** Days since 2000-01-01 of a local calendar date (the phone's today). */
export function localDay(date) {
  return Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(2000, 0, 1)) / 86400000);
}

/** {verdict, payload?, issuer?, kid?}. payload is present only when the content may be shown. */
export async function verifyCardText(subtle, text, bundle, viewer, today) {
  const trimmed = text.replace(/^\s+/, "").replace(/[\r\n\t\v\f]+$/, "");
  const prefix = Object.keys(FORMATS).find((p) => trimmed.startsWith(p));
  if (!prefix) return { verdict: "NOT_A_CARD" };
  const format = FORMATS[prefix];
  const body = trimmed.slice(prefix.length);
  let message;
  try {
    if (body.length > MAX_CARD_TEXT) throw new Error("too long");
    message = decodeSign1(b45decode(body));
  } catch {
    return { verdict: "TAMPERED" };
  }
  const kid = hex(message.kid);
  const key = bundle.keys.get(kid);
  if (!key) return { verdict: "UNKNOWN_ISSUER", kid };
  if (!(await verifySign1(subtle, message, key.publicKey))) return { verdict: "TAMPERED", kid };
  let payload;
  try {
    payload = format.decode(decompress(message.payload, format.dictionary));
  } catch {
    return { verdict: "TAMPERED", kid };
  }
  const issuer = key.organisation;
  if (key.status === "revoked") return { verdict: "SUPERSEDED_OR_REVOKED", kid, issuer };
  if (payload.issued < key.validFrom || (key.validUntil !== null && payload.issued > key.validUntil)) {
    return { verdict: "UNKNOWN_ISSUER", kid };
  }
  if (bundle.withdrawn.has(payload.cardId)) return { verdict: "SUPERSEDED_OR_REVOKED", kid, issuer };
  if (viewer !== "other" && payload.recipient !== viewer) {
    return { verdict: "WRONG_RECIPIENT", kid, issuer, recipient: payload.recipient };
  }
  if (today > payload.issued + bundle.maxLifetimeDays) return { verdict: "EXPIRED", kid, issuer };
  if (today > payload.validUntil) return { verdict: "REVIEW_OVERDUE", kid, issuer, payload };
  return { verdict: "VALID", kid, issuer, payload };
}
