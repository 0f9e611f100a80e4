/**
 * Each representative's own notes on a meeting. The representative using this laptop edits only their
 * own note, which is created on their first keystroke and autosaved; everyone else's are read-only here
 * (they arrive by sync, and their authors edit them on their own laptops).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/domain/entities';
import { useRepos, useSettings } from '../app/AppServices';
import { AutosaveStatus } from '../ui/AutosaveStatus';
import { TextArea } from '../ui/Field';
import { namesById } from '../ui/recordsById';
import { useAutosavedDraft } from '../ui/useAutosavedDraft';

const AUTOSAVE_DELAY = 400;

export function NotesSection({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const selfId = useSettings((s) => s.selfPersonId);
  const loaded = useLiveQuery(async () => {
    const notes = await repos.notes.forMeeting(meetingId);
    return {
      notes,
      names: await namesById(
        repos.people,
        notes.map((n) => n.authorId),
      ),
    };
  }, [repos, meetingId]);

  const mine = loaded?.notes.find((n) => n.authorId === selfId) ?? null;
  const others = loaded?.notes.filter((n) => n.authorId !== selfId) ?? [];

  return (
    <section className="panel meeting-notes" aria-labelledby="meeting-notes-title">
      <h2 id="meeting-notes-title">{t('meetings.notes.title')}</h2>
      <p className="muted">{t('meetings.notes.intro')}</p>
      {loaded && selfId && <MyNoteEditor meetingId={meetingId} authorId={selfId} note={mine} />}
      {loaded && others.length === 0 && <p className="muted">{t('meetings.notes.noOthers')}</p>}
      {others.map((note) => {
        const name = loaded?.names.get(note.authorId) ?? t('common.unknown');
        return (
          <article key={note.id} className="note" aria-labelledby={`note-${note.id}`}>
            <h3 id={`note-${note.id}`} dir="auto">
              {t('meetings.notes.by', { name })}
            </h3>
            {note.text ? (
              <p className="note-text" dir="auto">
                {note.text}
              </p>
            ) : (
              <p className="muted">{t('meetings.notes.emptyText')}</p>
            )}
          </article>
        );
      })}
    </section>
  );
}

interface NoteDraft {
  id: string;
  text: string;
}

function MyNoteEditor({
  meetingId,
  authorId,
  note,
}: {
  meetingId: string;
  authorId: string;
  note: Note | null;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const noteId = note?.id ?? null;
  const noteText = note?.text ?? '';
  // A new object on every render would look like a change from elsewhere and reset the draft.
  const stored = useMemo<NoteDraft>(() => ({ id: noteId ?? '', text: noteText }), [noteId, noteText]);
  // The note being created by the first save; later saves wait for it instead of creating a second one.
  const creating = useRef<Promise<string> | null>(null);

  const save = useCallback(
    async (patch: Partial<NoteDraft>) => {
      const text = patch.text ?? '';
      if (noteId) {
        await repos.notes.update(noteId, { text });
        return;
      }
      if (!creating.current) {
        creating.current = repos.notes.create({ meetingId, authorId, text }).then(
          (created) => created.id,
          (error: unknown) => {
            creating.current = null;
            throw error;
          },
        );
        await creating.current;
        return;
      }
      await repos.notes.update(await creating.current, { text });
    },
    [repos, meetingId, authorId, noteId],
  );
  const { draft, setField, errors, state, failure } = useAutosavedDraft(stored, save, AUTOSAVE_DELAY);

  return (
    <div className="my-note">
      <TextArea
        label={t('meetings.notes.mine')}
        value={draft.text}
        error={errors.text}
        rows={6}
        onChange={(e) => setField('text', e.target.value)}
      />
      <AutosaveStatus
        state={state}
        failure={failure}
        invalidText={t('meetings.saveErrors')}
        testId="note-save-state"
      />
    </div>
  );
}
