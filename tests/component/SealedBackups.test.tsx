/**
 * Sealed backups in the UI: Settings → Backups asks for the passphrase that was in force when a sealed
 * backup was written and says so when a wrong one is typed, changing nothing; the start-up restore asks
 * on its confirmation; turning encryption on writes a sealed backup, then deletes the clear ones.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StartupError } from '../../renderer/src/app/StartupError';
import { setActiveBackups } from '../../renderer/src/backup/activeBackups';
import type { StartupRecovery } from '../../renderer/src/backup/restoreAtStartup';
import {
  createBackupScheduler,
  startAutomaticBackups,
} from '../../renderer/src/backup/startAutomaticBackups';
import { KeyStore } from '../../renderer/src/db/KeyStore';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { isSealedBackup, sealedBackupErrors } from '../../shared/formats/backup/sealedBackupFormat';
import { fakePlatform, renderApp } from './renderApp';
import { FAST_KDF, fakeBackups, sampleBackup } from './sampleBackups';

const PASSPHRASE = 'ព្រែកលៀប harbour lantern';

async function openSettingsRegion(name: string) {
  await userEvent.click(screen.getByRole('link', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return screen.getByRole('region', { name });
}

afterEach(() => setActiveBackups(null));

describe('Settings → Backups with a sealed backup', () => {
  it('asks for the passphrase in force when it was written, refuses a wrong one with nothing changed, then restores', async () => {
    const { info, bytes } = await sampleBackup(PASSPHRASE);
    const backups = fakeBackups([info], bytes);
    const { repos } = await renderApp({ platform: fakePlatform({ backups }) });
    const section = await openSettingsRegion('Backups');
    const list = await within(section).findByRole('list', { name: 'Backups' });
    expect(list).toHaveTextContent(/4 meetings, 25 records in all, 0 files · encrypted/);

    await userEvent.click(within(list).getByRole('button', { name: /See what it holds/ }));
    const prompt = within(section).getByRole('form', { name: /Passphrase of the backup of Mar 31, 2025/ });
    expect(prompt).toHaveTextContent(/passphrase that was in force when it was written/);
    expect(prompt).toHaveTextContent(/if the passphrase was changed since, this is the earlier one/);
    const open = within(prompt).getByRole('button', { name: 'Open the backup' });
    expect(open).toBeDisabled();

    const field = within(prompt).getByLabelText(/Passphrase in force on Mar 31, 2025/);
    await userEvent.type(field, 'not the passphrase');
    await userEvent.click(open);
    const wrong = await within(prompt).findByRole('alert', {}, { timeout: 10_000 });
    expect(wrong).toHaveTextContent(
      /This passphrase does not open the backup of Mar 31, 2025.*in force when it was written\. Nothing was changed\./,
    );
    expect(field).toHaveAccessibleDescription(/does not open the backup/);
    expect(within(section).queryByTestId('backup-preview')).toBeNull();
    expect(await repos.meetings.count()).toBe(0);

    await userEvent.clear(field);
    await userEvent.type(field, PASSPHRASE);
    await userEvent.click(open);
    const preview = await within(section).findByTestId('backup-preview', {}, { timeout: 10_000 });
    expect(within(section).queryByRole('form', { name: /Passphrase of the backup/ })).toBeNull();
    expect(preview).toHaveTextContent('Meetings: 4');
    await userEvent.click(within(preview).getByRole('button', { name: 'Restore this backup' }));
    await userEvent.click(within(preview).getByRole('button', { name: 'Restore this backup' }));
    expect(
      await within(section).findByText(/Restored: 25 records added, 0 already here/),
    ).toBeInTheDocument();
    expect(await repos.meetings.count()).toBe(4);
  }, 30_000);

  it('says a sealed backup is damaged in the interface language, and shows nothing of it', async () => {
    const { info, bytes } = await sampleBackup(PASSPHRASE);
    const damaged = bytes.slice();
    damaged[damaged.length - 1]! ^= 1;
    await renderApp({ platform: fakePlatform({ backups: fakeBackups([info], damaged) }) });
    const section = await openSettingsRegion('Backups');
    await userEvent.click(await within(section).findByRole('button', { name: /See what it holds/ }));
    await userEvent.type(within(section).getByLabelText(/Passphrase in force on/), PASSPHRASE);
    await userEvent.click(within(section).getByRole('button', { name: 'Open the backup' }));
    expect(
      await within(section).findByText(
        /This backup is damaged or was altered after it was written/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(within(section).queryByTestId('backup-preview')).toBeNull();
  }, 30_000);
});

describe('start-up restore from a sealed backup', () => {
  it('asks for the passphrase on the confirmation, and asks again after a wrong one with nothing touched', async () => {
    const { info } = await sampleBackup(PASSPHRASE);
    const restore = vi
      .fn<StartupRecovery['restore']>()
      .mockRejectedValueOnce(sealedBackupErrors.wrongPassphrase())
      .mockResolvedValueOnce({
        preservedAt: '/home/rep/.config/Liaison/preserved-archives/20250331T130000000Z',
        outcome: { added: { meetings: 4 }, kept: {}, blobsAdded: 0 },
      });
    const recovery: StartupRecovery = { latest: vi.fn(() => Promise.resolve(info)), restore };
    render(<StartupError i18n={await initI18n('en')} message="It did not open" recovery={recovery} />);

    expect(
      await screen.findByText(/This backup is encrypted: restoring it needs the passphrase/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Restore from this backup…' }));
    const prompt = screen.getByRole('form', { name: /Passphrase of the backup of Mar 31, 2025/ });
    expect(prompt).toHaveTextContent(/copy the archive that failed to open/);
    const confirm = within(prompt).getByRole('button', { name: 'Keep the broken archive and restore' });
    expect(confirm).toBeDisabled();

    await userEvent.type(within(prompt).getByLabelText(/Passphrase in force on/), 'wrong');
    await userEvent.click(confirm);
    expect(
      await screen.findByText(/This passphrase does not open the backup of Mar 31, 2025/),
    ).toBeInTheDocument();
    expect(restore).toHaveBeenLastCalledWith(info.id, expect.any(Function), 'wrong');

    const field = screen.getByLabelText(/Passphrase in force on/);
    await userEvent.clear(field);
    await userEvent.type(field, PASSPHRASE);
    await userEvent.click(screen.getByRole('button', { name: 'Keep the broken archive and restore' }));
    expect(await screen.findByText(/The archive was restored from the backup/)).toBeInTheDocument();
    expect(restore).toHaveBeenLastCalledWith(info.id, expect.any(Function), PASSPHRASE);
  });
});

describe('turning encryption on with backups', () => {
  it('says what happens to the backups, writes a sealed backup, then deletes the clear ones', async () => {
    const backups = fakeBackups([], new Uint8Array());
    // Main finds two backups in clear to delete.
    vi.mocked(backups.deleteClear).mockResolvedValue(2);
    const services = await renderApp({ platform: fakePlatform({ backups }) });
    setActiveBackups(createBackupScheduler(services, backups));
    const section = await openSettingsRegion('Security');
    const form = within(section).getByRole('form', { name: 'Turn on encryption' });
    expect(form).toHaveTextContent(/Backups already written hold the archive unencrypted/);
    await userEvent.type(within(form).getByLabelText('Passphrase'), 'violet tractor harbour');
    await userEvent.type(within(form).getByLabelText('Repeat the passphrase'), 'violet tractor harbour');
    await userEvent.click(within(form).getByRole('button', { name: 'Turn on encryption' }));

    expect(
      await within(section).findByText(
        'Encryption is on. An encrypted backup was written. Unencrypted backups deleted: 2.',
        {},
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(backups.deleteClear).toHaveBeenCalledTimes(1));
    const write = vi.mocked(backups.write);
    expect(write).toHaveBeenCalledTimes(1);
    const [data, manifest] = write.mock.calls[0]!;
    expect(manifest.encrypted).toBe(true);
    expect(isSealedBackup(data)).toBe(true);
    expect(write.mock.invocationCallOrder[0]!).toBeLessThan(
      vi.mocked(backups.deleteClear).mock.invocationCallOrder[0]!,
    );
  }, 60_000);

  it('deletes clear backups at start when the archive is encrypted (an app that stopped before it could)', async () => {
    const { info, bytes } = await sampleBackup(PASSPHRASE);
    const clear = { ...info, id: '20250330T120000000Z', encrypted: false };
    const backups = fakeBackups([info, clear], bytes);
    const services = await renderApp({ platform: fakePlatform({ backups }) });
    const timer = vi.spyOn(globalThis, 'setInterval').mockReturnValue(0 as never);
    try {
      await startAutomaticBackups(services, backups);
      expect(backups.deleteClear).not.toHaveBeenCalled();
      await new KeyStore(services.db, services.db.encryption, FAST_KDF).enable(PASSPHRASE);
      await startAutomaticBackups(services, backups);
      expect(backups.deleteClear).toHaveBeenCalledTimes(1);
    } finally {
      timer.mockRestore();
    }
  }, 30_000);
});
