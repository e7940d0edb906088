// The signed trust bundle, format 2 (plan/trust-spec: "Signed bundle file" and "Body JSON").
// A bundle is accepted only if sha256(root_key) equals the pinned fingerprint, the COSE_Sign1
// signature verifies with root_key and the body parses strictly.
import { decodeSign1, importSpki, verifySign1 } from "./cose.js";
import { isoToDay } from "./payload.js";

export class BundleError extends Error {}

const OUTER_FIELDS = ["format", "format_version", "root_key", "signed"];
const BODY_FIELDS = ["format", "format_version", "sequence", "issued_at", "root_fingerprint", "organisation",
  "locality", "max_card_lifetime_days", "keys", "revoked_cards", "superseded_cards"];
const KEY_FIELDS = ["kid", "organisation", "public_key", "valid_from", "valid_until", "status", "partner_root"];
const HEX64 = /^[0-9a-f]{64}$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_BUNDLE_CHARS = 1024 * 1024;

function fail(message) {
  throw new BundleError(message);
}

function exactFields(obj, fields, what) {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) fail(`${what} is not an object`);
  const keys = Object.keys(obj);
  for (const k of keys) if (!fields.includes(k)) fail(`${what} has an unknown field`);
  for (const f of fields) if (!keys.includes(f)) fail(`${what} is missing a field`);
}

function str(v, what) {
  if (typeof v !== "string" || !v.trim()) fail(`${what} must be text`);
  return v;
}

export function b64decode(text) {
  if (typeof text !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4) fail("bad base64");
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const hex = (bytes) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");

async function sha256(subtle, bytes) {
  return new Uint8Array(await subtle.digest("SHA-256", bytes));
}

function parseBody(text, pinned) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    fail("the bundle body is not JSON");
  }
  exactFields(body, BODY_FIELDS, "the bundle body");
  if (body.format !== "crisisplan.trust" || body.format_version !== 2) fail("not a format 2 trust body");
  if (!Number.isSafeInteger(body.sequence) || body.sequence < 1) fail("bad sequence");
  if (typeof body.issued_at !== "string" || !ISO_WITH_OFFSET.test(body.issued_at) || Number.isNaN(Date.parse(body.issued_at))) {
    fail("bad issued_at");
  }
  if (body.root_fingerprint !== pinned) fail("the body names another root");
  str(body.organisation, "organisation");
  str(body.locality, "locality");
  if (!Number.isSafeInteger(body.max_card_lifetime_days) || body.max_card_lifetime_days < 1) fail("bad lifetime");
  if (!Array.isArray(body.keys)) fail("keys must be a list");
  for (const list of [body.revoked_cards, body.superseded_cards]) {
    if (!Array.isArray(list) || list.some((c) => typeof c !== "string")) fail("card lists must be lists of text");
  }
  return body;
}

async function parseKeys(subtle, body) {
  const keys = new Map();
  for (const k of body.keys) {
    exactFields(k, KEY_FIELDS, "a key");
    if (typeof k.kid !== "string" || !/^[0-9a-fA-F]{16}$/.test(k.kid)) fail("bad kid");
    str(k.organisation, "key organisation");
    const der = b64decode(k.public_key);
    if (hex((await sha256(subtle, der)).slice(0, 8)) !== k.kid.toLowerCase()) fail("kid does not match its key");
    const validFrom = isoToDayOrFail(k.valid_from);
    const validUntil = k.valid_until === null ? null : isoToDayOrFail(k.valid_until);
    if (!["active", "retired", "revoked"].includes(k.status)) fail("bad key status");
    if (k.partner_root !== null && (typeof k.partner_root !== "string" || !HEX64.test(k.partner_root))) fail("bad partner_root");
    if (keys.has(k.kid.toLowerCase())) fail("a kid appears twice");
    let publicKey;
    try {
      publicKey = await importSpki(subtle, der);
    } catch {
      fail("a key is not a P-256 public key");
    }
    keys.set(k.kid.toLowerCase(), { organisation: k.organisation, publicKey, validFrom, validUntil, status: k.status });
  }
  return keys;
}

function isoToDayOrFail(v) {
  try {
    return isoToDay(v);
  } catch {
    return fail("bad key date");
  }
}

/** Verify a signed bundle (text of trust-bundle.json) against the pinned root fingerprint.
 * Returns {sequence, issuedAt, organisation, maxLifetimeDays, keys: Map(kidHex → key), revoked: Set}. */
export async function verifyBundle(subtle, text, pinnedFingerprint) {
  if (typeof text !== "string" || text.length > MAX_BUNDLE_CHARS) fail("the bundle is too large");
  let outer;
  try {
    outer = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    fail("the bundle is not JSON");
  }
  exactFields(outer, OUTER_FIELDS, "the bundle");
  if (outer.format !== "crisisplan.signed-trust" || outer.format_version !== 2) fail("not a signed trust bundle, format 2");
  const rootDer = b64decode(outer.root_key);
  const fingerprint = await sha256(subtle, rootDer);
  if (hex(fingerprint) !== pinnedFingerprint) fail("the bundle is not from the pinned root");
  let message;
  try {
    message = decodeSign1(b64decode(outer.signed));
  } catch {
    fail("the bundle's signed part cannot be read");
  }
  if (hex(message.kid) !== hex(fingerprint.slice(0, 8))) fail("the bundle's kid is not the root's");
  let rootKey;
  try {
    rootKey = await importSpki(subtle, rootDer);
  } catch {
    fail("the root key is not a P-256 key");
  }
  if (!(await verifySign1(subtle, message, rootKey))) fail("the bundle's signature does not verify");
  let bodyText;
  try {
    bodyText = new TextDecoder("utf-8", { fatal: true }).decode(message.payload);
  } catch {
    fail("the bundle body is not UTF-8");
  }
  const body = parseBody(bodyText, pinnedFingerprint);
  return {
    sequence: body.sequence,
    issuedAt: body.issued_at,
    organisation: body.organisation,
    locality: body.locality,
    maxLifetimeDays: body.max_card_lifetime_days,
    keys: await parseKeys(subtle, body),
    withdrawn: new Set([...body.revoked_cards, ...body.superseded_cards]),
  };
}
