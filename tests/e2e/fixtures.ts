/**
 * E2E fixtures. Each test gets its own persistent Chromium profile in a temp folder (incognito contexts
 * lose IndexedDB, and reload/restart tests need it to survive), and fails on any console error or
 * uncaught exception, which includes CSP violations.
 */
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';

export interface LaunchOptions {
  timezoneId?: string;
  locale?: string;
}

/**
 * Playwright's trace snapshots every frame by running a script in it; the web-mode print frame (a blob:
 * document, sandboxed without `allow-scripts`) refuses it, and Chromium logs each refusal as a console
 * error. That refusal is the sandbox working, caused by the test harness alone, so it is not a problem;
 * every other sandbox message (a print() the frame ignored, say) still is.
 */
function isTraceRefusedByPrintFrame(text: string): boolean {
  return /^Blocked script execution in 'blob:[^']+' because the document's frame is sandboxed and the 'allow-scripts' permission is not set\.$/.test(
    text,
  );
}

export class Profile {
  private context: BrowserContext | null = null;
  readonly problems: string[] = [];

  constructor(
    readonly dir: string,
    private readonly baseURL: string,
  ) {}

  /** Starts Chromium on this profile and returns its page. */
  async launch(options: LaunchOptions = {}): Promise<Page> {
    const executablePath = chromiumExecutable();
    this.context = await chromium.launchPersistentContext(this.dir, {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
      baseURL: this.baseURL,
      locale: options.locale ?? 'en-US',
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    return this.watch(this.context.pages()[0] ?? (await this.context.newPage()));
  }

  /** Another tab of the running browser: the same profile, so the same IndexedDB archive. */
  async openTab(): Promise<Page> {
    if (!this.context) throw new Error('Launch the profile before opening another tab.');
    return this.watch(await this.context.newPage());
  }

  private watch(page: Page): Page {
    page.on('console', (message) => {
      if (message.type() === 'error' && !isTraceRefusedByPrintFrame(message.text()))
        this.problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`pageerror: ${error.message}`));
    return page;
  }

  /**
   * Kills Chromium with SIGKILL, as a crash or a power cut would: nothing gets a chance to save. The
   * browser is the process started with this profile's folder as its user data dir (Linux only).
   */
  async kill(): Promise<void> {
    const context = this.context;
    this.context = null;
    if (!context) return;
    const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
    const flag = `--user-data-dir=${this.dir}`;
    const pids: number[] = [];
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
      if (args.split('\0').includes(flag)) pids.push(Number(entry));
    }
    if (pids.length === 0) throw new Error(`No Chromium process runs on ${this.dir}`);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone with its parent.
      }
    }
    await closed;
  }

  /** Closes the browser cleanly, as a user quitting it would. */
  async close(): Promise<void> {
    await this.context?.close();
    this.context = null;
  }
}

export const test = base.extend<{ profile: Profile }>({
  profile: async ({ baseURL }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-e2e-'));
    const profile = new Profile(dir, baseURL ?? '');
    await use(profile);
    await profile.close();
    await rm(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
