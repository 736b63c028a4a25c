import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { escapeXml } from './xml';

/** Blank modules around the symbol that scanners need to find its edges (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/** The QR symbol's modules for `text`, row by row; `true` is dark. */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
}

/**
 * An inline SVG QR code for `text`, made at build time. It draws the modules
 * itself rather than using qrcode's SVG renderer so the markup stays small and
 * predictable (one path of merged horizontal runs, one unit per module) and the
 * colours are explicit: a dark-mode stylesheet must not invert them, or
 * scanners lose the dark-on-light contrast they expect.
 */
export function qrCodeSvg(text: string, options: { title: string }): string {
  const matrix = qrModules(text);
  const side = matrix.length + 2 * QUIET_ZONE;
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      const run = x - start + 1;
      d += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
    }
  });
  // Derived from the text so two different codes on one page get different ids.
  const titleId = `qr-${createHash('sha256').update(text).digest('hex').slice(0, 10)}-title`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img" aria-labelledby="${titleId}">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title>` +
    `<rect width="${side}" height="${side}" fill="#ffffff"/><path fill="#000000" d="${d}"/></svg>`
  );
}
