// The library build: src/app/mount.tsx as one ES module (React included, so a page
// needs no bundler) and one stylesheet, in dist/lib/. The app's stylesheet is wrapped in
// @scope (.stanceline-mount), so its page-wide rules (body, buttons, links) stay inside
// the mounted timeline and never restyle the host page.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

function scopeAppStyles(): Plugin {
  return {
    name: 'stanceline-scope-app-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!/src\/styles\/app\.css(\?|$)/.test(id)) return null;
      const scoped = code
        .replace(/:root\s*\{/, ':scope {')
        .replace(/html,\s*body\s*\{/, ':scope {')
        .replace(/#root\s*\{/, ':scope > * {');
      return { code: `@scope (.stanceline-mount) {\n${scoped}\n}\n`, map: null };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), scopeAppStyles()],
  logLevel: 'warn',
  // A library is not bundled again by its users: React must see a production build here.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/lib',
    emptyOutDir: true,
    sourcemap: false,
    copyPublicDir: false,
    // One file: the Export menu's lazy chunk stays inside, so a page imports exactly one module.
    rolldownOptions: { output: { codeSplitting: false } },
    lib: { entry: 'src/app/mount.tsx', formats: ['es'], fileName: () => 'stanceline.js', cssFileName: 'stanceline' },
  },
});
