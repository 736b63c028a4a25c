import { brotliCompressSync, constants } from 'node:zlib';

/**
 * zlib's brotli of `data` at `level`, told its size as the site's copies are: what a compressed
 * copy made at that level must be, byte for byte.
 */
export function brotliAt(data: string | Buffer, level: number): Buffer {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: level, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(data) } });
}
