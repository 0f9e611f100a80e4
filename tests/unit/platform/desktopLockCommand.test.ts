import { describe, expect, it } from 'vitest';
import { createDesktopPlatform } from '../../../renderer/src/platform/createDesktopPlatform';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { fakeBridge } from '../../support/fakeBridge';

describe('the desktop platform and the menu’s Lock command', () => {
  it('passes the lock event from main on, and ignores a payload that is not a menu command', () => {
    const { bridge, push } = fakeBridge();
    const received: MenuCommand[] = [];
    const stop = createDesktopPlatform(bridge).onMenuCommand((command) => received.push(command));
    push('menu:command', { command: 'lock' });
    push('menu:command', { command: 'format-disk' });
    push('menu:command', { command: 'lock', also: 'this' });
    push('menu:command', null);
    expect(received).toEqual(['lock']);
    stop();
    push('menu:command', { command: 'lock' });
    expect(received).toEqual(['lock']);
  });

  it('tells main whether the command may be offered', async () => {
    const { bridge, invoke } = fakeBridge();
    const platform = createDesktopPlatform(bridge);
    await platform.setLockAvailable(true);
    await platform.setLockAvailable(false);
    expect(invoke.mock.calls).toEqual([
      ['app:set-lock-available', { available: true }],
      ['app:set-lock-available', { available: false }],
    ]);
  });
});
