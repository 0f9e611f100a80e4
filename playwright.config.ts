/**
 * Browser tests. `e2e` drives web mode (the built renderer served by `vite preview`) in real Chromium;
 * `electron` drives the desktop app and skips, saying why, where no Electron binary is installed.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/support/chromium';

/** LIAISON_E2E_PORT lets parallel runs (several developers' helpers on one machine) use their own server. */
export const WEB_PORT = Number(process.env['LIAISON_E2E_PORT'] ?? 4173);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: process.env['CI'] ? [['line']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
    // SIGKILL crash injection on a persistent profile: its own project, because its runs take minutes.
    { name: 'crash', testDir: 'tests/crash' },
  ],
  webServer: {
    command: `npm run web:build && npx vite preview -c renderer/vite.config.ts --port ${WEB_PORT}`,
    url: `http://127.0.0.1:${WEB_PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
