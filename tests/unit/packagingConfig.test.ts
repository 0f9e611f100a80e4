/**
 * electron-builder cannot run here (it needs the Electron binary), so this keeps its configuration
 * correct on paper: every target the README promises, an icon big enough for all of them, files that
 * include what `npm run build` produces and nothing from node_modules, and the afterPack hook that flips
 * Electron's fuses in the packaged binary (with @electron/fuses mocked).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Arch } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';
import type * as Fuses from '@electron/fuses';

const fuses = vi.hoisted(() => ({ flipped: [] as Array<[string, Record<string, unknown>]> }));

vi.mock('@electron/fuses', async (importOriginal) => {
  const actual = await importOriginal<typeof Fuses>();
  return {
    ...actual,
    flipFuses: vi.fn((path: string, config: Record<string, unknown>) => {
      fuses.flipped.push([path, config]);
      return Promise.resolve(6);
    }),
  };
});

const { FuseV1Options, FuseVersion } = await import('@electron/fuses');
const { default: afterPack } = await import('../../scripts/afterPack.mjs');

const root = join(import.meta.dirname, '../..');

interface BuilderConfig {
  appId: string;
  asar: boolean;
  afterPack: string;
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

/** What electron-builder hands the hook, reduced to the fields it reads. */
function packContext(electronPlatformName: string, arch: Arch, appOutDir = '/build/out') {
  return {
    appOutDir,
    electronPlatformName,
    arch,
    packager: { appInfo: { productFilename: 'Liaison' }, executableName: 'liaison' },
  };
}

const EXPECTED_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

describe('the fuses flipped at packaging', () => {
  it('run from the afterPack hook named in the configuration, on an ASAR build', async () => {
    const { build } = await packageJson();
    expect(build.asar).toBe(true);
    expect(resolve(root, build.afterPack)).toBe(join(root, 'scripts', 'afterPack.mjs'));
    // The packaged files never include the hook.
    expect(build.files.some((pattern) => pattern.startsWith('scripts'))).toBe(false);
  });

  it.each([
    ['linux', Arch.x64, '/build/out/liaison', false],
    ['win32', Arch.x64, '/build/out/Liaison.exe', false],
    ['darwin', Arch.x64, '/build/out/Liaison.app', false],
    ['darwin', Arch.arm64, '/build/out/Liaison.app', true],
    ['darwin', Arch.universal, '/build/out/Liaison.app', true],
  ] as const)(
    'on %s (arch %s) flip exactly the six fuses of %s',
    async (platform, arch, binary, resetAdHoc) => {
      fuses.flipped.length = 0;
      await afterPack(packContext(platform, arch));
      expect(fuses.flipped).toEqual([
        [binary, { version: FuseVersion.V1, resetAdHocDarwinSignature: resetAdHoc, ...EXPECTED_FUSES }],
      ]);
    },
  );

  it('turn Node off and integrity on, the way Electron reads them', () => {
    expect(EXPECTED_FUSES).toEqual({ 0: false, 1: true, 2: false, 3: false, 4: true, 5: true });
  });

  it('stop packaging for a platform the hook does not know', async () => {
    await expect(afterPack(packContext('plan9', Arch.x64))).rejects.toThrow(/Unknown platform/);
  });
});
