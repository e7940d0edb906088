// The card payload: raw DEFLATE with a preset dictionary (v1 for CP1, v2 for CP2); format 1 (CP1) is canonical CBOR with integer keys
// (docs/card-format.md sections 3-4). Mirrors crisisplan/export/compress.py and payload.py.
import { Inflate } from "pako";
import { decode, encode } from "cborg";
import { DICTIONARY_V1_BASE64, DICTIONARY_V2_BASE64, ITEMS, RECIPIENTS } from "./data.js";

export const MAX_PAYLOAD_BYTES = 16 * 1024;
const MAX_TEXT = 1000;
const MAX_LINES = 50;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CARD_ID = /^[A-Z2-7]{10}$/;
const EPOCH_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 86400000;

export class PayloadError extends Error {}

function base64Bytes(text) {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const DICTIONARIES = { 1: base64Bytes(DICTIONARY_V1_BASE64), 2: base64Bytes(DICTIONARY_V2_BASE64) };

/** Raw inflate with dictionary `version` (1 for CP1, 2 for CP2), bounded, and the stream must end
 * exactly at the input's end. */
export function decompress(data, version = 1) {
  const dictionary = DICTIONARIES[version];
  if (!dictionary) throw new PayloadError("unknown dictionary");
  const inflator = new Inflate({ raw: true, dictionary, chunkSize: 4096 });
  const chunks = [];
  let total = 0;
  inflator.onData = (chunk) => {
    total += chunk.length;
    if (total > MAX_PAYLOAD_BYTES) throw new PayloadError("payload too large");
    chunks.push(chunk);
  };
  let ended = false;
  inflator.onEnd = (status) => {
    ended = status === 0;
  };
  try {
    inflator.push(data, true);
  } catch (e) {
    throw e instanceof PayloadError ? e : new PayloadError("cannot decompress");
  }
  if (!ended || inflator.err || inflator.strm.avail_in !== 0) throw new PayloadError("not a complete DEFLATE stream");
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export function text(value, max = MAX_TEXT) {
  if (typeof value !== "string" || !value.trim() || [...value].length > max || CONTROL.test(value)) {
    throw new PayloadError("bad text");
  }
  return value;
}

export function uint(value, max) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) throw new PayloadError("bad number");
  return value;
}

export function dayToIso(days) {
  return new Date(EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10);
}

export function isoToDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new PayloadError("bad date");
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  if (new Date(ms).toISOString().slice(0, 10) !== iso) throw new PayloadError("bad date");
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

/** Decode canonical payload bytes into a plain object; PayloadError on anything unexpected. */
export function decodePayload(bytes) {
  if (bytes.length > MAX_PAYLOAD_BYTES) throw new PayloadError("payload too large");
  let raw;
  try {
    raw = decode(bytes, { useMaps: true, strict: true, allowIndefinite: false, allowUndefined: false, rejectDuplicateMapKeys: true, tags: [] });
  } catch {
    throw new PayloadError("not valid CBOR");
  }
  if (!(raw instanceof Map) || raw.size !== 10) throw new PayloadError("wrong fields");
  for (let k = 1; k <= 10; k++) if (!raw.has(k)) throw new PayloadError("wrong fields");
  const cardId = raw.get(1);
  if (typeof cardId !== "string" || !CARD_ID.test(cardId)) throw new PayloadError("bad card id");
  const recipient = RECIPIENTS[uint(raw.get(4), 0xffffffff)];
  if (!recipient) throw new PayloadError("unknown recipient");
  const issued = uint(raw.get(7), 0xffff);
  const validUntil = uint(raw.get(8), 0xffff);
  if (validUntil < issued) throw new PayloadError("review date before issue date");
  const planVersion = uint(raw.get(6), 0xffffffff);
  if (planVersion < 1) throw new PayloadError("bad plan version");
  if (typeof raw.get(10) !== "boolean") throw new PayloadError("bad flag");
  const rawItems = raw.get(9);
  if (!(rawItems instanceof Map)) throw new PayloadError("bad items");
  const items = [];
  for (const [code, value] of rawItems) {
    const info = typeof code === "number" ? ITEMS[code] : undefined;
    if (!info) throw new PayloadError("unknown item");
    let lines;
    if (Array.isArray(value)) {
      if (value.length < 1 || value.length > MAX_LINES) throw new PayloadError("bad lines");
      lines = value.map((v) => text(v));
    } else {
      lines = [text(value)];
    }
    items.push({ code, key: info.key, label: info.label, lines, list: Array.isArray(value) });
  }
  const payload = {
    cardId,
    issuer: text(raw.get(2), 200),
    locality: text(raw.get(3), 100),
    recipient,
    planRef: text(raw.get(5), 64),
    planVersion,
    issued,
    validUntil,
    items,
    truncated: raw.get(10),
  };
  // Exactly one encoding per payload, as decode_payload in Python: re-encode and compare.
  const again = encode(raw);
  if (again.length !== bytes.length || again.some((b, i) => b !== bytes[i])) throw new PayloadError("not canonical");
  return payload;
}
