/**
 * The synced tables of the archive and their schemas, in one registry that repositories, sync, import and
 * export all read. `longText` lists the fields whose losing side is kept as a conflict on merge instead of
 * being overwritten.
 */
import type { z } from 'zod';
import {
  ActionItem,
  Agreement,
  Attachment,
  Event,
  Meeting,
  Note,
  Organization,
  Person,
  Session,
} from './entities';

export const ENTITY_TABLES = {
  events: { schema: Event, longText: [] },
  sessions: { schema: Session, longText: [] },
  organizations: { schema: Organization, longText: [] },
  people: { schema: Person, longText: ['notes'] },
  meetings: { schema: Meeting, longText: ['agenda', 'minutes', 'outcomes'] },
  notes: { schema: Note, longText: ['text'] },
  actionItems: { schema: ActionItem, longText: [] },
  agreements: { schema: Agreement, longText: ['scope'] },
  attachments: { schema: Attachment, longText: [] },
} as const satisfies Record<string, { schema: z.ZodType<{ id: string }>; longText: readonly string[] }>;

export type EntityTableName = keyof typeof ENTITY_TABLES;
export type EntityOf<T extends EntityTableName> = z.infer<(typeof ENTITY_TABLES)[T]['schema']>;
export const ENTITY_TABLE_NAMES = Object.keys(ENTITY_TABLES) as EntityTableName[];

export function isEntityTableName(name: unknown): name is EntityTableName {
  return typeof name === 'string' && Object.hasOwn(ENTITY_TABLES, name);
}
