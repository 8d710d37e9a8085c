import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browser on this machine.
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// Several people may run the browser tests on one machine at once: STANCELINE_PORT gives
// each a preview server (and a build folder) of their own instead of sharing 4317.
const PORT = Number(process.env.STANCELINE_PORT) || 4317;
const OUT_DIR = PORT === 4317 ? 'dist' : `dist-e2e-${PORT}`;

/** The dev server for the editing tests (live reload, Save): the next port up. */
export const DEV_PORT = PORT + 1;
/**
 * The data folder that dev server serves: a scratch copy of data/ with the tests' own copy of
 * the seed (scripts/e2e-data.sh), made afresh when the server starts, so tests can write
 * files without touching the real data.
 */
export const DEV_DATA_DIR = `.scratch-e2e-data-${DEV_PORT}`;
/** The data folder the built app is made from: see scripts/e2e-data.sh. */
const BUILD_DATA_DIR = `.scratch-e2e-build-data-${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1400, height: 900 },
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'retain-on-failure',
  },
  projects: [
    // The built app, as it is deployed.
    {
      name: 'chromium',
      testIgnore: 'dev/**',
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${PORT}/` },
    },
    // The dev server, for what only it does: live reload and saving edits to disk.
    {
      name: 'dev-server',
      testMatch: 'dev/**/*.spec.ts',
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${DEV_PORT}/` },
    },
  ],
  webServer: [
    {
      // The tests' frozen copy of the seed is the app's data (scripts/e2e-data.sh).
      command: `bash scripts/e2e-data.sh ${BUILD_DATA_DIR} && STANCELINE_DATA_DIR=${BUILD_DATA_DIR} npx vite build --logLevel warn --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `bash scripts/e2e-data.sh ${DEV_DATA_DIR} && STANCELINE_DATA_DIR=${DEV_DATA_DIR} npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
