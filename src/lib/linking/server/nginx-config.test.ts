import { describe, expect, it } from 'vitest';
import { nginxConfig } from './nginx-config';

// What nginx does with these files is tested by serving the built site with them (tests/server/);
// these tests pin what the build writes into them.
const config = nginxConfig({
  shortLinks: [{ code: 'hb-2020-05', id: 'hubei-2020-05-x' }, { code: 'hb-old', id: 'hubei-2020-05-x' }],
  pagePolicies: ["default-src 'self'"],
});

describe('nginxConfig', () => {
  it('maps every short link of each language, former codes too, to its page', () => {
    for (const line of ['"/b/hb-2020-05/en/" "/en/bulletins/hubei-2020-05-x/";', '"/b/hb-2020-05/zh/" "/zh/bulletins/hubei-2020-05-x/";', '"/b/hb-old/zh/" "/zh/bulletins/hubei-2020-05-x/";']) {
      expect(config.maps).toContain(line);
    }
  });

  it('makes room in the map for an archive of any size', () => {
    const many = nginxConfig({ shortLinks: Array.from({ length: 5000 }, (_, i) => ({ code: `hb-${i}`, id: `b${i}` })), pagePolicies: [] });
    expect(many.maps).toContain('map_hash_max_size 20000;');
    expect(config.maps).toContain('map_hash_max_size 2048;');
  });

  it('sends the page policy with frame-ancestors on every response, errors included', () => {
    expect(config.site).toContain(`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`);
  });

  it('refuses to serve its own files and the other hosts\' rule files', () => {
    expect(config.site).toMatch(/location ~ \^\/\(\?:_nginx\/\|_headers\$\|_redirects\$\) \{\n\s+return 404;/);
  });

  it('escapes backslashes, which nginx unescapes inside quoted strings', () => {
    expect(config.maps).toContain(String.raw`"~*^(?:(?!\\s*(?:en|zh))[^,]*,)*\\s*zh" zh;`);
  });
});
