/**
 * Which stored fields encryption at rest seals: the long texts (minutes, outcomes, agenda, notes, a
 * person's notes, agreement scope) and the text of conflicts. Everything an index or a list needs stays
 * in clear; docs/encryption-at-rest.md lists those fields and why.
 */
import { ENTITY_TABLES, type EntityTableName } from '../../../shared/domain/entityTables';

export const ENCRYPTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    (Object.keys(ENTITY_TABLES) as EntityTableName[])
      .filter((name) => ENTITY_TABLES[name].longText.length > 0)
      .map((name) => [name, ENTITY_TABLES[name].longText]),
  ),
  conflicts: ['text'],
};

/** Tables whose whole `value` is left out of the disk while encryption is on (rebuilt after unlock). */
export const UNPERSISTED_WHILE_ENCRYPTED: ReadonlySet<string> = new Set(['searchIndex']);

export function encryptedFieldsOf(table: string): readonly string[] {
  return Object.hasOwn(ENCRYPTED_FIELDS, table) ? (ENCRYPTED_FIELDS[table] ?? []) : [];
}
