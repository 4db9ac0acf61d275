import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where Debian and other distributions put Chromium. */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Playwright's own Chromium, when `npx playwright install chromium` has put one here. */
function bundledChromium(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/**
 * The browser the end-to-end tests drive: $CHROMIUM_PATH, else the system's Chromium, else Playwright's own
 * (undefined = let Playwright use it). Stops with instructions when none is installed.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  if (bundledChromium()) return undefined;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one of:',
      '  • Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
      "  • Playwright's own browser: npx playwright install chromium",
      '  • or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    ].join('\n'),
  );
}
