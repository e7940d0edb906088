// COSE_Sign1 (RFC 9052) decoding and ES256 verification with WebCrypto.
// Accepted forms (trust-spec): untagged, tag 18, or tag 61 (CWT) wrapping tag 18. alg and kid come
// from the protected header; a kid only in the unprotected header is used when the protected header
// has none (RFC 9052: protected wins). alg must be -7 (ES256) in the protected header.
import { decode, encode } from "cborg";

export const MAX_COSE_BYTES = 64 * 1024;
const HEADER_ALG = 1;
const HEADER_KID = 4;
const ALG_ES256 = -7;

export class CoseError extends Error {}

class Tagged {
  constructor(tag, value) {
    this.tag = tag;
    this.value = value;
  }
}

const tags = [];
tags[18] = (v) => new Tagged(18, v);
tags[61] = (v) => new Tagged(61, v);

function loads(bytes, what) {
  try {
    return decode(bytes, { useMaps: true, tags, allowUndefined: false, rejectDuplicateMapKeys: true });
  } catch {
    throw new CoseError(`${what} is not valid CBOR`);
  }
}

function header(value, what) {
  if (!(value instanceof Map)) throw new CoseError(`${what} header is not a map`);
  if (value.has(HEADER_KID) && !(value.get(HEADER_KID) instanceof Uint8Array)) {
    throw new CoseError(`${what} kid is not a byte string`);
  }
  return value;
}

/** Decode a COSE_Sign1 message; CoseError if it is not one in an accepted form. */
export function decodeSign1(bytes) {
  if (bytes.length > MAX_COSE_BYTES) throw new CoseError("COSE message too large");
  let value = loads(bytes, "COSE message");
  if (value instanceof Tagged && value.tag === 61) {
    value = value.value;
    if (!(value instanceof Tagged && value.tag === 18)) throw new CoseError("tag 61 must wrap tag 18");
  }
  if (value instanceof Tagged) {
    if (value.tag !== 18) throw new CoseError("tag other than COSE_Sign1");
    value = value.value;
  }
  if (!Array.isArray(value) || value.length !== 4) throw new CoseError("not a COSE_Sign1 array");
  const [protectedBytes, unprotectedRaw, payload, signature] = value;
  if (!(protectedBytes instanceof Uint8Array)) throw new CoseError("protected header not bytes");
  if (!(payload instanceof Uint8Array) || !(signature instanceof Uint8Array)) {
    throw new CoseError("payload or signature not bytes");
  }
  const protectedHeader = header(protectedBytes.length ? loads(protectedBytes, "protected header") : new Map(), "protected");
  const unprotected = header(unprotectedRaw, "unprotected");
  if (protectedHeader.get(HEADER_ALG) !== ALG_ES256) throw new CoseError("alg is not ES256 in the protected header");
  const kid = protectedHeader.get(HEADER_KID) ?? unprotected.get(HEADER_KID);
  if (!(kid instanceof Uint8Array)) throw new CoseError("no key id");
  return { protectedBytes, payload, signature, kid };
}

export function sigStructure(protectedBytes, payload) {
  return encode(["Signature1", protectedBytes, new Uint8Array(0), payload]);
}

/** ES256 check of a decoded message with an imported P-256 public key (raw r||s signature). */
export async function verifySign1(subtle, message, publicKey) {
  if (message.signature.length !== 64) return false;
  try {
    return await subtle.verify(
      { name: "ECDSA", hash: "SHA-256" },
      publicKey,
      message.signature,
      sigStructure(message.protectedBytes, message.payload),
    );
  } catch {
    return false;
  }
}

export async function importSpki(subtle, der) {
  return subtle.importKey("spki", der, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
}
