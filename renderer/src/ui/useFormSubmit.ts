/**
 * Runs a form's save. A ValidationError becomes the per-field messages shown beside the fields; any other
 * failure (a full disk, a closed database) becomes `failure`, for the form to show, instead of an
 * unhandled rejection the user never sees. Everything typed stays in the form either way.
 */
import { useState, type Dispatch, type SetStateAction } from 'react';
import { ValidationError } from '../../../shared/domain/validation';

export interface FormSubmit {
  errors: Record<string, string>;
  setErrors: Dispatch<SetStateAction<Record<string, string>>>;
  failure: string | null;
  busy: boolean;
  /** Saves with `save`; `fieldOf` renames a schema field to the form's own (startsAt → start). */
  run: (save: () => Promise<void>, fieldOf?: (field: string) => string) => Promise<void>;
}

export function useFormSubmit(): FormSubmit {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run: FormSubmit['run'] = async (save, fieldOf = (field) => field) => {
    setBusy(true);
    setFailure(null);
    try {
      await save();
    } catch (error) {
      if (error instanceof ValidationError) {
        const byField: Record<string, string> = {};
        for (const [field, message] of Object.entries(error.byField())) byField[fieldOf(field)] = message;
        setErrors(byField);
      } else {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return { errors, setErrors, failure, busy, run };
}
