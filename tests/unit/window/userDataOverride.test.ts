import { describe, expect, it } from 'vitest';
import { resolveUserDataOverride } from '../../../electron/main/userDataOverride';

describe('the userData override', () => {
  it('is honoured in test mode of an unpackaged app', () => {
    expect(
      resolveUserDataOverride({ LIAISON_TEST_MODE: '1', LIAISON_USER_DATA_DIR: '/tmp/run-1' }, false),
    ).toBe('/tmp/run-1');
  });

  it('is ignored outside test mode', () => {
    expect(resolveUserDataOverride({ LIAISON_USER_DATA_DIR: '/tmp/elsewhere' }, false)).toBeNull();
    expect(
      resolveUserDataOverride({ LIAISON_TEST_MODE: 'true', LIAISON_USER_DATA_DIR: '/tmp/x' }, false),
    ).toBeNull();
  });

  it('is ignored by a packaged app even in test mode', () => {
    expect(
      resolveUserDataOverride({ LIAISON_TEST_MODE: '1', LIAISON_USER_DATA_DIR: '/tmp/x' }, true),
    ).toBeNull();
  });

  it('is ignored when empty', () => {
    expect(
      resolveUserDataOverride({ LIAISON_TEST_MODE: '1', LIAISON_USER_DATA_DIR: '  ' }, false),
    ).toBeNull();
  });
});
