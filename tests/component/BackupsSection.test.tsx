import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setActiveBackups } from '../../renderer/src/backup/activeBackups';
import { BackupScheduler } from '../../renderer/src/backup/BackupScheduler';
import { fakePlatform, renderApp } from './renderApp';
import { fakeBackups, NOW, sampleBackup } from './sampleBackups';

async function openBackups() {
  await userEvent.click(screen.getByRole('link', { name: 'Settings' }));
  const heading = await screen.findByRole('heading', { level: 2, name: 'Backups' });
  return heading.closest('section')!;
}

afterEach(() => setActiveBackups(null));

describe('Settings → Backups', () => {
  it('lists backups with date, size and counts, shows what one holds, and restores it after confirming', async () => {
    const { info, bytes } = await sampleBackup();
    const backups = fakeBackups([info], bytes);
    const { repos } = await renderApp({ platform: fakePlatform({ backups }) });
    const section = await openBackups();

    const list = await within(section).findByRole('list', { name: 'Backups' });
    expect(list).toHaveTextContent(/Mar 31, 2025/);
    expect(list).toHaveTextContent(/4 meetings, 25 records in all, 0 files/);
    expect(list).toHaveTextContent(/kB/);

    await userEvent.click(within(list).getByRole('button', { name: /See what it holds/ }));
    const preview = await within(section).findByTestId('backup-preview');
    expect(backups.read).toHaveBeenCalledWith(info.id);
    expect(preview).toHaveTextContent('Meetings: 4');
    expect(preview).toHaveTextContent(/adds the records of this backup that this archive does not have/);
    expect(await repos.meetings.count()).toBe(0);

    await userEvent.click(within(preview).getByRole('button', { name: 'Restore this backup' }));
    expect(within(preview).getByText(/Restore the backup of .* into this archive\?/)).toBeInTheDocument();
    expect(await repos.meetings.count()).toBe(0);
    await userEvent.click(within(preview).getByRole('button', { name: 'Restore this backup' }));

    expect(
      await within(section).findByText(/Restored: 25 records added, 0 already here/),
    ).toBeInTheDocument();
    expect(await repos.meetings.count()).toBe(4);
  });

  it('shows the archive reader’s report for a backup that cannot be restored, and writes nothing', async () => {
    const { info } = await sampleBackup();
    const backups = fakeBackups([info], new TextEncoder().encode('damaged') as Uint8Array<ArrayBuffer>);
    const { repos } = await renderApp({ platform: fakePlatform({ backups }) });
    const section = await openBackups();
    await userEvent.click(await within(section).findByRole('button', { name: /See what it holds/ }));
    expect(await within(section).findByText('This backup cannot be restored:')).toBeInTheDocument();
    expect(within(section).getByText(/not a zip file/)).toBeInTheDocument();
    expect(within(section).queryByTestId('backup-preview')).toBeNull();
    expect(await repos.people.count()).toBe(1);
  });

  it('stores the interval and the number kept within their bounds', async () => {
    const backups = fakeBackups([], new Uint8Array());
    const { db } = await renderApp({ platform: fakePlatform({ backups }) });
    const section = await openBackups();
    expect(within(section).getByText('There is no backup yet.')).toBeInTheDocument();
    const interval = within(section).getByRole('spinbutton', { name: 'Minutes between backups' });
    expect(interval).toHaveValue(15);
    await userEvent.clear(interval);
    await userEvent.type(interval, '30');
    await userEvent.tab();
    await waitFor(async () => expect((await db.settings.get('backupIntervalMinutes'))?.value).toBe(30));
    const kept = within(section).getByRole('spinbutton', { name: 'Backups kept' });
    expect(kept).toHaveValue(20);
    await userEvent.clear(kept);
    await userEvent.type(kept, '0');
    await userEvent.tab();
    expect(kept).toHaveValue(20);
    expect(await db.settings.get('backupsKept')).toBeUndefined();
  });

  it('backs up now through the scheduler and says when nothing changed', async () => {
    const backups = fakeBackups([], new Uint8Array());
    await renderApp({ platform: fakePlatform({ backups }) });
    let position = 1;
    const backup = vi.fn(() => Promise.resolve());
    setActiveBackups(
      new BackupScheduler({
        now: () => NOW,
        position: () => Promise.resolve(position),
        intervalMinutes: () => 15,
        backup,
      }),
    );
    const section = await openBackups();
    await userEvent.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByText('Backed up.')).toBeInTheDocument();
    expect(backup).toHaveBeenCalledWith(1);
    position = 1;
    await userEvent.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(await within(section).findByText('Nothing changed since the last backup.')).toBeInTheDocument();
    expect(backup).toHaveBeenCalledTimes(1);
  });

  it('says in web mode that backups need the desktop app, offering nothing it cannot do', async () => {
    await renderApp({ platform: fakePlatform({ kind: 'web', backups: null }) });
    const section = await openBackups();
    expect(section).toHaveTextContent(/Automatic backups need the desktop app/);
    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).queryByRole('spinbutton')).toBeNull();
  });
});
