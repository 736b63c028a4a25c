import { DEFAULT_LANG, LANGS } from '../../../i18n/locales.ts';
import { RIS_MEDIA_TYPE } from '../references/media-types.ts';
import { CACHE_CONTROL, contentSecurityPolicyHeader, HASHED_PATHS, SECURITY_HEADERS } from './headers.ts';
import type { ShortLink } from '../../content/permalinks.ts';
import { ROOT_REDIRECT, shortLinkRedirects } from './redirects.ts';

/**
 * The nginx configuration shipped with the site, in two files because nginx takes
 * `map` only in its `http` block:
 * - `maps.conf`, included in `http`: the reader's language, the short links, the
 *   per-path headers;
 * - `site.conf`, included in the site's `server` block, after its `listen`,
 *   `server_name` and `root`: headers, compression, redirects, the 404 page.
 * The README's Deploying section shows the server block. Every name the files
 * define starts with `digest_`, so they share an nginx with other sites.
 */
export interface NginxConfig {
  maps: string;
  site: string;
}

/** What every server configuration is written from: the short links and the pages' own policies. */
export interface ServerFilesInput {
  shortLinks: readonly ShortLink[];
  /** The Content-Security-Policy of each built page (their meta tags). */
  pagePolicies: Iterable<string>;
}

const GENERATED = '# Written by the build from the content; rebuild rather than edit.';
/** A short link's path; the code's own rules are checked by the content schema, this only routes. */
const CODE = '[a-z0-9-]+';
/** Files a static host must not serve: this configuration and the other hosts' rule files. */
const NOT_SERVED = '^/(?:_nginx/|_headers$|_redirects$)';

export function nginxConfig({ shortLinks, pagePolicies }: ServerFilesInput): NginxConfig {
  return { maps: mapsConf(shortLinks), site: siteConf(contentSecurityPolicyHeader(pagePolicies)) };
}

function mapsConf(shortLinks: readonly ShortLink[]): string {
  // Each language's short link, with the page it opens: the lookup for both kinds of short link.
  const entries = shortLinkRedirects(shortLinks)
    .filter((redirect) => redirect.status === 301)
    .map((redirect) => `    ${quote(redirect.from)} ${quote(redirect.to[DEFAULT_LANG])};`);
  return [
    '# Construction Policy Digest: the maps site.conf uses. Include in the http block.',
    GENERATED,
    '',
    "# Room for every short link (nginx's default holds about 2,000 entries).",
    `map_hash_max_size ${Math.max(2048, entries.length * 2)};`,
    '',
    "# The reader's language: the first of the site's languages in Accept-Language, else the default,",
    "# as the static pages' script chooses it.",
    'map $http_accept_language $digest_lang {',
    `    default ${DEFAULT_LANG};`,
    ...LANGS.filter((lang) => lang !== DEFAULT_LANG).map((lang) => `    ${quote(`~*${firstOfOurLanguages(lang)}`)} ${lang};`),
    '}',
    '',
    'map $digest_lang $digest_home {',
    ...LANGS.map((lang) => `    ${lang} ${quote(ROOT_REDIRECT.to[lang])};`),
    '}',
    '',
    '# Short links in one language (former codes included) to the bulletin page.',
    'map $digest_short_path $digest_short_target {',
    ...entries,
    '}',
    '',
    "# Responses that depend on the reader's language say so, for caches.",
    'map $uri $digest_vary {',
    '    default "";',
    `    ${quote(ROOT_REDIRECT.from)} Accept-Language;`,
    `    ${quote(`~^/b/${CODE}/$`)} Accept-Language;`,
    '}',
    '',
    'map $uri $digest_cache_control {',
    `    default ${quote(CACHE_CONTROL.other)};`,
    ...HASHED_PATHS.map((pattern) => `    ${quote(`~${pattern.source}`)} ${quote(CACHE_CONTROL.hashed)};`),
    '}',
    '',
  ].join('\n');
}

function siteConf(policy: string): string {
  const langs = LANGS.join('|');
  return [
    '# Construction Policy Digest: include in the server block, after listen, server_name and root.',
    GENERATED,
    '',
    'server_tokens off;',
    '# Location headers as paths, right behind a proxy or TLS terminator too.',
    'absolute_redirect off;',
    'charset utf-8;',
    `charset_types text/css text/plain text/xml application/javascript application/json application/rss+xml application/xml image/svg+xml ${RIS_MEDIA_TYPE};`,
    'index index.html;',
    '',
    '# Every text file has .gz and .br beside it, written at build time.',
    'gzip_static on;',
    'brotli_static on;',
    'gzip_vary on;',
    '',
    'error_page 404 /404.html;',
    '',
    '# On every response, errors and redirects included.',
    `add_header Content-Security-Policy ${quote(policy)} always;`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    'add_header Vary $digest_vary always;',
    '# On successful responses only: a 404 must not be kept for a year.',
    'add_header Cache-Control $digest_cache_control;',
    '',
    'location = / {',
    '    return 302 $digest_home;',
    '}',
    '',
    `location ~ ^/b/${CODE}/(?:${langs})/$ {`,
    '    set $digest_short_path $uri;',
    '    if ($digest_short_target = "") { return 404; }',
    '    return 301 $digest_short_target;',
    '}',
    '',
    '# The short link in the reader\'s language (the shape of permalinkLangPath), then its page.',
    `location ~ ^/b/(?<digest_code>${CODE})/$ {`,
    '    set $digest_short_path /b/$digest_code/$digest_lang/;',
    '    if ($digest_short_target = "") { return 404; }',
    '    return 302 $digest_short_target;',
    '}',
    '',
    '# Debian\'s mime.types has no .ris: without this, a bulletin\'s RIS file would be sent as application/octet-stream.',
    'location ~ \\.ris$ {',
    `    default_type ${RIS_MEDIA_TYPE};`,
    '}',
    '',
    `location ~ ${NOT_SERVED} {`,
    '    return 404;',
    '}',
    '',
  ].join('\n');
}

/**
 * A regular expression for an Accept-Language header whose first language of the site's
 * is `lang`: every earlier entry is a language the site does not have.
 */
function firstOfOurLanguages(lang: string): string {
  const ours = LANGS.join('|');
  return `^(?:(?!\\s*(?:${ours}))[^,]*,)*\\s*${lang}`;
}

/** An nginx string: double-quoted, with what nginx unescapes inside quotes escaped. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
