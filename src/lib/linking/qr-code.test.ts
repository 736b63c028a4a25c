import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg, qrModules } from './qr-code';

const PX_PER_MODULE = 8;

/** The one attribute `name` on the first element `tag`; fails the test if it is missing. */
function attribute(svg: string, tag: string, name: string): string {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(svg)?.[0];
  const value = element && new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
  if (value === undefined) throw new Error(`no ${name} on <${tag}> in ${svg.slice(0, 200)}`);
  return value;
}

/**
 * Paints the SVG the way a browser would, from the markup alone: the whole
 * viewBox white (the background rect), then each subpath of the one <path> in
 * black. Only the run shape the renderer promises is understood, so any other
 * path syntax fails here instead of being silently skipped.
 */
function rasterise(svg: string): { data: Uint8ClampedArray; width: number } {
  const [minX, minY, side, sideY] = attribute(svg, 'svg', 'viewBox').split(' ').map(Number);
  expect([minX, minY, sideY]).toEqual([0, 0, side]);
  expect(attribute(svg, 'rect', 'fill')).toBe('#ffffff');
  expect(attribute(svg, 'path', 'fill')).toBe('#000000');
  expect(svg.match(/<path\b/g)).toHaveLength(1);

  const width = (side ?? 0) * PX_PER_MODULE;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = attribute(svg, 'path', 'd');
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((m) => m[0]).join('')).toBe(d);
  for (const [, x, y, run, back] of runs) {
    expect(back).toBe(run);
    for (let py = Number(y) * PX_PER_MODULE; py < (Number(y) + 1) * PX_PER_MODULE; py++) {
      for (let px = Number(x) * PX_PER_MODULE; px < (Number(x) + Number(run)) * PX_PER_MODULE; px++) {
        data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      }
    }
  }
  return { data, width };
}

describe('qrCodeSvg()', () => {
  it.each(['https://policy-digest.example.org/b/hb-2020-05/', 'https://policy-digest.example.org/zh/b/sd-2019-53/#measure-2'])(
    'draws a code that a scanner reads back as %s',
    (url) => {
      const { data, width } = rasterise(qrCodeSvg(url, { title: 'QR code' }));
      // dontInvert: the code must read as dark on light, the way it is printed.
      expect(jsQR(data, width, width, { inversionAttempts: 'dontInvert' })?.data).toBe(url);
    },
  );

  it('draws the symbol the right way round, not mirrored', () => {
    // jsQR also accepts a mirrored symbol, and many phone scanners do not, so
    // compare with qrcode's row-major data directly.
    const url = 'https://policy-digest.example.org/b/hb-2020-05/';
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const { data, width } = rasterise(qrCodeSvg(url, { title: 'QR code' }));
    const drawn = Array.from({ length: modules.size * modules.size }, (_, i) => {
      const [row, col] = [Math.floor(i / modules.size) + 4, (i % modules.size) + 4];
      const centre = ((row + 0.5) * PX_PER_MODULE * width + (col + 0.5) * PX_PER_MODULE) * 4;
      return data[centre] === 0 ? 1 : 0;
    });
    expect(drawn).toEqual([...modules.data]);
  });

  it('leaves a four-module quiet zone inside the viewBox', () => {
    const url = 'https://policy-digest.example.org/b/hb-2020-05/';
    const svg = qrCodeSvg(url, { title: 'QR code' });
    const modules = qrModules(url).length;
    expect(attribute(svg, 'svg', 'viewBox')).toBe(`0 0 ${modules + 8} ${modules + 8}`);
    const corners = [...attribute(svg, 'path', 'd').matchAll(/M(\d+) (\d+)h(\d+)/g)].flatMap(([, x, y, run]) => [
      Number(x),
      Number(y),
      Number(x) + Number(run) - 1,
    ]);
    expect(Math.min(...corners)).toBe(4);
    expect(Math.max(...corners)).toBe(modules + 3);
  });

  it('escapes the title and labels the image with it', () => {
    const svg = qrCodeSvg('https://example.org/', { title: 'Scan <this> & "go"' });
    const id = attribute(svg, 'svg', 'aria-labelledby');
    expect(attribute(svg, 'svg', 'role')).toBe('img');
    expect(svg).toContain(`<title id="${id}">Scan &lt;this&gt; &amp; &quot;go&quot;</title>`);
    expect(svg).not.toContain('<this>');
  });

  it('gives codes for different texts different ids', () => {
    const id = (text: string): string => attribute(qrCodeSvg(text, { title: 'QR code' }), 'svg', 'aria-labelledby');
    expect(id('https://example.org/a')).not.toBe(id('https://example.org/b'));
  });

  it('fixes its own size only through the viewBox, and starts with the element', () => {
    const svg = qrCodeSvg('https://example.org/', { title: 'QR code' });
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).not.toMatch(/<svg\b[^>]*\s(width|height)=/);
  });
});
