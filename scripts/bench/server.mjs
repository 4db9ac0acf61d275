// Starts `astro preview` on the built site and a headless Chromium for the benches, and stops both after.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4331);
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function waitFor(url, ms = 30_000) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

/** Run `fn({ browser, baseURL })` with a preview server and a browser, cleaning up after. */
export async function withPreview(fn) {
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${PORT}`;
  const executablePath = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find((p) => existsSync(p));
  let browser;
  try {
    await waitFor(`${baseURL}/`);
    browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    await fn({ browser, baseURL });
  } finally {
    await browser?.close();
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  }
}
