/** Saves an export through the platform and says what happened, in the UI language. */
import type { TFunction } from 'i18next';
import type { Platform } from '../platform/Platform';
import type { JobState } from './useJob';

export async function saveExport(
  platform: Platform,
  t: TFunction,
  file: {
    suggestedName: string;
    mimeType: string;
    data: string | Uint8Array<ArrayBuffer>;
    extension: string;
  },
  savedMessage?: (name: string) => string,
): Promise<JobState> {
  const outcome = await platform.saveFile({
    suggestedName: file.suggestedName,
    mimeType: file.mimeType,
    data: file.data,
    filters: [{ name: file.extension.toUpperCase(), extensions: [file.extension] }],
  });
  if (outcome.status === 'canceled') return { state: 'cancelled', message: t('exchange.job.saveCanceled') };
  const name = outcome.location.split(/[\\/]/).pop() ?? outcome.location;
  return { state: 'done', message: savedMessage ? savedMessage(name) : t('exchange.job.saved', { name }) };
}

export function failure(t: TFunction, error: unknown): JobState {
  return {
    state: 'failed',
    message: t('exchange.job.failed', { message: error instanceof Error ? error.message : String(error) }),
  };
}

/** `liaison-people-2025-03-31.csv`: the kind of export and the day it was made. */
export function exportName(kind: string, extension: string, now: number): string {
  return `liaison-${kind}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}
