// Card format 2 (`CP2:`): the compact payload layout of docs/card-format.md section 4b. Mirrors
// crisisplan/export/payload_v2.py: a CBOR array of 12 fields, the card id as 7 bytes, a coded date
// of birth and NHS number, and the other items in one text (item code as a control character, or
// U+001F and one character for codes 30-124; each line of a list item after U+001E). Only the one encoding the app writes is accepted: the decoded
// payload is encoded again and must give the same bytes.
import { decode, encode } from "cborg";
import { ITEMS, RECIPIENTS } from "./data.js";
import { MAX_PAYLOAD_BYTES, PayloadError, text, uint } from "./payload.js";

const FIELDS = 12;
const MAX_LINES = 50;
const LINE_MARK = "\u001e";
const MAX_SHORT_CODE = 0x1d; // codes 1-29: one control character
const LONG_CODE_MARK = "\u001f"; // codes 30-124: U+001F and one character U+0020 + (code - 30)
const MAX_ITEM_CODE = 30 + 0x7e - 0x20;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const DAY_MS = 86400000;
const DOB_EPOCH_MS = Date.UTC(1900, 0, 1);
const DOB_RE = /^(\d{2})\/(\d{2})\/(\d{4})(?: \(age (\d{1,3})\))?$/;
const NHS_RE = /^(\d{3}) (\d{3}) (\d{4})$/;
const DATE_OF_BIRTH = 2;
const NHS_NUMBER = 4;
const RECIPIENT_CODES = Object.fromEntries(Object.entries(RECIPIENTS).map(([code, name]) => [name, Number(code)]));

function cardIdText(raw) {
  if (!(raw instanceof Uint8Array) || raw.length !== 7 || raw[0] > 3) throw new PayloadError("bad card id");
  let value = 0;
  for (const b of raw) value = value * 256 + b; // < 2**50: exact in a double
  let out = "";
  for (let shift = 45; shift >= 0; shift -= 5) out += BASE32[Math.floor(value / 2 ** shift) % 32];
  return out;
}

function cardIdBytes(cardId) {
  let value = 0;
  for (const ch of cardId) value = value * 32 + BASE32.indexOf(ch);
  const out = new Uint8Array(7);
  for (let i = 6; i >= 0; i--) {
    out[i] = value % 256;
    value = Math.floor(value / 256);
  }
  return out;
}

const pad = (n, width) => String(n).padStart(width, "0");

function dobText(raw) {
  let days;
  let age = null;
  if (Number.isInteger(raw)) days = raw;
  else if (Array.isArray(raw) && raw.length === 2 && raw.every(Number.isInteger)) [days, age] = raw;
  else throw new PayloadError("bad date of birth");
  if (days < 0 || days > 0xffff || (age !== null && (age < 0 || age > 999))) throw new PayloadError("bad date of birth");
  const d = new Date(DOB_EPOCH_MS + days * DAY_MS);
  const dateText = `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${pad(d.getUTCFullYear(), 4)}`;
  return age === null ? dateText : `${dateText} (age ${age})`;
}

/** The coded form of a date of birth line (as payload_v2._dob_code), or null. */
function dobCode(line) {
  const m = DOB_RE.exec(line);
  if (!m) return null;
  const [, day, month, year, age] = m;
  const ms = Date.UTC(+year, +month - 1, +day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== +year || back.getUTCMonth() !== +month - 1 || back.getUTCDate() !== +day) return null;
  const days = Math.round((ms - DOB_EPOCH_MS) / DAY_MS);
  if (days < 0 || days > 0xffff || (age !== undefined && String(Number(age)) !== age)) return null;
  return age === undefined ? days : [days, Number(age)];
}

function nhsText(raw) {
  if (!(raw instanceof Uint8Array) || raw.length !== 5) throw new PayloadError("bad NHS number");
  let value = 0;
  for (const b of raw) value = value * 256 + b;
  const digits = pad(value, 10);
  if (digits.length !== 10) throw new PayloadError("bad NHS number");
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

function nhsCode(line) {
  const m = NHS_RE.exec(line);
  if (!m) return null;
  let value = Number(m[1] + m[2] + m[3]);
  const out = new Uint8Array(5);
  for (let i = 4; i >= 0; i--) {
    out[i] = value % 256;
    value = Math.floor(value / 256);
  }
  return out;
}

function itemMark(code) {
  if (code >= 1 && code <= MAX_SHORT_CODE) return String.fromCharCode(code);
  if (code > MAX_SHORT_CODE && code <= MAX_ITEM_CODE) return LONG_CODE_MARK + String.fromCharCode(0x20 + code - 30);
  throw new PayloadError("item code out of range");
}

function splitItems(itemsText) {
  if (typeof itemsText !== "string") throw new PayloadError("bad items");
  const items = new Map();
  if (!itemsText) return items;
  const first = itemsText.charCodeAt(0);
  if (!((first >= 1 && first <= MAX_SHORT_CODE) || itemsText[0] === LONG_CODE_MARK)) throw new PayloadError("bad items");
  for (const record of itemsText.split(/(?=[\u0001-\u001d\u001f])/)) {
    let code = record.charCodeAt(0);
    let body = record.slice(1);
    if (record[0] === LONG_CODE_MARK) {
      const ext = record.charCodeAt(1);
      if (!(ext >= 0x20 && ext <= 0x7e)) throw new PayloadError("bad items");
      code = 30 + ext - 0x20;
      body = record.slice(2);
    }
    if (!Object.prototype.hasOwnProperty.call(ITEMS, code)) throw new PayloadError("unknown item");
    if (items.has(code)) throw new PayloadError("item twice");
    const list = body.startsWith(LINE_MARK);
    const lines = list ? body.slice(1).split(LINE_MARK) : [body];
    if (lines.length > MAX_LINES) throw new PayloadError("bad lines");
    items.set(code, { lines: lines.map((line) => text(line)), list });
  }
  return items;
}

function encodeV2(p) {
  const byCode = new Map(p.items.map((item) => [item.code, item]));
  const dob = byCode.get(DATE_OF_BIRTH);
  const dobCoded = dob && !dob.list ? dobCode(dob.lines[0]) : null;
  if (dobCoded !== null) byCode.delete(DATE_OF_BIRTH);
  const nhs = byCode.get(NHS_NUMBER);
  const nhsPacked = nhs && !nhs.list ? nhsCode(nhs.lines[0]) : null;
  if (nhsPacked !== null) byCode.delete(NHS_NUMBER);
  let itemsText = "";
  for (const code of [...byCode.keys()].sort((a, b) => a - b)) {
    const { lines, list } = byCode.get(code);
    itemsText += itemMark(code) + (list ? lines.map((l) => LINE_MARK + l).join("") : lines[0]);
  }
  return encode([cardIdBytes(p.cardId), p.issuer, p.locality, RECIPIENT_CODES[p.recipient], p.planRef, p.planVersion,
    p.issued, p.validUntil, p.truncated, dobCoded, nhsPacked, itemsText]);
}

/** Decode canonical format 2 payload bytes into the same object decodePayload gives for format 1. */
export function decodePayloadV2(bytes) {
  if (bytes.length > MAX_PAYLOAD_BYTES) throw new PayloadError("payload too large");
  let raw;
  try {
    raw = decode(bytes, { useMaps: true, strict: true, allowIndefinite: false, allowUndefined: false, rejectDuplicateMapKeys: true, tags: [] });
  } catch {
    throw new PayloadError("not valid CBOR");
  }
  if (!Array.isArray(raw) || raw.length !== FIELDS) throw new PayloadError("wrong fields");
  const [cardIdRaw, issuer, locality, recipientCode, planRef, planVersion, issued, validUntil, truncated, dob, nhs, itemsText] = raw;
  const recipient = RECIPIENTS[uint(recipientCode, 0xffffffff)];
  if (!recipient) throw new PayloadError("unknown recipient");
  uint(issued, 0xffff);
  uint(validUntil, 0xffff);
  if (validUntil < issued) throw new PayloadError("review date before issue date");
  if (uint(planVersion, 0xffffffff) < 1) throw new PayloadError("bad plan version");
  if (typeof truncated !== "boolean") throw new PayloadError("bad flag");
  const byCode = splitItems(itemsText);
  if (dob !== null) {
    if (byCode.has(DATE_OF_BIRTH)) throw new PayloadError("date of birth twice");
    byCode.set(DATE_OF_BIRTH, { lines: [dobText(dob)], list: false });
  }
  if (nhs !== null) {
    if (byCode.has(NHS_NUMBER)) throw new PayloadError("NHS number twice");
    byCode.set(NHS_NUMBER, { lines: [nhsText(nhs)], list: false });
  }
  const items = [...byCode.keys()].sort((a, b) => a - b).map((code) => {
    const { lines, list } = byCode.get(code);
    return { code, key: ITEMS[code].key, label: ITEMS[code].label, lines, list };
  });
  const payload = {
    cardId: cardIdText(cardIdRaw),
    issuer: text(issuer, 200),
    locality: text(locality, 100),
    recipient,
    planRef: text(planRef, 64),
    planVersion,
    issued,
    validUntil,
    items,
    truncated,
  };
  const again = encodeV2(payload);
  if (again.length !== bytes.length || again.some((b, i) => b !== bytes[i])) throw new PayloadError("not canonical");
  return payload;
}
