import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { aFewAtATime, FILES_AT_ONCE } from '../lib/content/a-few-at-a-time.ts';
import { shortLinksOf } from '../lib/content/permalinks.ts';
import type { BulletinFactsOnly } from '../lib/content/read-facts.ts';
import { hostFiles } from '../lib/linking/server/host-files.ts';
import { nginxConfig } from '../lib/linking/server/nginx-config.ts';

/** Where the nginx configuration is written, inside the built site; site.conf refuses to serve it. */
export const NGINX_DIR = '_nginx';

/**
 * Once the pages are written: the server configuration that goes with them, made from
 * the same content (the short links) and the same pages (their Content-Security-Policy):
 * `_nginx/maps.conf` and `_nginx/site.conf` for nginx, `_headers` and `_redirects` for
 * hosts that read those. The README's Deploying section says how to use them. `bulletinFacts`
 * reads the facts files (see factsReadOnce, which the sitemap shares).
 */
export function serverConfig(bulletinFacts: () => Promise<BulletinFactsOnly[]>): AstroIntegration {
  return {
    name: 'digest:server-config',
    hooks: {
      'astro:build:done': async ({ dir, assets }) => {
        const root = fileURLToPath(dir);
        const input = { shortLinks: shortLinksOf(await bulletinFacts()), pagePolicies: await pagePolicies(builtPages(assets)) };
        const nginx = nginxConfig(input);
        const host = hostFiles(input);
        await mkdir(join(root, NGINX_DIR), { recursive: true });
        await Promise.all([
          writeFile(join(root, NGINX_DIR, 'maps.conf'), nginx.maps),
          writeFile(join(root, NGINX_DIR, 'site.conf'), nginx.site),
          writeFile(join(root, '_headers'), host.headers),
          writeFile(join(root, '_redirects'), host.redirects),
        ]);
      },
    },
  };
}

const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * Every page of the site, from Astro's own record of the files each route wrote or kept from the
 * last build: listing the built folder instead takes seconds on a large archive.
 */
function builtPages(assets: Map<string, URL[]>): string[] {
  return [...assets.values()].flat().map((url) => fileURLToPath(url)).filter((file) => file.endsWith('.html'));
}

/** The distinct policies of the built pages' meta tags (Astro writes one for the whole site today). */
async function pagePolicies(pages: readonly string[]): Promise<Set<string>> {
  const policies = new Set<string>();
  await aFewAtATime(pages, FILES_AT_ONCE, async (page) => {
    const policy = POLICY_META.exec(await headOf(page))?.[1];
    if (policy) policies.add(policy.replaceAll('&#39;', "'").replaceAll('&apos;', "'"));
  });
  return policies;
}

/** Where the meta tag is: the page's head, read alone when it ends within the first bytes, as it does on every page here. */
const HEAD_BYTES = 16 * 1024;

async function headOf(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const start = buffer.subarray(0, bytesRead).toString('utf8');
    return start.includes('</head>') ? start : await readFile(file, 'utf8');
  } finally {
    await handle.close();
  }
}
