import { describe, expect, it, vi } from 'vitest';
import { SearchSource, DATA_GENERATION_KEY } from '../../../renderer/src/db/SearchSource';
import { BulkWriter } from '../../../renderer/src/db/BulkWriter';
import { SearchIndexService } from '../../../renderer/src/search/SearchIndexService';
import { buildSampleEvent } from '../../../shared/sample/sampleEvent';
import { createTestArchive } from '../../support/testArchive';

async function sampleArchive() {
  const archive = await createTestArchive();
  await new BulkWriter(archive.db, archive.capture, archive.repos).create(buildSampleEvent());
  const source = new SearchSource(archive.db);
  const service = new SearchIndexService(source);
  await service.open();
  return { ...archive, source, service };
}

const titles = async (archive: Awaited<ReturnType<typeof sampleArchive>>, query: string) => {
  const hits = await archive.service.search(query, 50);
  const names: string[] = [];
  for (const hit of hits) {
    const record = (await archive.repos[hit.table].get(hit.id)) as { title?: string; name?: string };
    names.push(record.title ?? record.name ?? '');
  }
  return names;
};

describe('the search index', () => {
  it('finds a partner by a Lao substring from inside its name', async () => {
    const archive = await sampleArchive();
    expect(await titles(archive, 'ປ່າສັ')).toEqual([
      'Pakpasak Technical College',
      'Bilateral meeting with Pakpasak Technical College',
    ]);
  });

  it('finds a meeting by a Chinese word from its minutes, and Khmer and Thai partners by parts of words', async () => {
    const archive = await sampleArchive();
    expect(await titles(archive, '教师培训')).toEqual([
      'Bilateral meeting with Prek Leap National Institute of Agriculture',
    ]);
    expect(await titles(archive, 'កសិកម្ម')).toContain('Prek Leap National Institute of Agriculture');
    expect(await titles(archive, 'สารคาม')).toEqual([
      'Mahasarakham University',
      'Bilateral meeting with Mahasarakham University',
    ]);
  });

  it('matches Latin words by prefix, ignoring case and accents, with every word required', async () => {
    const archive = await sampleArchive();
    expect((await titles(archive, 'MAHĀSĀR')).sort()).toEqual([
      'Bilateral meeting with Mahasarakham University',
      'Mahasarakham University',
    ]);
    expect(await titles(archive, 'pakpa college')).toEqual([
      'Pakpasak Technical College',
      'Bilateral meeting with Pakpasak Technical College',
    ]);
    expect(await titles(archive, 'pakpa university')).toEqual([]);
  });

  it('ranks name matches before matches in the text', async () => {
    const archive = await sampleArchive();
    const found = await titles(archive, 'prek leap');
    expect(found[0]).toBe('Prek Leap National Institute of Agriculture');
    expect(found.length).toBeGreaterThan(1);
  });

  it('stays consistent after edits, notes and deletes', async () => {
    const archive = await sampleArchive();
    const [meeting] = await archive.repos.meetings.forOrganization(
      (await archive.repos.organizations.startingWith('mahasarakham'))[0]!.id,
    );
    await archive.repos.meetings.update(meeting!.id, { minutes: 'Aquaponics demonstration farm agreed.' });
    await archive.repos.notes.create({
      meetingId: meeting!.id,
      authorId: meeting!.participantIds[0]!,
      text: 'Bring the hydroponics brochure',
    });
    await archive.service.catchUp();
    expect(await titles(archive, 'aquapon')).toEqual([meeting!.title]);
    expect(await titles(archive, 'hydropon')).toEqual([meeting!.title]);
    expect(await titles(archive, 'workshop professional')).toEqual([]);

    await archive.repos.meetings.delete(meeting!.id);
    await archive.service.catchUp();
    expect(await titles(archive, 'aquapon')).toEqual([]);
    expect(await titles(archive, 'hydropon')).toEqual([]);
  });

  it('is saved and loaded on restart instead of rebuilt, catching up on changes made meanwhile', async () => {
    const archive = await sampleArchive();
    const org = (await archive.repos.organizations.startingWith('pakpasak'))[0]!;
    await archive.repos.organizations.update(org.id, { name: 'Pakpasak Polytechnic' });

    const restarted = new SearchIndexService(archive.source);
    const build = vi.spyOn(restarted, 'build');
    expect(await restarted.open()).toBe('loaded');
    expect(build).not.toHaveBeenCalled();
    expect((await restarted.search('polytech', 10)).map((h) => h.table)).toEqual([
      'organizations',
      'meetings',
    ]);
    expect((await restarted.search('polytech', 10))[0]!.id).toBe(org.id);
  });

  it('rebuilds when the data generation changed (records written without the outbox)', async () => {
    const archive = await sampleArchive();
    await archive.db.meta.put({ key: DATA_GENERATION_KEY, value: 1 });
    const restarted = new SearchIndexService(archive.source);
    expect(await restarted.open()).toBe('built');
    expect(restarted.documentCount).toBe(await archive.service.documentCount);
  });

  it('reports progress while building and can be cancelled', async () => {
    const archive = await sampleArchive();
    const progress: number[] = [];
    await archive.service.build((done) => progress.push(done));
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(4 + 6 + 4 + 1);
    const controller = new AbortController();
    controller.abort();
    await expect(archive.service.build(undefined, controller.signal)).rejects.toThrow();
  });
});

describe('meetings in the search index', () => {
  it('are found by their counterpart’s name in its own script, and follow a rename of the counterpart', async () => {
    const archive = await sampleArchive();
    expect(await titles(archive, 'ປາກປ່າ')).toEqual([
      'Pakpasak Technical College',
      'Bilateral meeting with Pakpasak Technical College',
    ]);
    const [org] = await archive.repos.organizations.startingWith('pakpasak');
    await archive.repos.organizations.update(org!.id, { nativeName: 'ວິທະຍາໄລສາລະວັນ' });
    await archive.service.catchUp();
    expect(await titles(archive, 'ສາລະວັນ')).toEqual([
      'Pakpasak Technical College',
      'Bilateral meeting with Pakpasak Technical College',
    ]);
    expect(await titles(archive, 'ປາກປ່າ')).toEqual([]);
  });
});
