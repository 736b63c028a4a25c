import { describe, expect, it } from 'vitest';
import { scriptJson } from './script-json';

describe('scriptJson()', () => {
  it('cannot close its script element, whatever the text', () => {
    const out = scriptJson({ headline: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script');
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
