// Headless Chromium (the Debian package, installed by scripts/services/chromium.sh) driven by
// playwright-core, for the HTML report's browser tests, its screenshot script and its benchmark.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ReportBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh browser with an empty user-data dir (no profile, cache or extension carries over). */
export async function launchReportBrowser(executablePath: string): Promise<ReportBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'blastmap-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageWatch {
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
}

/** Records console errors, page errors, every request and every dialog of a page. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { consoleErrors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watch.consoleErrors.push(`page error: ${e.message}`));
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  return watch;
}

/** Waits until the report's script has run and drawn the first source (if any). */
export async function waitForReport(page: Page): Promise<void> {
  await page.waitForFunction('window.blastmapReport && window.blastmapReport.ready === true', undefined, {
    timeout: 30000,
  });
}
