import { DEFAULT_LANG, LANGS } from '../../../i18n/locales.ts';
import { RIS_MEDIA_TYPE } from '../references/media-types.ts';
import { CACHE_CONTROL, contentSecurityPolicyHeader, SECURITY_HEADERS } from './headers.ts';
import type { ShortLink } from '../../content/permalinks.ts';
import type { ServerFilesInput } from './nginx-config.ts';
import { ROOT_REDIRECT, shortLinkRedirects } from './redirects.ts';

/**
 * `_headers` and `_redirects`, for hosts that read them in place of a server configuration
 * (Netlify's format; other hosts read a subset of it). What nginx gets from site.conf,
 * as far as these files can say it.
 */
export interface HostFiles {
  headers: string;
  redirects: string;
}

export function hostFiles({ shortLinks, pagePolicies }: ServerFilesInput): HostFiles {
  const headers = [
    '# Written by the build; rebuild rather than edit.',
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicyHeader(pagePolicies)}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    // Only the hashed assets get a rule of their own: such hosts join the values of every rule that matches,
    // and already revalidate pages on every use. (Pagefind's hashed chunks cannot be matched by a path prefix.)
    '/_astro/*',
    `  Cache-Control: ${CACHE_CONTROL.hashed}`,
    // A type such hosts' tables lack (the path is referencePath's).
    '/:lang/bulletins/:id/citation.ris',
    `  Content-Type: ${RIS_MEDIA_TYPE}; charset=utf-8`,
    '',
  ].join('\n');
  return { headers, redirects: redirectsFile(shortLinks) };
}

/**
 * One rule a line: from, to, status, and for a redirect that depends on the reader's
 * language one rule per language (`Language=zh`), with no unconditional rule: a reader
 * of neither language, or a host that reads no conditions, gets the static page, whose
 * script chooses. `!` applies a rule although a file exists at the path (the static page).
 */
function redirectsFile(shortLinks: readonly ShortLink[]): string {
  const lines = ['# Written by the build; rebuild rather than edit.'];
  for (const redirect of [ROOT_REDIRECT, ...shortLinkRedirects(shortLinks)]) {
    if (redirect.status === 301) lines.push(`${redirect.from} ${redirect.to[DEFAULT_LANG]} 301!`);
    else for (const lang of LANGS) lines.push(`${redirect.from} ${redirect.to[lang]} 302! Language=${lang}`);
  }
  return `${lines.join('\n')}\n`;
}
