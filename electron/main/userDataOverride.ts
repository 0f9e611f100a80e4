/**
 * Tests give each run its own userData folder through LIAISON_USER_DATA_DIR. Outside test mode the
 * variable is ignored, so nobody can point an installed app at another folder by setting it.
 */
export const USER_DATA_ENV = 'LIAISON_USER_DATA_DIR';
export const TEST_MODE_ENV = 'LIAISON_TEST_MODE';

export function resolveUserDataOverride(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | null {
  if (isPackaged || env[TEST_MODE_ENV] !== '1') return null;
  const dir = env[USER_DATA_ENV];
  return dir !== undefined && dir.trim() !== '' ? dir : null;
}
