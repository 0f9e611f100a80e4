/**
 * The app in one tab while another tab on the same archive turns encryption at rest on, then off: the
 * other tab is a second connection to the same database, as web mode has, announcing over a
 * BroadcastChannel.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KeyStore } from '../../renderer/src/db/KeyStore';
import { LiaisonDatabase, openDatabase } from '../../renderer/src/db/LiaisonDatabase';
import { FAST_KDF } from '../unit/encryption/encryptedArchive';
import { fakePlatform, renderApp } from './renderApp';

const PASSPHRASE = 'violet tractor harbour lantern';

describe('encryption at rest changed in another tab', () => {
  it('shows the lock screen, saying why, when another tab turns encryption on; unlocked, it carries on in clear once that tab turns it off', async () => {
    const user = userEvent.setup();
    const { db } = await renderApp({ platform: fakePlatform({ kind: 'web' }) });
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    const otherTab = await openDatabase(new LiaisonDatabase(db.name));
    const otherKeys = new KeyStore(otherTab, otherTab.encryption, FAST_KDF);

    await act(() => otherKeys.enable(PASSPHRASE));
    expect(await screen.findByRole('heading', { name: 'Liaison is locked' })).toBeInTheDocument();
    expect(
      screen.getByText('Encryption at rest was turned on or changed in another Liaison tab or window.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('navigation', { name: 'Main' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(db.encryption.mode).toBe('unlocked');

    await act(() => otherKeys.disable(PASSPHRASE).then(() => undefined));
    await expect.poll(() => db.encryption.mode).toBe('off');
    expect(db.encryption.exportKey()).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Liaison is locked' })).not.toBeInTheDocument();
    otherTab.close();
  }, 30_000);
});
