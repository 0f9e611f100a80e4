/**
 * `npm run lint:electron` must be able to fail: this runs the same offline scan over small fixtures and
 * checks that insecure windows block, that an inline `eng-disable` silences only the line it is on, and
 * that the gate counts HIGH, MEDIUM and unparsed files as failures.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeScan, scan, type Finding } from '../../../scripts/electronegativity';

const ELECTRON = '45.5.0';
const CSP_PAGE = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">`;

async function fixture(source: string) {
  const dir = await mkdtemp(join(tmpdir(), 'liaison-eng-'));
  await writeFile(join(dir, 'main.ts'), source);
  await writeFile(join(dir, 'index.html'), CSP_PAGE);
  return dir;
}

const SAFE_WINDOW = `import { app, BrowserWindow, session } from 'electron';
session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
export const make = () =>
  new BrowserWindow({
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
`;

function finding(severity: Finding['severity']['name']): Finding {
  return {
    id: 'X',
    file: 'a.ts',
    location: { line: 1, column: 0 },
    severity: { name: severity },
    confidence: { name: 'FIRM' },
    description: '',
  };
}

describe('the electronegativity gate', () => {
  it('fails on HIGH, MEDIUM or an unparsed file, and passes LOW and informational findings', () => {
    expect(judgeScan({ issues: [finding('LOW'), finding('INFORMATIONAL')], errors: [] }).passed).toBe(true);
    expect(judgeScan({ issues: [finding('HIGH')], errors: [] }).passed).toBe(false);
    expect(judgeScan({ issues: [finding('MEDIUM')], errors: [] }).passed).toBe(false);
    expect(judgeScan({ issues: [], errors: [{ file: 'a.ts', message: 'x', tolerable: true }] }).passed).toBe(
      true,
    );
    expect(judgeScan({ issues: [], errors: [{ file: 'a.ts', message: 'x', tolerable: false }] }).passed).toBe(
      false,
    );
  });

  it('passes a window with isolation, sandbox and no Node', { timeout: 30_000 }, async () => {
    const verdict = judgeScan(await scan(await fixture(SAFE_WINDOW), ELECTRON));
    expect(verdict.blocking.map((f) => f.id)).toEqual([]);
    expect(verdict.passed).toBe(true);
  });

  it('blocks a window with Node integration on and isolation off', { timeout: 30_000 }, async () => {
    const hostile = SAFE_WINDOW.replace(
      'contextIsolation: true, sandbox: true, nodeIntegration: false',
      'contextIsolation: false, sandbox: false, nodeIntegration: true',
    );
    const verdict = judgeScan(await scan(await fixture(hostile), ELECTRON));
    expect(verdict.passed).toBe(false);
    expect(verdict.blocking.map((f) => f.id)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']),
    );
  });

  it('honours eng-disable only on the line that carries it', { timeout: 30_000 }, async () => {
    const source = `${SAFE_WINDOW}
import { shell } from 'electron';
export const reviewed = (url: string) => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
export const unreviewed = (url: string) => shell.openExternal(url);
`;
    const verdict = judgeScan(await scan(await fixture(source), ELECTRON));
    const flagged = verdict.blocking.filter((f) => f.id === 'OPEN_EXTERNAL_JS_CHECK');
    expect(flagged.map((f) => f.location.line)).toEqual([source.split('\n').length - 1]);
  });
});
