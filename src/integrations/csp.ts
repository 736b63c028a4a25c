import type { AstroIntegration } from 'astro';

/**
 * A Content-Security-Policy meta tag on every page: Astro hashes the scripts and
 * styles it bundles or inlines; everything else must come from the site itself.
 * Pagefind compiles its WebAssembly in the browser ('wasm-unsafe-eval') and
 * searches in a worker. The headers a meta tag cannot carry (frame-ancestors and
 * the like) are in public/_headers.
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'digest:csp',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          security: {
            csp: {
              // Set here, not left to Astro's default: a config an integration adds is not run through the schema that fills defaults in.
              algorithm: 'SHA-256',
              directives: [
                "default-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self'",
                "worker-src 'self'",
                "font-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
              ],
              scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
            },
          },
        });
      },
    },
  };
}
