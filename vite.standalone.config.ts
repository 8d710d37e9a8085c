// The standalone page: the whole app in one HTML file (scripts and styles inline, code
// splitting off), the template every single-file export fills with its data and view.
// Built after the main build by the plugin in vite.config.ts; scripts/export.ts and the
// app's "Download HTML" read it as dist/stanceline-standalone.html.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig({
  base: './',
  plugins: [react(), viteSingleFile()],
  logLevel: 'warn',
  build: { target: 'es2022', outDir: 'dist-standalone', emptyOutDir: true, sourcemap: false },
});
