import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicyFor } from './csp-plugin';

describe('the built page’s policy and the allow-list of data origins', () => {
  it('lets ?data= reach any http(s) address when the build names no data origins', () => {
    expect(contentSecurityPolicyFor([])).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self' https: http: blob:");
  });

  it('narrows connect-src to the page’s own site and the listed origins, so a redirect elsewhere is blocked too', () => {
    const policy = contentSecurityPolicyFor(['https://data.example.org', 'http://localhost:8080']);
    expect(policy).toContain("connect-src 'self' https://data.example.org http://localhost:8080 blob:");
    expect(policy).not.toContain('https: http:');
    expect(policy.replace(/connect-src [^;]*/, '')).toBe(CONTENT_SECURITY_POLICY.replace(/connect-src [^;]*/, ''));
  });
});
