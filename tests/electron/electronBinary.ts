/**
 * Finds the Electron binary without triggering the electron package's lazy download (which hangs and
 * fails on machines without internet). Returns the reason when there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (!existsSync(pathFile) && !override) {
    return {
      found: false,
      reason:
        'Electron failed to install correctly: no Electron binary is present (it is downloaded from GitHub on first use, which this machine cannot reach). Run `npx install-electron` on a machine with internet.',
    };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
  const path = override ? join(override, relative) : join(packageDir, 'dist', relative);
  return existsSync(path)
    ? { found: true, path }
    : { found: false, reason: `the Electron binary is missing at ${path}` };
}
