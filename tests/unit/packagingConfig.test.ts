/**
 * electron-builder cannot run here (it needs the Electron binary), so this keeps its configuration
 * correct on paper: every target the README promises, an icon big enough for all of them, and files
 * that include what `npm run build` produces and nothing from node_modules.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

interface BuilderConfig {
  appId: string;
  files: string[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

async function packageJson() {
  return JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    main: string;
    build: BuilderConfig;
    dependencies?: Record<string, string>;
  };
}

describe('the packaging configuration', () => {
  it('builds AppImage and deb, NSIS and dmg under a reverse-DNS app id', async () => {
    const { build } = await packageJson();
    expect(build.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+){2,}$/);
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    expect(build.win.target).toEqual(['nsis']);
    expect(build.mac.target).toEqual(['dmg']);
  });

  it('uses an icon of at least 512×512 pixels that exists', async () => {
    const { build } = await packageJson();
    for (const icon of new Set([build.linux.icon, build.win.icon, build.mac.icon])) {
      const png = await readFile(join(root, icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
    }
  });

  it('packs the built app, whose entry is the main bundle, and no runtime node_modules', async () => {
    const pkg = await packageJson();
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.build.files).toContain('out/**/*');
    // Main and preload bundle their dependencies, so nothing is installed into the package.
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
