import { describe, expect, it } from 'vitest';
import { decodeCbor } from './cbor';

/** Bytes from hex, spaces allowed; the examples are RFC 8949's Appendix A. */
const hex = (text: string) => Uint8Array.from(text.replace(/\s/g, '').match(/../g)!.map((byte) => parseInt(byte, 16)));

describe('decodeCbor()', () => {
  it('reads the integers of the standard’s examples, in every width', () => {
    expect(decodeCbor(hex('00'))).toBe(0);
    expect(decodeCbor(hex('17'))).toBe(23);
    expect(decodeCbor(hex('1818'))).toBe(24);
    expect(decodeCbor(hex('1903e8'))).toBe(1000);
    expect(decodeCbor(hex('1a000f4240'))).toBe(1000000);
    expect(decodeCbor(hex('1b000000e8d4a51000'))).toBe(1000000000000);
    expect(decodeCbor(hex('20'))).toBe(-1);
    expect(decodeCbor(hex('3903e7'))).toBe(-1000);
  });

  it('reads text, bytes, arrays and maps as the standard’s examples give them', () => {
    expect(decodeCbor(hex('6449455446'))).toBe('IETF');
    expect(decodeCbor(hex('62c3bc'))).toBe('ü');
    expect(decodeCbor(hex('63e6b0b4'))).toBe('水');
    expect(decodeCbor(hex('4401020304'))).toEqual(Uint8Array.from([1, 2, 3, 4]));
    expect(decodeCbor(hex('8301820203820405'))).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeCbor(hex('a201020304'))).toEqual(new Map([[1, 2], [3, 4]]));
    expect(decodeCbor(hex('80'))).toEqual([]);
  });

  it('reads floats in half, single and double precision, and the simple values', () => {
    expect(decodeCbor(hex('f93c00'))).toBe(1);
    expect(decodeCbor(hex('f9c400'))).toBe(-4);
    expect(decodeCbor(hex('f90001'))).toBe(5.960464477539063e-8);
    expect(decodeCbor(hex('fa47c35000'))).toBe(100000);
    expect(decodeCbor(hex('fb3ff199999999999a'))).toBe(1.1);
    expect(decodeCbor(hex('f4'))).toBe(false);
    expect(decodeCbor(hex('f5'))).toBe(true);
    expect(decodeCbor(hex('f6'))).toBe(null);
  });

  it('refuses what it cannot read exactly instead of guessing', () => {
    expect(() => decodeCbor(hex('9f018202039f0405ffff'))).toThrow(/unsupported length/);
    expect(() => decodeCbor(hex('c074323031332d30332d32315432303a30343a30305a'))).toThrow(/tags are not supported/);
    expect(() => decodeCbor(hex('6449455446 00'))).toThrow(/1 bytes left/);
    expect(() => decodeCbor(hex('64494554'))).toThrow(/ends inside a value/);
  });
});
