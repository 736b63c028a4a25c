/**
 * The response headers the site is served with, in one place for every host format
 * (nginx, `_headers`). A meta tag can carry most of a Content-Security-Policy, but not
 * `frame-ancestors`; and the other security headers exist only as headers.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  // The site opens no other window that should reach back to it.
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The site must not be framed by another site (clickjacking); a policy in a meta tag cannot say so. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * The Content-Security-Policy header: every directive of the pages' own policies (their
 * meta tags, with the hashes of the scripts and styles Astro wrote), each directive's
 * sources joined over all pages, plus the directives only a header can carry. A page is
 * then held to both: its meta policy and this header, which allows no more than all pages together.
 */
export function contentSecurityPolicyHeader(pagePolicies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      directives.set(name, known);
    }
  }
  const written = [...directives].map(([name, sources]) => [name, ...sources].join(' '));
  return [...written, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/**
 * How long a browser may keep a file. Files whose names carry a hash of their content
 * (Astro's `/_astro/` assets, Pagefind's index chunks) never change: a new version has a
 * new name. Everything else (pages, feeds, the search index's entry point) is checked
 * with the server on every use, so a correction is seen at once; unchanged files cost a 304.
 */
export const CACHE_CONTROL = {
  hashed: 'public, max-age=31536000, immutable',
  other: 'no-cache',
} as const;

/** Paths of hashed files, as regular expressions (also written into the nginx configuration). */
export const HASHED_PATHS: readonly RegExp[] = [/^\/_astro\//, /\.pf_(?:fragment|index|meta|filter)$/];

