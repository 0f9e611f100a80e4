/**
 * A Chromium we start and kill ourselves. Playwright's persistent context hides the browser's process, so
 * the crash tests spawn Chromium on a profile folder with a DevTools port, connect over CDP, and end it
 * with SIGKILL — every process on that profile at once, as a power cut would — with no chance to flush.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';

export interface RunningChromium {
  browser: Browser;
  page: Page;
}

/**
 * Starts Chromium on `profileDir` with `url` open and returns that page, connected over CDP. The page
 * loads while Playwright connects, which saves half a second a run.
 */
export async function launchOnProfile(profileDir: string, url: string): Promise<RunningChromium> {
  const executable = chromiumExecutable() ?? chromium.executablePath();
  // Chromium writes the port it picked (port 0) here; a SIGKILLed run leaves the old one behind.
  const portFile = join(profileDir, 'DevToolsActivePort');
  await rm(portFile, { force: true });
  const child = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      url,
    ],
    { stdio: 'ignore', detached: false },
  );
  child.unref();
  const port = await waitForPort(portFile, child);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without a default context');
  const page = context.pages()[0] ?? (await context.newPage());
  return { browser, page };
}

async function waitForPort(portFile: string, child: ReturnType<typeof spawn>): Promise<number> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited at start with code ${child.exitCode}`);
    const text = await readFile(portFile, 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return port;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Chromium wrote no DevTools port to ${portFile} within 20 s`);
}

/** The processes whose command line names `profileDir` as their user data dir (Linux). */
async function processesOn(profileDir: string): Promise<number[]> {
  const flag = `--user-data-dir=${profileDir}`;
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (args.split('\0').includes(flag)) pids.push(Number(entry));
  }
  return pids;
}

/** SIGKILLs every process on `profileDir` and waits until none is left. */
export async function killChromium(profileDir: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const pids = await processesOn(profileDir);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone already, with its parent.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Chromium processes on ${profileDir} survived SIGKILL`);
}
