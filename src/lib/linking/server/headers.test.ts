import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from './headers';

describe('contentSecurityPolicyHeader', () => {
  it("keeps a page's policy and adds frame-ancestors, which a meta tag cannot carry", () => {
    expect(contentSecurityPolicyHeader(["default-src 'self'; script-src 'self' 'sha256-a='"])).toBe("default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'none'");
  });

  it("joins each directive's sources over the pages, naming each source once", () => {
    const header = contentSecurityPolicyHeader(["default-src 'self';script-src 'self' 'sha256-a='", "default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self'"]);
    expect(header).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'; frame-ancestors 'none'");
  });

  it('still forbids framing when no page has a policy', () => {
    expect(contentSecurityPolicyHeader([])).toBe("frame-ancestors 'none'");
  });
});
