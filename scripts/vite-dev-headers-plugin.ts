// Headers on every answer of the dev server. Its pages can edit and save the files in data/,
// so no other site may frame them: a page on another port that framed the editor at 5%
// opacity turned four real clicks into a save (clickjacking). The built app sets no such
// header (a <meta> cannot carry frame-ancestors, and embeds must be framed): see docs/security.md.
import type { Plugin } from 'vite';

export const DEV_FRAME_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'self'",
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'SAMEORIGIN',
};

export function devServerHeaders(): Plugin {
  return {
    name: 'stanceline-dev-headers',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(DEV_FRAME_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
  };
}
