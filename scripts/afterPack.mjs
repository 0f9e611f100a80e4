// @ts-check
/**
 * electron-builder's afterPack hook (package.json → build.afterPack): flips Electron's fuses in the
 * packaged binary, after it is copied and before it is signed (signing afterwards covers the change).
 * Fuses are switches compiled into the Electron binary; turning these off removes ways to run the
 * installed app as something else:
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed binary into a plain Node.js;
 * - NODE_OPTIONS and the --inspect arguments off: no code injected or debugger attached from outside;
 * - cookie encryption on: the session's cookies are encrypted at rest with the OS key;
 * - embedded ASAR integrity on, and the app loaded only from the ASAR: a modified app.asar, or an app
 *   folder placed beside it, is refused at start (checked on macOS and Windows; electron-builder embeds
 *   the hash; the fuse does nothing on Linux).
 * tests/unit/packagingConfig.test.ts checks these settings with @electron/fuses mocked.
 */
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** electron-builder's Arch enum (builder-util): arm64 and universal builds need a fresh ad-hoc signature. */
const ARM64 = 3;
const UNIVERSAL = 4;

/** @type {Record<string, string>} */
const EXECUTABLE_EXTENSION = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' };

/** The fuse settings for one packaged build. */
export function fuseConfigFor(/** @type {{ electronPlatformName: string, arch: number }} */ context) {
  const mac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  return {
    version: FuseVersion.V1,
    // An arm64 Mac refuses to run a binary whose ad-hoc signature no longer matches; a real signature,
    // when there is one, is applied after this hook.
    resetAdHocDarwinSignature: mac && (context.arch === ARM64 || context.arch === UNIVERSAL),
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  };
}

/**
 * Where electron-builder put the Electron binary: the .app bundle on macOS, the .exe on Windows, the
 * executable (named by `executableName`) on Linux. Same rule as electron-builder's own addElectronFuses.
 * @param {{ appOutDir: string, electronPlatformName: string,
 *   packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
export function electronBinaryPath(context) {
  const extension = EXECUTABLE_EXTENSION[context.electronPlatformName];
  if (extension === undefined) throw new Error(`Unknown platform ${context.electronPlatformName}`);
  const name =
    context.electronPlatformName === 'linux'
      ? (context.packager.executableName ?? context.packager.appInfo.productFilename)
      : context.packager.appInfo.productFilename;
  return join(context.appOutDir, `${name}${extension}`);
}

/** @param {Parameters<typeof electronBinaryPath>[0] & { arch: number }} context */
export default async function afterPack(context) {
  await flipFuses(electronBinaryPath(context), fuseConfigFor(context));
}
