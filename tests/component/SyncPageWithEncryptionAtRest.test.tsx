import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SyncTargetInfo } from '../../shared/ipc/contract';
import { BundleReader } from '../../shared/sync/syncBundle';
import { HEADER_FILE } from '../../shared/sync/syncPaths';
import { KeyStore } from '../../renderer/src/db/KeyStore';
import { createSyncParts } from '../../renderer/src/db/sync/createSyncParts';
import type { SyncTargetsApi } from '../../renderer/src/platform/Platform';
import { SyncEngine } from '../../renderer/src/sync/SyncEngine';
import { syncJobsFor } from '../../renderer/src/sync/syncJobs';
import { MemoryTransport } from '../support/memoryTransport';
import { FAST_KDF } from '../unit/encryption/encryptedArchive';
import { fakePlatform, renderApp, type RenderAppOptions } from './renderApp';

const USB: SyncTargetInfo = { id: 'usb1', kind: 'folder', label: 'USB stick', path: '/media/li/USB/liaison' };

function targetsOn(transport: MemoryTransport): SyncTargetsApi {
  return {
    list: vi.fn(() => Promise.resolve([USB])),
    addFolder: vi.fn(() => Promise.resolve({ canceled: true as const })),
    addWebdav: vi.fn(() => Promise.reject(new Error('not used here'))),
    remove: vi.fn(() => Promise.resolve()),
    test: vi.fn(() => Promise.resolve({ ok: true as const })),
    transport: () => transport,
  };
}

/** The Sync page of an app whose archive has encryption at rest turned on. */
async function openSyncEncrypted(options: RenderAppOptions = {}) {
  const app = await renderApp(options);
  await app.repos.organizations.create({
    name: 'Pakpasak Technical College',
    nativeName: 'ວິທະຍາໄລເຕັກນິກປາກປາສັກ',
    country: 'LA',
    kind: 'college',
    website: '',
  });
  await act(() => new KeyStore(app.db, app.db.encryption, FAST_KDF).enable('violet tractor harbour'));
  act(() => void (location.hash = '#/sync'));
  const name = options.settings?.language === 'zh-CN' ? '同步' : 'Sync';
  await screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
  return app;
}

const bundleRegion = () => screen.getByRole('region', { name: 'Bundle file' });

describe('the Sync page while encryption at rest is on', { timeout: 30_000 }, () => {
  it('requires a passphrase for a bundle, says why, and saves the bundle encrypted', async () => {
    const saveFile = vi.fn(() =>
      Promise.resolve({ status: 'saved' as const, location: '/home/li/b.liaisonsync' }),
    );
    await openSyncEncrypted({ platform: fakePlatform({ saveFile }) });
    const bundle = bundleRegion();
    const field = within(bundle).getByLabelText('Encrypt with a passphrase (required)');
    expect(field).toBeRequired();
    expect(field).toHaveAccessibleDescription(/Encryption at rest is on, so bundles are encrypted too/);
    const exportChanges = within(bundle).getByRole('button', { name: 'Export changes since last bundle' });
    expect(exportChanges).toBeDisabled();
    expect(exportChanges).toHaveAccessibleDescription(/bundles are encrypted too/);
    expect(within(bundle).getByRole('button', { name: 'Export everything' })).toBeDisabled();

    await userEvent.type(field, 'mekong delta 2024');
    await userEvent.click(exportChanges);
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent(/Saved b\.liaisonsync/), {
      timeout: 10_000,
    });
    const bytes = (saveFile.mock.calls[0] as unknown as [{ data: Uint8Array }])[0].data;
    expect(new BundleReader(bytes).header.encryption).not.toBeNull();
  });

  it('encrypts a new target with the sync passphrase, which it requires instead of offering', async () => {
    const transport = new MemoryTransport();
    await openSyncEncrypted({ platform: fakePlatform({ syncTargets: targetsOn(transport) }) });
    const usb = await screen.findByRole('region', { name: 'USB stick' });
    const field = await within(usb).findByLabelText('Sync passphrase (required)');
    expect(field).toHaveAccessibleDescription(/this target is encrypted with the sync passphrase/);
    expect(within(usb).queryByRole('checkbox')).toBeNull();
    const syncNow = within(usb).getByRole('button', { name: 'Sync now' });
    expect(syncNow).toBeDisabled();

    await userEvent.type(field, 'mekong delta 2024');
    await userEvent.click(syncNow);
    await waitFor(
      () => expect(screen.getByTestId('sync-status')).toHaveTextContent('Synced with “USB stick”.'),
      {
        timeout: 10_000,
      },
    );
    const header = JSON.parse(new TextDecoder().decode(transport.files.get(HEADER_FILE)));
    expect(header.encryption).not.toBeNull();
  });

  it('refuses a target set up in clear before encryption was turned on, asks for a sync passphrase, and writes nothing', async () => {
    const transport = new MemoryTransport();
    const app = await renderApp({ platform: fakePlatform({ syncTargets: targetsOn(transport) }) });
    // Synced in clear by a Liaison that did not yet note whether a target is encrypted.
    const parts = createSyncParts(app.db, app.capture, app.repos);
    await new SyncEngine(parts).sync({ key: 'target:usb1', transport });
    const { encrypted: _unknown, ...olderState } = (await parts.state.target('target:usb1'))!;
    await parts.state.saveTarget('target:usb1', olderState);
    await act(() => new KeyStore(app.db, app.db.encryption, FAST_KDF).enable('violet tractor harbour'));
    await app.repos.organizations.create({
      name: 'Prek Leap National Institute of Agriculture',
      nativeName: '',
      country: 'KH',
      kind: 'college',
      website: '',
    });
    const writes = transport.writes;
    act(() => void (location.hash = '#/sync'));
    const usb = await screen.findByRole('region', { name: 'USB stick' }, { timeout: 5000 });

    await userEvent.click(within(usb).getByRole('button', { name: 'Sync now' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(
      '“USB stick” is not encrypted, so Liaison does not sync with it. Set a sync passphrase on a new, empty folder or server and sync there instead. Nothing was written.',
    );
    expect(alert).toHaveTextContent(
      /Encryption at rest is on, so this archive leaves this laptop only end-to-end encrypted/,
    );
    expect(transport.writes).toBe(writes);
    // Now that the page knows the target is in clear, it says so and offers no Sync now.
    await waitFor(() => expect(within(usb).getByRole('button', { name: 'Sync now' })).toBeDisabled());
    expect(within(usb).getByRole('button', { name: 'Sync now' })).toHaveAccessibleDescription(
      /This target is not encrypted/,
    );
  });

  it('starts no sync while encryption at rest is being turned off, says why, and syncs once it finished', async () => {
    const transport = new MemoryTransport();
    const app = await openSyncEncrypted({ platform: fakePlatform({ syncTargets: targetsOn(transport) }) });
    const usb = await screen.findByRole('region', { name: 'USB stick' });
    await userEvent.type(
      await within(usb).findByLabelText('Sync passphrase (required)'),
      'mekong delta 2024',
    );
    await userEvent.type(
      within(bundleRegion()).getByLabelText(/Encrypt with a passphrase/),
      'mekong delta 2024',
    );
    const syncNow = within(usb).getByRole('button', { name: 'Sync now' });
    expect(syncNow).toBeEnabled();

    // Settings → Security turns it off through the same store (tested there); here it is held open.
    const jobs = syncJobsFor(app.sync);
    let finish = () => undefined as void;
    let turningOff: Promise<void> = Promise.resolve();
    act(() => {
      turningOff = jobs.getState().withoutSync('decrypt', () => new Promise<void>((done) => (finish = done)));
    });
    expect(
      screen.getByText('Encryption at rest is being turned off. Sync when it has finished.'),
    ).toBeInTheDocument();
    expect(syncNow).toBeDisabled();
    for (const name of ['Export changes since last bundle', 'Export everything'])
      expect(within(bundleRegion()).getByRole('button', { name })).toBeDisabled();
    // A job asked for regardless does not start, and the page says so.
    await act(() =>
      jobs
        .getState()
        .run(
          { type: 'sync', key: 'target:usb1', targetId: 'usb1', confirmed: [] },
          { target: 'USB stick', finish: () => Promise.reject(new Error('not started')) },
        ),
    );
    expect(screen.getByTestId('sync-status')).toHaveTextContent(
      'The sync did not start: encryption at rest is being turned on or off. Nothing was changed. Sync again when it has finished.',
    );
    expect(transport.writes).toBe(0);

    await act(async () => {
      finish();
      await turningOff;
    });
    expect(screen.queryByText(/is being turned off/)).not.toBeInTheDocument();
    await userEvent.click(syncNow);
    await waitFor(
      () => expect(screen.getByTestId('sync-status')).toHaveTextContent('Synced with “USB stick”.'),
      { timeout: 10_000 },
    );
  });

  it('explains in Chinese why a bundle needs a passphrase', async () => {
    await openSyncEncrypted({ settings: { language: 'zh-CN' } });
    const bundle = screen.getByRole('region', { name: '同步文件' });
    expect(within(bundle).getByLabelText('用口令加密（必填）')).toHaveAccessibleDescription(
      /静态加密已开启，因此同步文件也会加密/,
    );
  });
});
