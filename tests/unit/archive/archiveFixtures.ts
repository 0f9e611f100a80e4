/**
 * Archives for the archive tests: a real export of the sample event with attachments, its files to
 * tamper with, and surgery on a zip's bytes for the attacks a zip library would refuse to write.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { BulkWriter } from '../../../renderer/src/db/BulkWriter';
import { RecordExchange } from '../../../renderer/src/db/RecordExchange';
import { exportArchive } from '../../../renderer/src/dataExchange/archiveTransfer';
import { buildSampleEvent } from '../../../shared/sample/sampleEvent';
import { createTestArchive, type TestArchive } from '../../support/testArchive';

export const NOW = Date.UTC(2025, 2, 31, 12);
export const APP = { name: 'Liaison', version: '0.1.0-test', now: NOW };

export const noSteps = { step: () => undefined };

export function exchangeOf(archive: TestArchive): RecordExchange {
  return new RecordExchange(archive.db, archive.capture, archive.repos);
}

/** The sample event plus two attachments (one shared by two records, so blobs are deduplicated). */
export async function sampleArchive(): Promise<TestArchive> {
  const archive = await createTestArchive({ now: () => NOW });
  const records = buildSampleEvent();
  await new BulkWriter(archive.db, archive.capture, archive.repos).create(records);
  const meeting = records.find((r) => r.table === 'meetings')!.entity.id;
  const person = records.find((r) => r.table === 'people')!.entity.id;
  const scan = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2, 3, 250])], 'MoA signed.pdf', {
    type: 'application/pdf',
  });
  const card = new File([strToU8('ព្រែកលៀប business card')], 'card.jpg', { type: 'image/jpeg' });
  await archive.repos.attachments.addFile({ type: 'meeting', id: meeting }, scan);
  await archive.repos.attachments.addFile({ type: 'person', id: person }, card);
  await archive.repos.attachments.addFile({ type: 'person', id: person }, scan);
  return archive;
}

export async function sampleArchiveFiles(): Promise<Record<string, Uint8Array>> {
  const archive = await sampleArchive();
  const { bytes } = await exportArchive(exchangeOf(archive), APP, noSteps);
  return unzipSync(bytes);
}

export function zip(files: Record<string, Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  return zipSync(files as Zippable, { level });
}

export function json(value: unknown): Uint8Array {
  return strToU8(JSON.stringify(value));
}

export function parse<T = Record<string, unknown>>(bytes: Uint8Array | undefined): T {
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/** Offsets of the central-directory record and the local header of an entry. */
function locate(bytes: Uint8Array, name: string): { central: number; local: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  const count = view.getUint16(end + 10, true);
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const entryName = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) return { central: at, local: view.getUint32(at + 42, true) };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name}`);
}

/** Changes a zip entry's header fields in place (central directory, and local header where it has them). */
export function patchEntry(
  bytes: Uint8Array,
  name: string,
  patch: {
    madeBy?: number;
    externalAttributes?: number;
    flags?: number;
    method?: number;
    size?: number;
    rename?: string;
  },
): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const { central, local } = locate(out, name);
  if (patch.madeBy !== undefined) view.setUint16(central + 4, patch.madeBy, true);
  if (patch.externalAttributes !== undefined) view.setUint32(central + 38, patch.externalAttributes, true);
  if (patch.flags !== undefined) {
    view.setUint16(central + 8, patch.flags, true);
    view.setUint16(local + 6, patch.flags, true);
  }
  if (patch.method !== undefined) {
    view.setUint16(central + 10, patch.method, true);
    view.setUint16(local + 8, patch.method, true);
  }
  if (patch.size !== undefined) {
    view.setUint32(central + 24, patch.size, true);
    view.setUint32(local + 22, patch.size, true);
  }
  if (patch.rename !== undefined) {
    const renamed = new TextEncoder().encode(patch.rename);
    if (renamed.length !== new TextEncoder().encode(name).length) throw new Error('rename keeps the length');
    out.set(renamed, central + 46);
    out.set(renamed, local + 30);
  }
  return out;
}

/** Flips one byte of an entry's stored data (its checksum no longer matches). */
export function corruptData(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const { local } = locate(out, name);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  out[start] = out[start]! ^ 0xff;
  return out;
}
