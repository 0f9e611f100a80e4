/**
 * A labelled file input that reads the chosen file's bytes, refusing files over `maxBytes` before reading
 * them. The input is cleared after each choice, so choosing the same file again reads it again.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../lib/formatBytes';

export interface ChosenFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

interface FileInputProps {
  label: string;
  accept: string;
  maxBytes: number;
  disabled?: boolean;
  onFile: (file: ChosenFile) => void;
  onError: (message: string) => void;
}

export function FileInput({ label, accept, maxBytes, disabled, onFile, onError }: FileInputProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (!file) return;
          if (file.size > maxBytes) {
            onError(
              t('exchange.job.tooLarge', { name: file.name, limit: formatBytes(maxBytes, i18n.language) }),
            );
            return;
          }
          file.arrayBuffer().then(
            (buffer) => onFile({ name: file.name, bytes: new Uint8Array(buffer) }),
            (error: unknown) =>
              onError(
                t('exchange.job.readFailed', {
                  name: file.name,
                  message: error instanceof Error ? error.message : String(error),
                }),
              ),
          );
        }}
      />
    </div>
  );
}

export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
