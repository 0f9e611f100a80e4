/** Wires every repository to one database and one change capture. */
import type { ChangeCapture } from '../ChangeCapture';
import type { LiaisonDatabase } from '../LiaisonDatabase';
import { ActionItemRepository } from './ActionItemRepository';
import { AgreementRepository } from './AgreementRepository';
import { AttachmentRepository } from './AttachmentRepository';
import { EventRepository } from './EventRepository';
import { MeetingRepository } from './MeetingRepository';
import { NoteRepository } from './NoteRepository';
import { OrganizationRepository } from './OrganizationRepository';
import { PersonRepository } from './PersonRepository';
import { SessionRepository } from './SessionRepository';

export function createRepositories(db: LiaisonDatabase, capture: ChangeCapture) {
  const ctx = { db, capture };
  return {
    events: new EventRepository(ctx),
    sessions: new SessionRepository(ctx),
    organizations: new OrganizationRepository(ctx),
    people: new PersonRepository(ctx),
    meetings: new MeetingRepository(ctx),
    notes: new NoteRepository(ctx),
    actionItems: new ActionItemRepository(ctx),
    agreements: new AgreementRepository(ctx),
    attachments: new AttachmentRepository(ctx),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
