/**
 * Autosave for editors: typing updates a local draft at once and reaches IndexedDB within `delay` ms
 * (strict durability), so killing the app loses at most the last moment of typing. A field that fails
 * validation keeps the typed text in the draft, shows its error, and does not block the other fields from
 * saving. Changes arriving from elsewhere (another tab, a sync) update fields the user is not editing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ValidationError } from '../../../shared/domain/validation';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosavedDraft<T> {
  draft: T;
  setField: <K extends keyof T>(field: K, value: T[K]) => void;
  errors: Partial<Record<keyof T & string, string>>;
  state: SaveState;
  failure: string | null;
  /** Saves pending changes now (before navigating away, say). */
  flush: () => Promise<void>;
}

export function useAutosavedDraft<T extends { id: string }>(
  stored: T,
  save: (patch: Partial<T>) => Promise<unknown>,
  delay = 400,
): AutosavedDraft<T> {
  const [draft, setDraft] = useState(stored);
  const [errors, setErrors] = useState<Partial<Record<keyof T & string, string>>>({});
  const [state, setState] = useState<SaveState>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const draftRef = useRef(draft);
  const dirty = useRef(new Set<keyof T & string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Take in changes made elsewhere, except to fields with unsaved typing. Names are stored trimmed, so a
  // saved value that differs from the typed one only by surrounding spaces keeps the typed one: the space
  // just typed between two words must not vanish.
  useEffect(() => {
    const next = { ...stored } as Record<string, unknown>;
    const typed = draftRef.current as Record<string, unknown>;
    for (const [field, value] of Object.entries(next)) {
      const mine = typed[field];
      if (typeof mine === 'string' && typeof value === 'string' && mine !== value && mine.trim() === value) {
        next[field] = mine;
      }
    }
    for (const field of dirty.current) next[field] = typed[field];
    draftRef.current = next as T;
    // Copying an external store (IndexedDB, through a live query) into local draft state is this effect's
    // whole purpose; deriving the draft in render would need the dirty set, which lives in a ref.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(next as T);
  }, [stored]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (saving.current) await saving.current;
    const fields = [...dirty.current];
    if (fields.length === 0) return;
    const run = async () => {
      setState('saving');
      const fieldErrors: Partial<Record<keyof T & string, string>> = {};
      const saved = (patch: Partial<T>) => {
        for (const field of Object.keys(patch) as Array<keyof T & string>) {
          if (Object.is(draftRef.current[field], patch[field])) dirty.current.delete(field);
        }
      };
      // Saves `patch`; returns false when it is invalid, recording why.
      const attempt = async (patch: Partial<T>): Promise<boolean> => {
        try {
          await saveRef.current(patch);
          saved(patch);
          return true;
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          Object.assign(fieldErrors, error.byField());
          return false;
        }
      };
      const patch = Object.fromEntries(fields.map((f) => [f, draftRef.current[f]])) as Partial<T>;
      try {
        if (!(await attempt(patch))) {
          // Save what is valid, field by field, so one bad field (or a start moved past the end, which is
          // reported on the other field) never holds back the text typed elsewhere.
          for (const field of fields) await attempt({ [field]: patch[field] } as Partial<T>);
        }
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
        setState('error');
        return;
      }
      setErrors(fieldErrors);
      setFailure(null);
      setState(Object.keys(fieldErrors).length > 0 ? 'error' : 'saved');
    };
    saving.current = run().finally(() => {
      saving.current = null;
    });
    await saving.current;
  }, []);

  const setField = useCallback(
    <K extends keyof T>(field: K, value: T[K]) => {
      draftRef.current = { ...draftRef.current, [field]: value };
      setDraft(draftRef.current);
      dirty.current.add(field as keyof T & string);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  // Leaving the page or hiding the window saves at once.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { draft, setField, errors, state, failure, flush };
}
