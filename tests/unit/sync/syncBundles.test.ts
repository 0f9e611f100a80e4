import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SyncTargetError } from '../../../shared/sync/SyncTransport';
import { createSyncParts } from '../../../renderer/src/db/sync/createSyncParts';
import { SettingsRepository } from '../../../renderer/src/settings/SettingsRepository';
import { SyncBundles } from '../../../renderer/src/sync/SyncBundles';
import { SyncQuestion } from '../../../renderer/src/sync/SyncQuestion';
import { createTestArchive, type TestArchive } from '../../support/testArchive';

async function laptop() {
  const archive = await createTestArchive();
  return {
    ...archive,
    bundles: new SyncBundles(createSyncParts(archive.db, archive.capture, archive.repos)),
  };
}

async function organization(archive: TestArchive, name: string) {
  return archive.repos.organizations.create({
    name,
    nativeName: '',
    country: 'LA',
    kind: 'college',
    website: '',
  });
}

async function names(archive: TestArchive) {
  return (await archive.db.organizations.toArray()).map((row) => row.name).sort();
}

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('sync bundle files', () => {
  it('carries changes since the previous bundle to another laptop, and the next bundle only what is new', async () => {
    const a = await laptop();
    const b = await laptop();
    await new SettingsRepository(a.db).set('deviceName', 'ລາວ laptop');
    await organization(a, 'ວິທະຍາໄລເຕັກນິກ');
    const first = await a.bundles.export({ everything: false });
    expect(first.fileName).toMatch(/^liaison-\d{8}-\d{4}-[0-9a-z]{6}\.liaisonsync$/);
    await first.markSent();
    expect(await b.bundles.import(first.bytes)).toMatchObject({
      received: 1,
      fromDevice: a.capture.deviceId,
    });
    expect(await b.repos.deviceNames.all()).toEqual({ [a.capture.deviceId]: 'ລາວ laptop' });
    await organization(a, 'สถาบันเทคโนโลยี');
    expect(await a.bundles.pendingCount()).toBe(1);
    const second = await a.bundles.export({ everything: false });
    expect(second.records).toBe(1);
    await b.bundles.import(second.bytes);
    expect(await names(b)).toEqual(await names(a));
    expect(await b.bundles.import(second.bytes)).toMatchObject({ received: 0 });
  });

  it('exports the whole archive when asked, including what came from elsewhere', async () => {
    const a = await laptop();
    const b = await laptop();
    const c = await laptop();
    await organization(a, 'From A');
    await b.bundles.import((await a.bundles.export({ everything: false })).bytes);
    await organization(b, 'From B');
    const all = await b.bundles.export({ everything: true });
    expect(all.records).toBe(2);
    await c.bundles.import(all.bytes);
    expect(await names(c)).toEqual(['From A', 'From B']);
  });

  it('does not advance past changes whose bundle was never saved', async () => {
    const a = await laptop();
    await organization(a, 'Unsaved');
    await a.bundles.export({ everything: false });
    expect(await a.bundles.pendingCount()).toBe(1);
  });

  it('needs the passphrase of an encrypted bundle, and keeps its text unreadable in the file', async () => {
    const a = await laptop();
    const b = await laptop();
    await organization(a, 'Secret partner ສະຖາບັນ');
    const bundle = await a.bundles.export({ everything: true, passphrase: 'mekong 2024' });
    expect(Buffer.from(bundle.bytes).includes(Buffer.from('Secret partner'))).toBe(false);
    const none = await rejection(b.bundles.import(bundle.bytes));
    expect(none).toMatchObject({ code: 'wrong-passphrase' });
    const wrong = await rejection(b.bundles.import(bundle.bytes, { passphrase: 'mekong 2025' }));
    expect((wrong as SyncTargetError).message).toMatch(/does not open this archive/);
    expect(await b.db.organizations.count()).toBe(0);
    await b.bundles.import(bundle.bytes, { passphrase: 'mekong 2024' });
    expect(await names(b)).toEqual(['Secret partner ສະຖາບັນ']);
  }, 30_000);

  it('rejects a file that is not a bundle, a damaged part, or a part swapped in from another bundle, changing nothing', async () => {
    const a = await laptop();
    const b = await laptop();
    await organization(b, 'Already here');
    await organization(a, 'First');
    const one = await a.bundles.export({ everything: true });
    await organization(a, 'Second');
    const two = await a.bundles.export({ everything: true });

    const notZip = await rejection(b.bundles.import(new TextEncoder().encode('hello')));
    expect((notZip as Error).message).toMatch(/not a Liaison sync bundle/);

    const entries = unzipSync(one.bytes);
    const part = entries['part-000001']!;
    part[part.length - 40] = part[part.length - 40]! ^ 0xff;
    const damaged = await rejection(b.bundles.import(zipSync(entries, { level: 0 })));
    expect((damaged as Error).message).toMatch(/Part part-000001 of the bundle file was changed or damaged/);

    const swapped = unzipSync(one.bytes);
    swapped['part-000001'] = unzipSync(two.bytes)['part-000001']!;
    const mixed = await rejection(b.bundles.import(zipSync(swapped, { level: 0 })));
    expect(mixed).toBeInstanceOf(SyncTargetError);

    expect(await names(b)).toEqual(['Already here']);
  });

  it('asks before importing a bundle of another archive', async () => {
    const a = await laptop();
    const b = await laptop();
    const c = await laptop();
    await organization(a, 'A');
    await organization(c, 'C');
    await b.bundles.import((await a.bundles.export({ everything: true })).bytes);
    const other = await c.bundles.export({ everything: true });
    const asked = await rejection(b.bundles.import(other.bytes));
    expect(asked).toBeInstanceOf(SyncQuestion);
    expect((asked as SyncQuestion).kind).toBe('other-archive');
    await b.bundles.import(other.bytes, { confirmed: new Set(['other-archive']) });
    expect(await names(b)).toEqual(['A', 'C']);
  });
});
