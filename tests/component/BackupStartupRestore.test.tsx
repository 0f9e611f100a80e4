import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StartupError } from '../../renderer/src/app/StartupError';
import type { StartupRecovery } from '../../renderer/src/backup/restoreAtStartup';
import { initI18n } from '../../renderer/src/i18n/i18n';
import type { BackupInfo } from '../../shared/ipc/contract';
import { ArchiveError, issue } from '../../shared/formats/archive/archiveIssue';

const latest: BackupInfo = {
  id: '20250331T120000000Z',
  fileName: 'liaison-backup-20250331T120000000Z.zip',
  createdAt: '2025-03-31T12:00:00.000Z',
  writtenAt: '2025-03-31T12:00:01.000Z',
  sha256: 'a'.repeat(64),
  bytes: 4800,
  outboxSeq: 9,
  encrypted: false,
  blobs: 2,
  tables: {
    events: 1,
    sessions: 6,
    organizations: 4,
    people: 6,
    meetings: 4,
    notes: 0,
    actionItems: 3,
    agreements: 1,
    attachments: 3,
  },
};

function fakeRecovery(overrides: Partial<StartupRecovery> = {}): StartupRecovery {
  return {
    latest: vi.fn(() => Promise.resolve(latest)),
    restore: vi.fn((_id: string, onProgress: (done: number, total: number) => void) => {
      onProgress(10, 30);
      return Promise.resolve({
        preservedAt: '/home/rep/.config/Liaison/preserved-archives/20250331T130000000Z',
        outcome: { added: { meetings: 4 }, kept: {}, blobsAdded: 2 },
      });
    }),
    ...overrides,
  };
}

async function renderError(recovery: StartupRecovery | null) {
  const i18n = await initI18n('en');
  const reload = vi.fn();
  render(
    <StartupError
      i18n={i18n}
      message="The archive could not be opened: UnknownError"
      recovery={recovery}
      reload={reload}
    />,
  );
  return { reload };
}

describe('start-up when the archive does not open', () => {
  it('offers the latest backup, and restores it only after the user confirmed keeping the broken archive', async () => {
    const recovery = fakeRecovery();
    const { reload } = await renderError(recovery);
    expect(
      await screen.findByText(/made a backup of this archive on Mar 31, 2025.*4 meetings and 28 records/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Restore from this backup…' }));
    expect(
      screen.getByText(/copy the archive that failed to open .* \(it is kept, not deleted\)/),
    ).toBeInTheDocument();
    expect(recovery.restore).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(recovery.restore).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Restore from this backup…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep the broken archive and restore' }));
    expect(recovery.restore).toHaveBeenCalledWith(latest.id, expect.any(Function), undefined);
    expect(
      await screen.findByText(/kept in \/home\/rep\/.config\/Liaison\/preserved-archives\//),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open Liaison' }));
    expect(reload).toHaveBeenCalled();
  });

  it('says there is no backup when there is none, and offers only a reload', async () => {
    await renderError(fakeRecovery({ latest: vi.fn(() => Promise.resolve(null)) }));
    expect(await screen.findByText('There is no automatic backup to restore from.')).toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Reload']);
  });

  it('shows why a restore failed, with the archive reader’s report', async () => {
    const recovery = fakeRecovery({
      restore: vi.fn(() =>
        Promise.reject(
          new ArchiveError([issue('records/meetings.json', '[2].title', 'invalidField', 'too long')]),
        ),
      ),
    });
    await renderError(recovery);
    await userEvent.click(await screen.findByRole('button', { name: 'Restore from this backup…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep the broken archive and restore' }));
    expect(
      await screen.findByText(/The restore did not finish: This backup cannot be restored/),
    ).toBeInTheDocument();
    expect(screen.getByText(/records\/meetings.json: \[2\].title/)).toBeInTheDocument();
  });

  it('offers no restore where there are no backups (web mode, or a failure a restore cannot mend)', async () => {
    await renderError(null);
    expect(screen.getByText(/Your data has not been changed/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Restore/ })).toBeNull();
  });
});
