// Adds the Content-Security-Policy to the built page as a <meta> tag (static hosts cannot be
// relied on to send the header). Only in builds: the dev server injects inline scripts for
// hot reload, which this policy forbids. docs/security.md explains each directive.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Only the app's own bundled modules run: no inline script, no eval (the schema validator is precompiled).
  "script-src 'self'",
  // Stylesheets from the build; React and d3 set styles through the CSSOM, which this does not restrict.
  "style-src 'self'",
  // data: and blob: for images the app draws itself (exports); neither can run script.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // ?data= may name any http(s) address; a file opened from the computer is read through a blob: address the page made.
  "connect-src 'self' https: http: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'stanceline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}
