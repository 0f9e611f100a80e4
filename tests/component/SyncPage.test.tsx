import { screen, waitFor, within, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SyncTargetInfo } from '../../shared/ipc/contract';
import { segmentPath } from '../../shared/sync/syncPaths';
import type { SyncTransport } from '../../shared/sync/SyncTransport';
import { createSyncParts } from '../../renderer/src/db/sync/createSyncParts';
import type { SyncTargetsApi } from '../../renderer/src/platform/Platform';
import { SyncBundles } from '../../renderer/src/sync/SyncBundles';
import { SyncEngine } from '../../renderer/src/sync/SyncEngine';
import { MemoryTransport } from '../support/memoryTransport';
import { createTestArchive, type TestArchive } from '../support/testArchive';
import { fakePlatform, renderApp, type RenderAppOptions } from './renderApp';

type App = Awaited<ReturnType<typeof renderApp>>;

const bundlesOf = (side: Pick<TestArchive, 'db' | 'capture' | 'repos'>) =>
  new SyncBundles(createSyncParts(side.db, side.capture, side.repos));

async function addMeeting(side: Pick<TestArchive, 'repos'>, title: string) {
  const org = await side.repos.organizations.create({
    name: `Partner of ${title}`,
    nativeName: '',
    country: 'LA',
    kind: 'college',
    website: '',
  });
  return side.repos.meetings.create({
    eventId: null,
    title,
    kind: 'bilateral',
    status: 'held',
    startsAt: Date.UTC(2024, 10, 21, 2),
    endsAt: Date.UTC(2024, 10, 21, 3),
    location: '',
    counterpartOrgIds: [org.id],
    participantIds: [],
    agenda: '',
    minutes: '',
    outcomes: '',
    confidentiality: 'internal',
    tags: [],
  });
}

/** A second laptop that has everything the app has, by a bundle exported and imported behind the UI. */
async function otherLaptopFrom(app: App) {
  const other = await createTestArchive();
  const bundle = await bundlesOf(app).export({ everything: true });
  await bundlesOf(other).import(bundle.bytes);
  return other;
}

async function openSync(options: RenderAppOptions = {}) {
  const app = await renderApp(options);
  act(() => {
    location.hash = '#/sync';
  });
  const zh = options.settings?.language === 'zh-CN';
  // The first render of a test file also compiles the app, which takes a while on a busy machine.
  await screen.findByRole('heading', { level: 1, name: zh ? '同步' : 'Sync' }, { timeout: 5000 });
  return app;
}

const bundleRegion = () => screen.getByRole('region', { name: 'Bundle file' });
const status = () => screen.getByTestId('sync-status');

async function importFile(bytes: Uint8Array) {
  const input = within(bundleRegion()).getByLabelText('Import a bundle…');
  await userEvent.upload(input, new File([bytes as Uint8Array<ArrayBuffer>], 'from-laos.liaisonsync'));
}

function fakeTargets(transport: SyncTransport, targets: SyncTargetInfo[]): SyncTargetsApi {
  const list = [...targets];
  return {
    list: vi.fn(() => Promise.resolve([...list])),
    addFolder: vi.fn(() => Promise.resolve({ canceled: true as const })),
    addWebdav: vi.fn((request) => {
      if (!request.allowPlaintext)
        return Promise.resolve({ stored: false as const, reason: 'plaintext-backend' as const });
      const target: SyncTargetInfo = {
        id: 'dav1',
        kind: 'webdav',
        label: 'cloud.example.org',
        url: request.url,
        username: request.username,
        credentials: 'basic-text',
      };
      list.push(target);
      return Promise.resolve({ stored: true as const, target });
    }),
    remove: vi.fn((id: string) => {
      list.splice(
        list.findIndex((target) => target.id === id),
        1,
      );
      return Promise.resolve();
    }),
    test: vi.fn(() => Promise.resolve({ ok: true as const })),
    transport: () => transport,
  };
}

const USB: SyncTargetInfo = { id: 'usb1', kind: 'folder', label: 'USB stick', path: '/media/li/USB/liaison' };

describe('the Sync page', { timeout: 20_000 }, () => {
  it('saves a bundle of what changed, and counts nothing waiting once it is saved', async () => {
    const saveFile = vi.fn(() =>
      Promise.resolve({ status: 'saved' as const, location: '/home/li/b.liaisonsync' }),
    );
    const app = await openSync({ platform: fakePlatform({ saveFile }) });
    await addMeeting(app, 'Bilateral with Prek Leap');
    // Opening the page again reads the status again.
    act(() => void (location.hash = '#/'));
    act(() => void (location.hash = '#/sync'));
    const waiting = within(bundleRegion()).getByTestId('bundle-status');
    await waitFor(() => expect(waiting).toHaveTextContent(/Records waiting since the last bundle: [1-9]/));
    expect(waiting).toHaveTextContent('Last bundle saved: never');

    await userEvent.click(screen.getByRole('button', { name: 'Export changes since last bundle' }));
    await waitFor(() => expect(status()).toHaveTextContent(/Saved b\.liaisonsync\. Records in it: [1-9]/));
    expect(saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: expect.stringMatching(/\.liaisonsync$/) }),
    );
    await waitFor(() => expect(waiting).toHaveTextContent('Records waiting since the last bundle: 0'));
    expect(waiting).not.toHaveTextContent('never');

    // The saved bytes are a bundle another laptop merges.
    const other = await createTestArchive();
    const bytes = (saveFile.mock.calls[0] as unknown as [{ data: Uint8Array }])[0].data;
    const report = await bundlesOf(other).import(bytes);
    expect(report.received).toBeGreaterThan(0);
    expect((await other.repos.meetings.recent()).map((m) => m.title)).toContain('Bilateral with Prek Leap');
  });

  it('keeps the changes waiting when the save dialog is closed', async () => {
    await openSync();
    await userEvent.click(await screen.findByRole('button', { name: 'Export everything' }));
    expect(await screen.findByText(/The bundle was not saved/)).toBeVisible();
    expect(within(bundleRegion()).getByTestId('bundle-status')).toHaveTextContent(
      /Records waiting since the last bundle: [1-9]/,
    );
  });

  it('imports another laptop’s bundle and shows what it received, with a link to the conflicts', async () => {
    const app = await openSync();
    const meeting = await addMeeting(app, 'Bilateral with Lao-German Technical College');
    const other = await otherLaptopFrom(app);
    await other.repos.meetings.update(meeting.id, { minutes: 'ສອງຝ່າຍຕົກລົງ — their minutes' });
    await addMeeting(other, 'Roundtable with Thai colleges');
    await app.repos.meetings.update(meeting.id, { minutes: 'our minutes, not yet synced' });
    const bundle = await bundlesOf(other).export({ everything: false });

    await importFile(bundle.bytes);
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        `Imported the bundle from laptop “…${other.capture.deviceId.slice(-6)}”.`,
      ),
    );
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(status()).toHaveTextContent('Conflicts: 1');
    expect(status()).toHaveTextContent(/Received: [1-9]/);
    expect(within(status()).getByRole('link', { name: 'Resolve the conflicts' })).toHaveAttribute(
      'href',
      '#/conflicts',
    );
    expect((await app.repos.meetings.recent()).map((m) => m.title)).toContain(
      'Roundtable with Thai colleges',
    );
  });

  it('warns when the other laptop’s clock is days ahead, naming that laptop', async () => {
    await openSync();
    const ahead = await createTestArchive({ now: () => Date.now() + 3 * 24 * 60 * 60 * 1000 });
    await ahead.db.settings.put({ key: 'deviceName', value: 'Sokha’s laptop' });
    await addMeeting(ahead, 'Meeting logged with a wrong clock');
    await importFile((await bundlesOf(ahead).export({ everything: false })).bytes);
    await waitFor(() =>
      expect(status()).toHaveTextContent('The clock of laptop “Sokha’s laptop” is 3 days ahead of this one.'),
    );
  });

  it('asks for the passphrase of an encrypted bundle and keeps the chosen file for the retry', async () => {
    const app = await openSync();
    const other = await otherLaptopFrom(app);
    await addMeeting(other, 'Signing of the MoA');
    const bundle = await bundlesOf(other).export({ everything: false, passphrase: 'mekong 2024' });

    await importFile(bundle.bytes);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/encrypted|passphrase/i);
    expect(alert).toHaveTextContent('Enter the passphrase the archive was encrypted with.');
    const field = screen.getByLabelText('Passphrase of the bundle');
    expect(field).toHaveAttribute('type', 'password');

    await userEvent.type(field, 'mekong 2023');
    await userEvent.click(screen.getByRole('button', { name: 'Import with this passphrase' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/passphrase/i), {
      timeout: 10_000,
    });
    await userEvent.clear(screen.getByLabelText('Passphrase of the bundle'));
    await userEvent.type(screen.getByLabelText('Passphrase of the bundle'), 'mekong 2024');
    await userEvent.click(screen.getByRole('button', { name: 'Import with this passphrase' }));
    await waitFor(() => expect(status()).toHaveTextContent('Imported the bundle'), { timeout: 10_000 });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByLabelText('Passphrase of the bundle')).toBeNull();
    expect((await app.repos.meetings.recent()).map((m) => m.title)).toContain('Signing of the MoA');
  });

  it('stops before a bundle that deletes many records, and deletes them after Go ahead', async () => {
    const app = await openSync();
    const meetings = [];
    for (let i = 0; i < 8; i++) meetings.push(await addMeeting(app, `Meeting ${i}`));
    const other = await otherLaptopFrom(app);
    for (const meeting of meetings.slice(0, 4)) await other.repos.meetings.delete(meeting.id);
    const bundle = await bundlesOf(other).export({ everything: false });

    await importFile(bundle.bytes);
    const dialog = await screen.findByRole('dialog', { name: 'Before going on' });
    expect(dialog).toHaveTextContent(/This sync would delete 4 of \d+ records\. Go ahead\?/);
    expect(await app.repos.meetings.recent()).toHaveLength(8);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Go ahead' }));
    await waitFor(() => expect(status()).toHaveTextContent('Deleted: 4'));
    expect(await app.repos.meetings.recent()).toHaveLength(4);
  });

  it('leaves everything when the question is answered with Cancel', async () => {
    const app = await openSync();
    const meetings = [];
    for (let i = 0; i < 6; i++) meetings.push(await addMeeting(app, `Meeting ${i}`));
    const other = await otherLaptopFrom(app);
    for (const meeting of meetings.slice(0, 3)) await other.repos.meetings.delete(meeting.id);
    await importFile((await bundlesOf(other).export({ everything: false })).bytes);
    const dialog = await screen.findByRole('dialog', { name: 'Before going on' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Nothing was changed.')).toBeVisible();
    expect(await app.repos.meetings.recent()).toHaveLength(6);
  });

  it('has no folders or servers in web mode, where the bundle file is the only target', async () => {
    await openSync({ platform: fakePlatform({ kind: 'web', syncTargets: null }) });
    expect(bundleRegion()).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Folders and servers' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
  });

  it('syncs a folder target: its last sync time is shown and nothing waits to go out', async () => {
    const transport = new MemoryTransport();
    await openSync({ platform: fakePlatform({ syncTargets: fakeTargets(transport, [USB]) }) });
    const usb = await screen.findByRole('region', { name: 'USB stick' });
    await waitFor(() => expect(usb).toHaveTextContent(/Records waiting to go out: [1-9]/));
    expect(usb).toHaveTextContent('Last sync: never');
    expect(
      within(usb).getByRole('checkbox', { name: /Encrypt this target with the passphrase/ }),
    ).toBeVisible();

    await userEvent.click(within(usb).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(status()).toHaveTextContent('Synced with “USB stick”.'));
    expect(status()).toHaveTextContent(/Sent: [1-9]/);
    await waitFor(() => expect(usb).toHaveTextContent('Records waiting to go out: 0'));
    expect(usb).not.toHaveTextContent('Last sync: never');
    expect(transport.paths('devices/').length).toBeGreaterThan(0);
  });

  it('shows what a sync is receiving, cancels it, and the next sync picks up what it left', async () => {
    // Another laptop has already put a meeting on the USB stick.
    const memory = new MemoryTransport();
    const other = await createTestArchive();
    await addMeeting(other, 'Visit to Khon Kaen Technical College');
    await new SyncEngine(createSyncParts(other.db, other.capture, other.repos)).sync({
      key: 'usb',
      transport: memory,
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Reading that laptop's segment waits, so the sync is still running when Cancel is pressed.
    const slow: SyncTransport = {
      read: async (path) => {
        if (path === segmentPath(other.capture.deviceId, 1)) await gate;
        return memory.read(path);
      },
      write: (path, data) => memory.write(path, data),
      list: (folder) => memory.list(folder),
    };
    const app = await openSync({ platform: fakePlatform({ syncTargets: fakeTargets(slow, [USB]) }) });
    const usb = await screen.findByRole('region', { name: 'USB stick' });
    await userEvent.click(within(usb).getByRole('button', { name: 'Sync now' }));
    const progress = await screen.findByRole('progressbar', { name: 'Sync progress' });
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuetext', 'Receiving 0 of 2 changes'));
    expect(screen.getByText('Receiving 0 of 2 changes')).toBeVisible();
    expect(within(usb).getByRole('button', { name: 'Sync now' })).toBeDisabled();
    expect(within(bundleRegion()).getByRole('button', { name: 'Export everything' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    release();
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Cancelled. What was merged is kept; the next sync continues from there.',
      ),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await app.repos.meetings.recent()).toHaveLength(0);

    await userEvent.click(within(usb).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(status()).toHaveTextContent('Synced with “USB stick”.'));
    expect(status()).toHaveTextContent('Received: 2');
    expect((await app.repos.meetings.recent()).map((m) => m.title)).toEqual([
      'Visit to Khon Kaen Technical College',
    ]);
  });

  it('shows a target’s failure with what to do about it', async () => {
    const memory = new MemoryTransport();
    memory.readsLeft = 0;
    await openSync({ platform: fakePlatform({ syncTargets: fakeTargets(memory, [USB]) }) });
    const usb = await screen.findByRole('region', { name: 'USB stick' });
    await userEvent.click(within(usb).getByRole('button', { name: 'Sync now' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The connection dropped.');
    expect(alert).toHaveTextContent('Check the network connection and the server address.');
  });

  it('asks before keeping a WebDAV password without the system keyring', async () => {
    const targets = fakeTargets(new MemoryTransport(), []);
    await openSync({ platform: fakePlatform({ syncTargets: targets }) });
    const form = await screen.findByRole('form', { name: 'Add a WebDAV server' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add the server' }));
    expect(within(form).getByText('Enter the address of the WebDAV folder.')).toBeVisible();
    await userEvent.type(
      within(form).getByLabelText('Server address (URL)'),
      'https://li:pw@cloud.example.org/',
    );
    await userEvent.type(within(form).getByLabelText('User name'), 'li');
    await userEvent.type(within(form).getByLabelText('Password'), 'secret');
    await userEvent.click(within(form).getByRole('button', { name: 'Add the server' }));
    expect(
      within(form).getByText('Put the user name and password in their own fields, not in the address.'),
    ).toBeVisible();
    expect(targets.addWebdav).not.toHaveBeenCalled();

    await userEvent.clear(within(form).getByLabelText('Server address (URL)'));
    await userEvent.type(
      within(form).getByLabelText('Server address (URL)'),
      'https://cloud.example.org/dav/',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Add the server' }));
    expect(await within(form).findByText(/anyone who can read your files could read it/)).toBeVisible();
    await userEvent.click(within(form).getByRole('button', { name: 'Keep it anyway' }));
    expect(await screen.findByRole('region', { name: 'cloud.example.org' })).toBeVisible();
    expect(targets.addWebdav).toHaveBeenLastCalledWith(
      expect.objectContaining({ url: 'https://cloud.example.org/dav/', allowPlaintext: true }),
    );
  });

  it('removes a target after asking', async () => {
    const targets = fakeTargets(new MemoryTransport(), [USB]);
    await openSync({ platform: fakePlatform({ syncTargets: targets }) });
    const usb = await screen.findByRole('region', { name: 'USB stick' });
    await userEvent.click(within(usb).getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this target?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'USB stick' })).toBeNull());
    expect(targets.remove).toHaveBeenCalledWith('usb1');
    expect(screen.getByText('No folder or server yet.')).toBeVisible();
  });

  it('shows the bundle file and the navigation in Chinese', async () => {
    const app = await openSync({ settings: { language: 'zh-CN' } });
    for (let i = 0; i < 3; i++) await addMeeting(app, `会谈 ${i}`);
    act(() => void (location.hash = '#/'));
    act(() => void (location.hash = '#/sync'));
    const bundle = await screen.findByRole('region', { name: '同步文件' });
    await waitFor(() => expect(bundle).toHaveTextContent(/自上次同步文件以来待发送的记录：[1-9]/));
    expect(within(bundle).getByRole('button', { name: '导出自上次同步文件以来的更改' })).toBeVisible();
    expect(within(bundle).getByLabelText('用口令加密')).toHaveAttribute('type', 'password');
    expect(within(bundle).getByText('上次保存同步文件：从未')).toBeVisible();
    expect(screen.getByRole('link', { name: '同步' })).toHaveAttribute('aria-current', 'page');
  });
});
