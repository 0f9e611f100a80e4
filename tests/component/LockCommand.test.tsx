import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KeyStore } from '../../renderer/src/db/KeyStore';
import type { LiaisonDatabase } from '../../renderer/src/db/LiaisonDatabase';
import type { MenuCommand } from '../../shared/ipc/contract';
import { FAST_KDF } from '../unit/encryption/encryptedArchive';
import { fakePlatform, renderApp } from './renderApp';

/** A desktop platform whose menu the test can use, recording what main is told. */
function desktopWithMenu() {
  const listeners = new Set<(command: MenuCommand) => void>();
  const platform = fakePlatform({
    onMenuCommand: vi.fn((callback: (command: MenuCommand) => void) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    }),
  });
  const choose = (command: MenuCommand) =>
    act(async () => {
      listeners.forEach((listener) => listener(command));
      await Promise.resolve();
    });
  return { platform, choose };
}

async function encrypt(db: LiaisonDatabase) {
  await act(() => new KeyStore(db, db.encryption, FAST_KDF).enable('violet tractor harbour'));
}

describe('locking on demand from anywhere', () => {
  it('locks when the desktop menu sends Lock Liaison, and tells main when there is something to lock', async () => {
    const { platform, choose } = desktopWithMenu();
    const { db } = await renderApp({ platform });
    expect(platform.setLockAvailable).toHaveBeenLastCalledWith(false);

    // With encryption off the command changes nothing (main keeps it disabled anyway).
    await choose('lock');
    expect(db.encryption.mode).toBe('off');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    await encrypt(db);
    await vi.waitFor(() => expect(platform.setLockAvailable).toHaveBeenLastCalledWith(true));
    await choose('lock');
    expect(await screen.findByRole('heading', { name: 'Liaison is locked' })).toBeInTheDocument();
    expect(db.encryption.mode).toBe('locked');
    expect(db.encryption.exportKey()).toBeNull();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    await vi.waitFor(() => expect(platform.setLockAvailable).toHaveBeenLastCalledWith(false));
  }, 30_000);

  it('locks with Ctrl+Shift+L in the page, which is what web mode has instead of the menu', async () => {
    const { db } = await renderApp({ platform: fakePlatform({ kind: 'web' }) });
    await encrypt(db);
    await userEvent.keyboard('{Control>}{Shift>}L{/Shift}{/Control}');
    expect(await screen.findByRole('heading', { name: 'Liaison is locked' })).toBeInTheDocument();
    expect(db.encryption.mode).toBe('locked');
  }, 30_000);
});
