"""Base45 (RFC 9285): binary data as text in the QR code alphanumeric character set.

Two bytes become three characters and a final odd byte becomes two, each character standing for a
digit in base 45, least significant first. Decoding is strict: only the 45 upper-case characters
of the alphabet, no length that leaves a single character over, and no group whose value is too big
for the bytes it stands for. Error messages never quote the input (it may be clinical data).
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"

_VALUE: dict[str, int] = {ch: i for i, ch in enumerate(ALPHABET)}
_DIGIT_VALUES = bytes(_VALUE.get(chr(b), 0) for b in range(256))
_DROP_ALPHABET: dict[int, None] = {ord(ch): None for ch in ALPHABET}


class Base45Error(ValueError):
    """The text is not valid Base45."""


def b45encode(data: bytes) -> str:
    """Encode bytes as Base45 text."""
    out: list[str] = []
    append = out.append
    alphabet = ALPHABET
    full = len(data) - len(data) % 2
    for i in range(0, full, 2):
        n = (data[i] << 8) | data[i + 1]
        n, c = divmod(n, 45)
        e, d = divmod(n, 45)
        append(alphabet[c] + alphabet[d] + alphabet[e])
    if full < len(data):
        d, c = divmod(data[-1], 45)
        append(alphabet[c] + alphabet[d])
    return "".join(out)


def _triplets_to_bytes(values: bytes) -> bytes:
    """Decode whole triplets of digit values (each 0-44). Done with big-integer arithmetic on
    32-bit lanes rather than a Python loop: this is the hot path of every card verification."""
    count = len(values) // 3
    lanes = [bytearray(4 * count) for _ in range(3)]
    for digit, lane in enumerate(lanes):
        lane[3::4] = values[digit::3]
    low, mid, high = (int.from_bytes(lane, "big") for lane in lanes)
    packed = (low + 45 * mid + 2025 * high).to_bytes(4 * count, "big")
    if packed[1::4].strip(b"\x00"):  # a value above 0xFFFF spills into the third byte of its lane
        raise Base45Error("The Base45 text contains a group whose value is too large.")
    out = bytearray(2 * count)
    out[0::2] = packed[2::4]
    out[1::2] = packed[3::4]
    return bytes(out)


def b45decode(text: str) -> bytes:
    """Decode Base45 text; Base45Error on any invalid character, length or value."""
    if not isinstance(text, str):
        raise Base45Error("Base45 input must be text.")
    if text.translate(_DROP_ALPHABET):
        raise Base45Error("The text contains a character that is not allowed in Base45.")
    length = len(text)
    if length % 3 == 1:
        raise Base45Error("The Base45 text has the wrong length (one character too many or too few).")
    values = text.encode("ascii").translate(_DIGIT_VALUES)
    full = length - length % 3
    out = _triplets_to_bytes(values[:full])
    if full < length:
        last = values[full] + 45 * values[full + 1]
        if last > 0xFF:
            raise Base45Error("The Base45 text ends with a pair whose value is too large.")
        out += bytes((last,))
    return out
