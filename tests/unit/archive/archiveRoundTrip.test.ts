import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ENTITY_TABLE_NAMES } from '../../../shared/domain/entityTables';
import {
  checkArchive,
  exportArchive,
  restoreArchive,
} from '../../../renderer/src/dataExchange/archiveTransfer';
import { isImportCancelled } from '../../../renderer/src/db/RecordExchange';
import { createTestArchive, type TestArchive } from '../../support/testArchive';
import { APP, exchangeOf, noSteps, NOW, sampleArchive } from './archiveFixtures';

async function snapshot(archive: TestArchive) {
  const exchange = exchangeOf(archive);
  const tables: Record<string, unknown[]> = {};
  for (const table of ENTITY_TABLE_NAMES) tables[table] = await exchange.page(table, null, 10_000);
  return { tables, blobs: await archive.db.blobs.count(), outbox: await archive.db.outbox.count() };
}

describe('full archive', () => {
  it('exports and restores into an empty archive, and exports again identically', async () => {
    const source = await sampleArchive();
    const first = await exportArchive(exchangeOf(source), APP, noSteps);
    expect(first).toMatchObject({ records: 28, blobs: 2, missingBlobs: 0 });

    const target = await createTestArchive({ now: () => NOW });
    const contents = await checkArchive(first.bytes, noSteps);
    const outcome = await restoreArchive(exchangeOf(target), contents, noSteps);
    expect(outcome.added).toMatchObject({ events: 1, sessions: 6, people: 6, meetings: 4, attachments: 3 });
    expect(outcome.blobsAdded).toBe(2);

    const second = await exportArchive(exchangeOf(target), APP, noSteps);
    const a = unzipSync(first.bytes);
    const b = unzipSync(second.bytes);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect(b[name], name).toEqual(a[name]);
    expect((await snapshot(target)).tables).toEqual((await snapshot(source)).tables);
    // The restored bytes are the attachment's.
    const card = contents.tables.attachments.find((x) => x.fileName === 'card.jpg')!;
    expect(new TextDecoder().decode((await exchangeOf(target).blobBytes(card.sha256))!)).toBe(
      'ព្រែកលៀប business card',
    );
  });

  it('adds only what is missing when restored over records it shares, and a second restore changes nothing', async () => {
    const source = await sampleArchive();
    const { bytes } = await exportArchive(exchangeOf(source), APP, noSteps);
    const contents = await checkArchive(bytes, noSteps);
    const target = await createTestArchive({ now: () => NOW });
    const person = contents.tables.people[0]!;
    await target.repos.people.create({ ...person, title: 'Edited here' });

    const outcome = await restoreArchive(exchangeOf(target), contents, noSteps);
    expect(outcome.kept.people).toBe(1);
    expect(outcome.added.people).toBe(5);
    expect((await target.repos.people.get(person.id))?.title).toBe('Edited here');

    const before = await snapshot(target);
    const again = await restoreArchive(exchangeOf(target), contents, noSteps);
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(await snapshot(target)).toEqual(before);
  });

  it('rolls everything back when the restore is cancelled part way', async () => {
    const source = await sampleArchive();
    const contents = await checkArchive(
      (await exportArchive(exchangeOf(source), APP, noSteps)).bytes,
      noSteps,
    );
    const target = await createTestArchive({ now: () => NOW });
    const before = await snapshot(target);
    const controller = new AbortController();
    const restoring = restoreArchive(exchangeOf(target), contents, {
      signal: controller.signal,
      step: (done) => {
        if (done >= 6) controller.abort();
      },
    });
    const error = await restoring.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isImportCancelled(error)).toBe(true);
    expect(await snapshot(target)).toEqual(before);
  });

  it('reports progress while exporting and can be cancelled', async () => {
    const source = await sampleArchive();
    const seen: number[] = [];
    await exportArchive(exchangeOf(source), APP, { step: (done) => void seen.push(done) });
    expect(seen.length).toBeGreaterThan(5);
    await expect(
      exportArchive(exchangeOf(source), APP, {
        step: () => {
          throw new Error('cancelled');
        },
      }),
    ).rejects.toThrow('cancelled');
  });
});
