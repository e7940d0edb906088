// Strict Base45 (RFC 9285) decoding, the same rules as crisisplan/export/base45.py: upper-case
// alphabet only, no length of 3n+1, no triplet above 65535, no final pair above 255.
// Hand-written (20 lines): the npm base45 packages are small, unmaintained and lenient.
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export class Base45Error extends Error {}

export function b45decode(text) {
  const digits = [];
  for (const ch of text) {
    const v = VALUE.get(ch);
    if (v === undefined) throw new Base45Error("character not allowed in Base45");
    digits.push(v);
  }
  if (digits.length % 3 === 1) throw new Base45Error("wrong Base45 length");
  const out = new Uint8Array(Math.floor(digits.length / 3) * 2 + (digits.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < digits.length; i += 3) {
    if (i + 2 < digits.length) {
      const n = digits[i] + 45 * digits[i + 1] + 2025 * digits[i + 2];
      if (n > 0xffff) throw new Base45Error("Base45 group too large");
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      const n = digits[i] + 45 * digits[i + 1];
      if (n > 0xff) throw new Base45Error("Base45 final pair too large");
      out[o++] = n;
    }
  }
  return out;
}
