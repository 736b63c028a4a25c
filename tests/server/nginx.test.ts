import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../support/nginx.mjs';

/**
 * The built site served by nginx with the configuration the build ships (dist/_nginx/), as
 * the README's Deploying section sets it up. Expected values come from the content files
 * and the HTTP rules, not from the configuration.
 */
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const PORT = Number(process.env['SERVER_TEST_PORT'] ?? 4339);
const PUBLISHED = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'published-permalinks.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.trim().split(/\s+/) as [string, string]);

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: PORT, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const header = (response: Response, name: string) => String(response.headers[name] ?? '');
const vary = (response: Response) => header(response, 'vary').split(/,\s*/);

let server: { stop: () => Promise<void> };
beforeAll(async () => {
  server = await startNginx(DIST, PORT);
});
afterAll(() => server?.stop());

describe('nginx with the shipped configuration', () => {
  describe('short links', () => {
    it.each(PUBLISHED)("sends /b/%s/ to the bulletin in the reader's language, saying it varies by language", async (code, id) => {
      for (const [acceptLanguage, lang] of [['zh-CN,zh;q=0.9,en;q=0.8', 'zh'], ['en-GB,en;q=0.9', 'en'], ['fr-FR,fr;q=0.9,zh;q=0.8,en;q=0.7', 'zh'], ['de-DE', 'en']] as const) {
        const response = await get(`/b/${code}/`, { 'Accept-Language': acceptLanguage });
        expect([response.status, header(response, 'location')], acceptLanguage).toEqual([302, `/${lang}/bulletins/${id}/`]);
        expect(vary(response)).toContain('Accept-Language');
      }
      const none = await get(`/b/${code}/`);
      expect([none.status, header(none, 'location')]).toEqual([302, `/en/bulletins/${id}/`]);
    });

    it.each(PUBLISHED)('sends /b/%s/<lang>/ to that language for good, whatever the reader prefers', async (code, id) => {
      for (const lang of ['en', 'zh']) {
        const response = await get(`/b/${code}/${lang}/`, { 'Accept-Language': lang === 'en' ? 'zh-CN' : 'en' });
        expect([response.status, header(response, 'location')]).toEqual([301, `/${lang}/bulletins/${id}/`]);
        expect(vary(response)).not.toContain('Accept-Language');
        expect((await get(`/${lang}/bulletins/${id}/`)).status).toBe(200);
      }
    });

    it('answers an unknown short code with the 404 page', async () => {
      for (const path of ['/b/xx-1999-01/', '/b/xx-1999-01/zh/']) expect((await get(path)).status).toBe(404);
    });

    it("sends / to the home page in the reader's language", async () => {
      const zh = await get('/', { 'Accept-Language': 'zh-CN,zh;q=0.9' });
      expect([zh.status, header(zh, 'location')]).toEqual([302, '/zh/']);
      expect(vary(zh)).toContain('Accept-Language');
      const en = await get('/');
      expect([en.status, header(en, 'location')]).toEqual([302, '/en/']);
    });
  });

  describe('headers', () => {
    const metaPolicy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';

    it.each(['/en/', '/zh/search/', '/b/hb-2020-05/', '/nowhere/'])('sends the security headers on %s, redirects and errors included', async (path) => {
      const response = await get(path);
      expect(header(response, 'x-content-type-options')).toBe('nosniff');
      expect(header(response, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(header(response, 'permissions-policy')).toMatch(/camera=\(\)/);
      const policy = header(response, 'content-security-policy');
      expect(policy).toContain("frame-ancestors 'none'");
      // Every directive of the pages' own policy is in the header, so the header allows what the pages need.
      const page = readFileSync(join(DIST, 'en', 'index.html'), 'utf8');
      for (const directive of metaPolicy(page).split(';').map((d) => d.trim()).filter(Boolean)) {
        const [name, ...sources] = directive.split(/\s+/);
        const inHeader = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
        expect(inHeader, name).toBeDefined();
        for (const source of sources) expect(inHeader, `${name} ${source}`).toContain(source);
      }
    });

    it('does not say which nginx it is', async () => {
      expect(header(await get('/en/'), 'server')).toBe('nginx');
    });
  });

  describe('compression', () => {
    const textFiles = () => {
      const html = readFileSync(join(DIST, 'en', 'index.html'), 'utf8');
      const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
      // The header box's search code, which every page loads once the box is used. (The page's own
      // script is under 1 KiB, too small to be worth a compressed copy, so it is sent as it is.)
      const js = readdirSync(join(DIST, '_astro')).find((name) => /^header-search\.[\w-]+\.js$/.test(name));
      if (!css || !js) throw new Error('the home page links no stylesheet in /_astro/, or there is no header search script');
      return ['/en/', css, `/_astro/${js}`, '/pagefind/zh/pagefind.js', '/sitemap-0.xml', '/zh/feed.xml'];
    };

    it('sends brotli to a browser that takes it, gzip to one that takes only that, and the file as it is otherwise', async () => {
      for (const path of textFiles()) {
        const file = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
        const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
        expect([path, header(br, 'content-encoding')]).toEqual([path, 'br']);
        expect(brotliDecompressSync(br.body).equals(file), path).toBe(true);
        expect(vary(br)).toContain('Accept-Encoding');
        const gz = await get(path, { 'Accept-Encoding': 'gzip' });
        expect([path, header(gz, 'content-encoding')]).toEqual([path, 'gzip']);
        expect(gunzipSync(gz.body).equals(file), path).toBe(true);
        const plain = await get(path);
        expect([path, header(plain, 'content-encoding')]).toEqual([path, '']);
        expect(plain.body.equals(file), path).toBe(true);
      }
    });

    it('says pages are UTF-8', async () => {
      expect(header(await get('/zh/'), 'content-type')).toBe('text/html; charset=utf-8');
    });

    it('sends a bulletin’s reference files as RIS and JSON, in UTF-8, with the security headers', async () => {
      const ris = await get('/zh/bulletins/hubei-2020-05-sink-into-enterprises/citation.ris');
      expect([ris.status, header(ris, 'content-type')]).toEqual([200, 'application/x-research-info-systems; charset=utf-8']);
      expect(header(ris, 'x-content-type-options')).toBe('nosniff');
      expect(ris.body.toString('utf8')).toContain('TI  - 湖北省住建系统');
      const csl = await get('/en/bulletins/hubei-2020-05-sink-into-enterprises/citation.json');
      expect([csl.status, header(csl, 'content-type')]).toEqual([200, 'application/json; charset=utf-8']);
    });
  });

  describe('caching', () => {
    it('lets browsers keep files named by their content for a year, unasked', async () => {
      const html = readFileSync(join(DIST, 'en', 'index.html'), 'utf8');
      const asset = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1] ?? '';
      const fragment = readdirSync(join(DIST, 'pagefind', 'en', 'fragment'))[0];
      for (const path of [asset, `/pagefind/en/fragment/${fragment}`]) expect(header(await get(path), 'cache-control')).toBe('public, max-age=31536000, immutable');
    });

    it.each(['/en/', '/zh/bulletins/hubei-2020-05-sink-into-enterprises/', '/pagefind/en/pagefind-entry.json', '/pagefind/en/pagefind.js', '/en/feed.xml'])(
      'has browsers check %s with the server on every use, so a correction is seen at once',
      async (path) => {
        const first = await get(path);
        expect(header(first, 'cache-control')).toBe('no-cache');
        const again = await get(path, { 'If-None-Match': header(first, 'etag') });
        expect(again.status).toBe(304);
      },
    );

    it("does not let a 404 be kept as if it were the file", async () => {
      expect(header(await get('/_astro/missing.css'), 'cache-control')).toBe('');
    });
  });

  describe('errors', () => {
    it('answers a missing page with status 404 and the bilingual 404 page', async () => {
      const response = await get('/en/bulletins/no-such-bulletin/');
      expect(response.status).toBe(404);
      expect(response.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    });

    it.each(['/_nginx/site.conf', '/_nginx/maps.conf', '/_headers', '/_redirects'])('does not serve %s', async (path) => {
      expect((await get(path)).status).toBe(404);
    });
  });
});
