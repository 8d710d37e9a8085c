// Adds the Content-Security-Policy to the built page as a <meta> tag (static hosts cannot be
// relied on to send the header). Only in builds: the dev server injects inline scripts for
// hot reload, which this policy forbids. docs/security.md explains each directive.
import type { Plugin } from 'vite';

/** The policy; `dataOrigins`, the deployment's allow-list of data sites, narrows connect-src to them. */
export function contentSecurityPolicyFor(dataOrigins: readonly string[] = []): string {
  const connect = dataOrigins.length > 0 ? `connect-src 'self' ${dataOrigins.join(' ')} blob:` : "connect-src 'self' https: http: blob:";
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self' https: http: blob:", connect);
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Only the app's own bundled modules run: no inline script, no eval (the schema validator is precompiled).
  "script-src 'self'",
  // Stylesheets from the build; React and d3 set styles through the CSSOM, which this does not restrict.
  "style-src 'self'",
  // data: and blob: for images the app draws itself (exports); neither can run script.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // ?data= may name any http(s) address (unless the build names the allowed ones, see
  // contentSecurityPolicyFor); a file opened from the computer is read through a blob: address the page made.
  "connect-src 'self' https: http: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

export function contentSecurityPolicy(dataOrigins: readonly string[] = []): Plugin {
  const policy = contentSecurityPolicyFor(dataOrigins);
  return {
    name: 'stanceline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
  };
}
