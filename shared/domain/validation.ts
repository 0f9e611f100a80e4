/**
 * Turns zod failures into per-field messages (i18n keys) that forms show beside the field.
 */
import type { z } from 'zod';

export interface FieldIssue {
  /** The field the issue belongs to, e.g. `endsAt` or `counterpartOrgIds`. */
  field: string;
  /** An i18n key such as `validation.endBeforeStart`, or zod's own text for unexpected issues. */
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'ValidationError';
  }

  /** The first issue of each field. */
  byField(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.issues) out[issue.field] ??= issue.message;
    return out;
  }
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? String(issue.path[0]) : '',
    message: issue.message.startsWith('validation.') ? issue.message : issue.message,
  }));
}

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(toFieldIssues(result.error));
  return result.data;
}
