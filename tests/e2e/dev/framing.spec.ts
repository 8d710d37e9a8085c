// The dev server's defences in a real browser, against the real Vite middleware stack: no site
// may frame the editor (the report's attack: a page on another local port framed the editor at
// 5% opacity and turned four clicks into a saved file), a framed editor never writes to disk,
// embed mode offers no editing, other origins read nothing (no CORS), reads stay inside data/,
// and a broken address is a 400 sentence, not a stack trace.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { DEV_DATA_DIR, DEV_PORT } from '../../../playwright.config';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 300_000 });

const SEED_TEXT = readFileSync('data/events.json', 'utf8');
const EVENT_ID = 'hegseth-nato-remarks';
const DEV_ORIGIN = `http://127.0.0.1:${DEV_PORT}`;

function scratchCopy(name: string): { option: string; read: () => string; cleanUp: () => void } {
  const file = `e2e-framing-${name}.json`;
  const path = `${DEV_DATA_DIR}/${file}`;
  writeFileSync(path, SEED_TEXT);
  return { option: `data/${file}`, read: () => readFileSync(path, 'utf8'), cleanUp: () => rmSync(path, { force: true }) };
}

// The attacker: a page on another port of this machine, another origin.
let attacker: Server;
let attackerOrigin = '';
let framedAddress = '';

test.beforeAll(async () => {
  attacker = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Win a prize</title><h1>Click the buttons</h1><iframe id="victim" title="victim" src="${framedAddress}" style="width:1200px;height:800px;opacity:0.05"></iframe>`);
  });
  await new Promise<void>((done) => attacker.listen(0, '127.0.0.1', done));
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  attacker.closeAllConnections();
  await new Promise((done) => attacker.close(done));
});

test('every dev answer forbids framing by other sites', async ({ request }) => {
  for (const path of ['/', '/data/events.json', '/src/app/main.tsx', '/__stanceline/save']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe("frame-ancestors 'self'");
    expect(response.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
  }
});

test('a page on another origin cannot frame the editor, so nothing it clicks is saved', async ({ page }) => {
  const scratch = scratchCopy('cross-origin');
  try {
    framedAddress = `${DEV_ORIGIN}/?data=${scratch.option}&sel=${EVENT_ID}`;
    const answered = page.waitForResponse((response) => response.url() === framedAddress);
    await page.goto(`${attackerOrigin}/`);
    // The dev server did answer the frame, with the headers that forbid showing it here…
    const response = await answered;
    expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
    // …so the browser put its error page in the frame instead: no app, no Edit, no Save.
    const framed = () => page.frames().find((frame) => frame !== page.mainFrame());
    await expect.poll(() => framed()?.url()).toMatch(/^chrome-error:/);
    await expect(framed()!.locator('button')).toHaveCount(0);
    expect(scratch.read()).toBe(SEED_TEXT);
  } finally {
    scratch.cleanUp();
  }
});

async function openEditorIn(target: Page | Frame): Promise<void> {
  const details = target.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Hegseth', { timeout: 90_000 });
  await details.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(target.getByRole('form', { name: /^Edit event/ })).toBeVisible({ timeout: 30_000 });
}

test('framed by its own site (which the header allows), the editor downloads instead of writing to disk', async ({ page }) => {
  const scratch = scratchCopy('same-origin');
  const host = `${DEV_ORIGIN}/__frame-host.html`;
  try {
    await page.route(host, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Host</title><iframe title="editor" src="/?data=${scratch.option}&sel=${EVENT_ID}" style="width:1300px;height:850px"></iframe>` }),
    );
    await page.goto(host);
    const frame = page.frameLocator('iframe[title="editor"]');
    const frameHandle = await (await page.locator('iframe[title="editor"]').elementHandle())?.contentFrame();
    if (!frameHandle) throw new Error('The editor frame did not load.');
    await openEditorIn(frameHandle);
    const form = frame.getByRole('form', { name: /^Edit event/ });
    await expect(form.getByText('this page is inside a frame, where it never writes files')).toBeVisible();
    await form.getByRole('textbox', { name: 'Place (optional)' }).fill('Brussels (framed)');
    const download = page.waitForEvent('download');
    await form.getByRole('button', { name: 'Save (download)', exact: true }).click();
    expect((await download).suggestedFilename()).toBe(`e2e-framing-same-origin.json`);
    expect(scratch.read()).toBe(SEED_TEXT);
  } finally {
    scratch.cleanUp();
  }
});

test('embed mode never offers editing, even on the dev server', async ({ page }) => {
  await page.goto(`/?embed=1&title=1&sel=${EVENT_ID}`);
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Hegseth', { timeout: 90_000 });
  await expect(details.getByRole('button', { name: /close/i }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
});

test('other origins get no CORS answer: they cannot read data/ nor pass a preflight to Save', async ({ request }) => {
  const read = await request.get('/data/events.json', { headers: { Origin: attackerOrigin } });
  expect(read.status()).toBe(200);
  expect(read.headers()['access-control-allow-origin']).toBeUndefined();
  const preflight = await request.fetch('/__stanceline/save', {
    method: 'OPTIONS',
    headers: { Origin: attackerOrigin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-stanceline-save' },
  });
  expect(preflight.headers()['access-control-allow-origin']).toBeUndefined();
  expect(preflight.headers()['access-control-allow-headers']).toBeUndefined();
});

test('reads stay inside data/: a symbolic link out is refused, a broken address is a 400 sentence', async ({ request }) => {
  const outside = mkdtempSync(join(tmpdir(), 'stanceline-secret-'));
  writeFileSync(join(outside, 'hostname'), 'secret');
  const link = `${DEV_DATA_DIR}/e2e-rootlink`;
  symlinkSync(resolve(outside), link);
  try {
    const followed = await request.get('/data/e2e-rootlink/hostname');
    expect(followed.status()).toBe(403);
    expect(await followed.text()).not.toContain('secret');
    const broken = await request.get('/data/%E0%A4%A');
    expect(broken.status()).toBe(400);
    const body = await broken.text();
    expect(body).toBe('The address is not valid percent-encoding.');
  } finally {
    rmSync(link, { force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});
