/** Types of afterPack.mjs, for the unit test that checks it (tests/unit/packagingConfig.test.ts). */
import type { FuseV1Config } from '@electron/fuses';

export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export function fuseConfigFor(
  context: Pick<AfterPackContextLike, 'electronPlatformName' | 'arch'>,
): FuseV1Config;
export function electronBinaryPath(context: Omit<AfterPackContextLike, 'arch'>): string;
export default function afterPack(context: AfterPackContextLike): Promise<void>;
