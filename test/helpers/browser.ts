// Headless Debian chromium through playwright-core, for the browser tests. `chromiumPath` is null
// when no chromium is installed (`apt-get install -y chromium`; .ci/run installs it): the tests
// then skip, saying so.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

function findChromium(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const chromiumPath = findChromium();

/** Warns, once per test file, that the file's browser tests are skipped. */
export function warnIfNoChromium(file: string): void {
  if (!chromiumPath) console.warn(`SKIPPED ${file}: chromium is not installed (apt-get install -y chromium).`);
}

export interface Browser {
  context: BrowserContext;
  /** Closes the browser and removes its throw-away profile. */
  close(): Promise<void>;
}

/**
 * A fresh headless chromium with a throw-away profile and the flags this machine needs (its
 * closed network refuses chromium's background connections).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('chromium is not installed');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'gtm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
