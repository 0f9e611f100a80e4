import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SyncTransport } from '../../shared/sync/SyncTransport';
import { ENCRYPTION_META_KEY } from '../../renderer/src/db/keyRecord';
import { KeyStore } from '../../renderer/src/db/KeyStore';
import type { LiaisonDatabase } from '../../renderer/src/db/LiaisonDatabase';
import type { BackupsApi, SyncTargetsApi } from '../../renderer/src/platform/Platform';
import type { SyncClient } from '../../renderer/src/sync/SyncClient';
import { syncJobsFor } from '../../renderer/src/sync/syncJobs';
import { MemoryTransport } from '../support/memoryTransport';
import { delegateInput, FAST_KDF } from '../unit/encryption/encryptedArchive';
import { fakePlatform, renderApp } from './renderApp';

const PASSPHRASE = 'violet tractor harbour';

async function turnedOff(section: HTMLElement) {
  const done = 'Encryption is off. The notes are now stored in clear on this laptop.';
  expect(await within(section).findByText(done, {}, { timeout: 15_000 })).toBeInTheDocument();
}

/** Turns encryption on at a test cost (the section's own form is tested above at the real one). */
async function encrypt(db: LiaisonDatabase, chunkSize?: number) {
  const keys = new KeyStore(db, db.encryption, FAST_KDF, chunkSize);
  await act(() => keys.enable(PASSPHRASE));
  return keys;
}

async function openSecurity() {
  await userEvent.click(screen.getByRole('link', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return screen.getByRole('region', { name: 'Security' });
}

/** A folder target whose reads wait until `release` is called, so a sync on it keeps running. */
function heldTarget() {
  const files = new MemoryTransport();
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const transport: SyncTransport = {
    read: async (path) => (await released, files.read(path)),
    write: (path, data) => files.write(path, data),
    list: async (folder) => (await released, files.list(folder)),
  };
  const unused = () => Promise.reject(new Error('not used here'));
  const api: SyncTargetsApi = {
    list: () => Promise.resolve([{ id: 'usb1', kind: 'folder', label: 'USB stick', path: '/media/usb' }]),
    addFolder: unused,
    addWebdav: unused,
    remove: unused,
    test: unused,
    transport: () => transport,
  };
  return { api, release };
}

/** Starts a sync with the held target as the Sync page would. */
function startSync(sync: SyncClient) {
  act(() => {
    void syncJobsFor(sync)
      .getState()
      .run(
        { type: 'sync', key: 'target:usb1', targetId: 'usb1', confirmed: [] },
        { target: 'USB stick', finish: () => Promise.resolve({ kind: 'declined' }) },
      );
  });
}

describe('Settings → Security and the lock screen', () => {
  it('turns encryption on, locks on demand, refuses a wrong passphrase, and unlocks with the right one', async () => {
    const { db } = await renderApp();
    const section = await openSecurity();
    const form = within(section).getByRole('form', { name: 'Turn on encryption' });
    await userEvent.type(within(form).getByLabelText('Passphrase'), 'violet tractor harbour');
    await userEvent.type(within(form).getByLabelText('Repeat the passphrase'), 'violet tractor harbour');
    await userEvent.click(within(form).getByRole('button', { name: 'Turn on encryption' }));
    expect(
      await within(section).findByText('Encryption is on.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(db.encryption.mode).toBe('unlocked');

    await userEvent.click(within(section).getByRole('button', { name: 'Lock now' }));
    expect(await screen.findByRole('heading', { name: 'Liaison is locked' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Passphrase'), 'wrong{Enter}');
    expect(
      await screen.findByText('The passphrase is not correct. Nothing was changed.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(db.encryption.mode).toBe('locked');

    const field = screen.getByLabelText('Passphrase');
    await userEvent.clear(field);
    await userEvent.type(field, 'violet tractor harbour{Enter}');
    expect(await screen.findByRole('navigation', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(db.encryption.mode).toBe('unlocked');
  }, 60_000);

  it('keeps the turn-on button disabled until both passphrases match, and says why', async () => {
    await renderApp();
    const section = await openSecurity();
    await userEvent.type(within(section).getByLabelText('Passphrase'), 'short');
    expect(
      within(section).getByText('Weak: use at least 12 characters, or several words.'),
    ).toBeInTheDocument();
    await userEvent.type(within(section).getByLabelText('Repeat the passphrase'), 'shorter');
    expect(within(section).getByText('The two passphrases differ.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Turn on encryption' })).toBeDisabled();
  });

  it('turns encryption off after a warning and the current passphrase; a wrong one changes nothing', async () => {
    const { db, repos } = await renderApp();
    const person = await repos.people.create(delegateInput('Prefers morning meetings.'));
    await encrypt(db);
    const section = await openSecurity();
    const form = within(section).getByRole('form', { name: 'Turn off encryption' });
    expect(form).toHaveAccessibleDescription(/stores them in clear on this laptop/);
    const submit = within(form).getByRole('button', { name: 'Turn off encryption' });
    expect(submit).toBeDisabled();

    await userEvent.type(within(form).getByLabelText('Current passphrase'), 'not it');
    await userEvent.click(submit);
    expect(
      await within(section).findByText(
        'The passphrase is not correct. Nothing was changed.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(db.encryption.mode).toBe('unlocked');
    expect(db.encryption.turningOff).toBe(false);
    expect(await db.meta.get(ENCRYPTION_META_KEY)).toBeDefined();

    // While it works the form gives way to Cancel; it is back after the refusal.
    const again = within(section).getByRole('form', { name: 'Turn off encryption' });
    const field = within(again).getByLabelText('Current passphrase');
    await userEvent.clear(field);
    await userEvent.type(field, PASSPHRASE);
    await userEvent.click(within(again).getByRole('button', { name: 'Turn off encryption' }));
    await turnedOff(section);
    expect(db.encryption.mode).toBe('off');
    expect(await db.meta.get(ENCRYPTION_META_KEY)).toBeUndefined();
    expect((await repos.people.get(person.id))?.notes).toBe('Prefers morning meetings.');
    expect(within(section).getByRole('form', { name: 'Turn on encryption' })).toBeInTheDocument();
  }, 60_000);

  it('says when turning off has not finished, and continues it on request', async () => {
    const { db } = await renderApp();
    // The delegate created for this laptop and its settings make a few rows; one per chunk pauses early.
    const keys = await encrypt(db, 1);
    const pause = new AbortController();
    await act(() => keys.disable(PASSPHRASE, () => pause.abort(), pause.signal));
    expect(db.encryption.turningOff).toBe(true);

    const section = await openSecurity();
    expect(within(section).getByText(/Turning encryption off has not finished/)).toBeInTheDocument();
    expect(within(section).queryByRole('form', { name: 'Turn off encryption' })).not.toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Continue turning off' }));
    await turnedOff(section);
    expect(db.encryption.mode).toBe('off');
  }, 60_000);

  it('keeps Turn off encryption disabled while a sync runs, says why, and turns it off once the sync ended', async () => {
    const target = heldTarget();
    const { db, repos, sync } = await renderApp({ platform: fakePlatform({ syncTargets: target.api }) });
    const person = await repos.people.create(delegateInput('Prefers morning meetings.'));
    await encrypt(db);
    startSync(sync);
    const section = await openSecurity();
    const form = within(section).getByRole('form', { name: 'Turn off encryption' });
    await userEvent.type(within(form).getByLabelText('Current passphrase'), PASSPHRASE);
    const submit = within(form).getByRole('button', { name: 'Turn off encryption' });
    const why = 'A sync is running. Wait for it to finish, then turn encryption off.';
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(why);
    expect(within(form).getByText(why)).toBeInTheDocument();
    expect(db.encryption.turningOff).toBe(false);

    // The sync ends (refused: a new target needs a sync passphrase while encryption is on).
    target.release();
    await waitFor(() => expect(submit).toBeEnabled());
    expect(within(form).queryByText(why)).not.toBeInTheDocument();
    await userEvent.click(submit);
    await turnedOff(section);
    expect((await repos.people.get(person.id))?.notes).toBe('Prefers morning meetings.');
  }, 60_000);

  it('keeps Turn on encryption disabled while a sync waits for an answer, and says so in Chinese', async () => {
    const { sync } = await renderApp({ settings: { language: 'zh-CN' } });
    const jobs = syncJobsFor(sync);
    const goAhead = vi.fn();
    act(() =>
      jobs.setState({
        question: { question: {} as never, target: 'USB stick', goAhead, decline: goAhead },
      }),
    );
    await userEvent.click(screen.getByRole('link', { name: '设置' }));
    const section = await screen.findByRole('region', { name: '安全' });
    const form = within(section).getByRole('form', { name: '开启加密' });
    for (const label of ['口令', '再次输入口令'])
      await userEvent.type(within(form).getByLabelText(label), PASSPHRASE);
    const submit = within(form).getByRole('button', { name: '开启加密' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(
      '有一次同步正在“同步”页面等待您的答复。请先答复，再开启加密。',
    );
    act(() => jobs.setState({ question: null }));
    expect(submit).toBeEnabled();
  });

  it('warns before turning off that earlier sealed backups still need the passphrase they were written with', async () => {
    const backups: BackupsApi = {
      write: vi.fn(() => Promise.reject(new Error('not used here'))),
      list: vi.fn(() => Promise.resolve([])),
      read: vi.fn(() => Promise.reject(new Error('not used here'))),
      deleteClear: vi.fn(() => Promise.resolve(0)),
      onFlushRequest: vi.fn(() => () => undefined),
      preserveDatabase: vi.fn(() => Promise.reject(new Error('not used here'))),
    };
    const { db } = await renderApp({ platform: fakePlatform({ backups }) });
    await encrypt(db);
    const section = await openSecurity();
    expect(within(section).getByRole('form', { name: 'Turn off encryption' })).toHaveAccessibleDescription(
      /stores them in clear on this laptop.*Backups written while encryption was on stay encrypted: each one still opens only with the passphrase that was in force when it was written\./,
    );
  }, 30_000);

  it('names the shortcut on the Lock now button', async () => {
    const { db } = await renderApp();
    await encrypt(db);
    const section = await openSecurity();
    const lockNow = within(section).getByRole('button', { name: 'Lock now' });
    expect(lockNow).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+L Meta+Shift+L');
    expect(within(section).getByText('Ctrl+Shift+L locks Liaison from any page.')).toBeInTheDocument();
  }, 30_000);
});
