/** Wires every repository to one database and one change capture. */
import type { ChangeCapture } from '../ChangeCapture';
import type { LiaisonDatabase } from '../LiaisonDatabase';
import { ActionItemRepository } from './ActionItemRepository';
import { AgreementRepository } from './AgreementRepository';
import { AttachmentRepository } from './AttachmentRepository';
import { ConflictRepository } from './ConflictRepository';
import { DeviceNameRepository } from './DeviceNameRepository';
import { EventRepository } from './EventRepository';
import { MeetingRepository } from './MeetingRepository';
import { NoteRepository } from './NoteRepository';
import { OrganizationRepository } from './OrganizationRepository';
import { PersonRepository } from './PersonRepository';
import { SessionRepository } from './SessionRepository';

export function createRepositories(db: LiaisonDatabase, capture: ChangeCapture) {
  const ctx = { db, capture };
  const people = new PersonRepository(ctx);
  const meetings = new MeetingRepository(ctx);
  const notes = new NoteRepository(ctx);
  const agreements = new AgreementRepository(ctx);
  return {
    events: new EventRepository(ctx),
    sessions: new SessionRepository(ctx),
    organizations: new OrganizationRepository(ctx),
    people,
    meetings,
    notes,
    actionItems: new ActionItemRepository(ctx),
    agreements,
    attachments: new AttachmentRepository(ctx),
    // Resolving a conflict writes the record's text through that record's own repository.
    conflicts: new ConflictRepository(ctx, { people, meetings, notes, agreements }),
    deviceNames: new DeviceNameRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
