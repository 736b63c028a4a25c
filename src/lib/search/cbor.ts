/**
 * Reads CBOR (RFC 8949), the encoding of Pagefind's metadata file, as far as that file uses it:
 * unsigned and negative integers, byte and text strings, arrays, maps, floats, and the simple
 * values false, true and null, all of definite length. Anything else is an error, not a guess.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const reader = { bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), at: 0 };
  const value = item(reader);
  if (reader.at !== bytes.length) throw new Error(`CBOR: ${bytes.length - reader.at} bytes left after the value`);
  return value;
}

interface Reader {
  bytes: Uint8Array;
  view: DataView;
  at: number;
}

const text = new TextDecoder('utf-8', { fatal: true });

function take(reader: Reader, length: number): Uint8Array {
  if (reader.at + length > reader.bytes.length) throw new Error(`CBOR: the data ends inside a value at byte ${reader.at}`);
  const slice = reader.bytes.subarray(reader.at, reader.at + length);
  reader.at += length;
  return slice;
}

/** The number in a head's last five bits, or in the 1, 2, 4 or 8 bytes after it. */
function argument(reader: Reader, info: number): number {
  if (info < 24) return info;
  const width = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
  if (width === undefined) throw new Error(`CBOR: unsupported length (additional information ${info}) at byte ${reader.at - 1}`);
  const start = reader.at;
  take(reader, width);
  if (width === 1) return reader.view.getUint8(start);
  if (width === 2) return reader.view.getUint16(start);
  if (width === 4) return reader.view.getUint32(start);
  const big = reader.view.getBigUint64(start);
  if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR: a number too large to read exactly at byte ${start}`);
  return Number(big);
}

function float(reader: Reader, info: number): number {
  const start = reader.at;
  take(reader, { 25: 2, 26: 4, 27: 8 }[info as 25 | 26 | 27]);
  if (info === 26) return reader.view.getFloat32(start);
  if (info === 27) return reader.view.getFloat64(start);
  // Half precision: a sign bit, five bits of exponent, ten of fraction.
  const half = reader.view.getUint16(start);
  const exponent = (half >> 10) & 0x1f;
  const fraction = half & 0x3ff;
  const magnitude = exponent === 0 ? fraction * 2 ** -24 : exponent === 31 ? (fraction ? NaN : Infinity) : (1 + fraction / 1024) * 2 ** (exponent - 15);
  return half & 0x8000 ? -magnitude : magnitude;
}

function item(reader: Reader): unknown {
  const head = take(reader, 1)[0]!;
  const major = head >> 5;
  const info = head & 0x1f;
  if (major === 7) {
    if (info === 20) return false;
    if (info === 21) return true;
    if (info === 22) return null;
    if (info >= 25 && info <= 27) return float(reader, info);
    throw new Error(`CBOR: unsupported simple value ${info} at byte ${reader.at - 1}`);
  }
  const n = argument(reader, info);
  switch (major) {
    case 0:
      return n;
    case 1:
      return -1 - n;
    case 2:
      return take(reader, n).slice();
    case 3:
      return text.decode(take(reader, n));
    case 4:
      return Array.from({ length: n }, () => item(reader));
    case 5:
      return new Map(Array.from({ length: n }, () => [item(reader), item(reader)] as const));
    default:
      throw new Error(`CBOR: tags are not supported (tag ${n} at byte ${reader.at})`);
  }
}
