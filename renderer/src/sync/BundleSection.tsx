/**
 * The bundle file: the target that needs no network, and the only one in web mode. An exported bundle
 * only counts as sent once it is saved (the next bundle starts after it); an import that needs a
 * passphrase keeps the chosen file so that only the passphrase has to be given.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARCHIVE_LIMITS } from '../../../shared/formats/archive/archiveLimits';
import { BUNDLE_EXTENSION } from '../../../shared/sync/syncBundle';
import { useServices } from '../app/AppServices';
import { FileInput, type ChosenFile } from '../dataExchange/FileInput';
import { saveExport } from '../dataExchange/saveExport';
import { useEncryptionMode } from '../security/useEncryptionMode';
import type { SyncStatus } from './syncProtocol';
import { useSyncJobs, type SyncOutcome } from './syncJobs';
import { useSyncFormat } from './useSyncFormat';

export function BundleSection({ status }: { status: SyncStatus['bundle'] | undefined }) {
  const { t } = useTranslation();
  const services = useServices();
  const format = useSyncFormat();
  // No job starts while encryption at rest is being turned on or off; the job panel says why.
  const busy = useSyncJobs((s) => s.running !== null || s.question !== null || s.encryptionChange !== null);
  const run = useSyncJobs((s) => s.run);
  const report = useSyncJobs((s) => s.report);
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [importPassphrase, setImportPassphrase] = useState('');
  // With encryption at rest on, a bundle leaves the laptop only encrypted (the export refuses too).
  const required = useEncryptionMode(services.db) !== 'off';
  const missingPassphrase = required && passphrase === '';
  const passphraseId = useId();
  const importPassphraseId = useId();

  const exportBundle = (everything: boolean) =>
    void run(
      { type: 'export-bundle', everything, ...(passphrase ? { passphrase } : {}) },
      {
        target: null,
        finish: async (result, jobId) => {
          if (result.type !== 'export-bundle') throw new Error(`Unexpected ${result.type} result`);
          const saved = await saveExport(
            services.platform,
            t,
            {
              suggestedName: result.fileName,
              mimeType: 'application/octet-stream',
              data: arrayBufferBacked(result.bytes),
              extension: BUNDLE_EXTENSION.slice(1),
            },
            (name) => name,
          );
          if (saved.state !== 'done') return { kind: 'not-saved' };
          // Only now: a bundle that was never saved must not make the next one skip its changes.
          services.sync.bundleSaved(jobId);
          return { kind: 'exported', name: saved.message, records: result.records };
        },
      },
    );

  const importBundle = (chosen: ChosenFile, withPassphrase: string) =>
    void run(
      {
        type: 'import-bundle',
        bytes: chosen.bytes,
        ...(withPassphrase ? { passphrase: withPassphrase } : {}),
        confirmed: [],
      },
      {
        target: null,
        finish: (result) => {
          if (result.type !== 'import-bundle') throw new Error(`Unexpected ${result.type} result`);
          return Promise.resolve({ kind: 'imported', report: result.report });
        },
        onSettled: (outcome: SyncOutcome) => {
          if (outcome.kind === 'failed' && outcome.code === 'wrong-passphrase') {
            setNeedsPassphrase(true);
            return;
          }
          if (outcome.kind === 'imported' || outcome.kind === 'declined') forgetFile();
        },
      },
    );

  const forgetFile = () => {
    setFile(null);
    setNeedsPassphrase(false);
    setImportPassphrase('');
  };

  return (
    <section className="panel sync-section" aria-labelledby="sync-bundle-title">
      <h2 id="sync-bundle-title">{t('sync.bundle.title')}</h2>
      <p className="muted">{t('sync.bundle.description')}</p>
      <ul className="plain-list sync-facts" data-testid="bundle-status">
        <li>{t('sync.bundle.waiting', { n: status ? format.number(status.pending) : '…' })}</li>
        <li>{t('sync.bundle.lastSaved', { when: status ? format.when(status.lastSync) : '…' })}</li>
      </ul>
      <div className="field">
        <label htmlFor={passphraseId}>{t(required ? 'sync.passphraseRequired' : 'sync.passphrase')}</label>
        <input
          id={passphraseId}
          type="password"
          autoComplete="new-password"
          required={required}
          value={passphrase}
          aria-describedby={`${passphraseId}-hint`}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <span id={`${passphraseId}-hint`} className="field-hint">
          {t(required ? 'sync.passphraseRequiredHint' : 'sync.passphraseHint')}
        </span>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy || missingPassphrase}
          aria-describedby={missingPassphrase ? `${passphraseId}-hint` : undefined}
          onClick={() => exportBundle(false)}
        >
          {t('sync.bundle.exportChanges')}
        </button>
        <button
          type="button"
          disabled={busy || missingPassphrase}
          aria-describedby={missingPassphrase ? `${passphraseId}-hint` : undefined}
          onClick={() => exportBundle(true)}
        >
          {t('sync.bundle.exportEverything')}
        </button>
      </div>
      <FileInput
        label={t('sync.bundle.importFile')}
        accept={BUNDLE_EXTENSION}
        maxBytes={ARCHIVE_LIMITS.maxArchiveBytes}
        disabled={busy}
        onFile={(chosen) => {
          forgetFile();
          setFile(chosen);
          importBundle(chosen, '');
        }}
        onError={(message) => {
          forgetFile();
          report({ kind: 'failed', job: 'import-bundle', code: null, message });
        }}
      />
      {file && needsPassphrase && (
        <form
          className="sync-import-passphrase"
          onSubmit={(event) => {
            event.preventDefault();
            importBundle(file, importPassphrase);
          }}
        >
          <p>{t('sync.bundle.chosen', { name: file.name })}</p>
          <div className="field">
            <label htmlFor={importPassphraseId}>{t('sync.bundle.importPassphrase')}</label>
            <input
              id={importPassphraseId}
              type="password"
              autoComplete="off"
              // The field appears because the import asked for it: that is where the user goes next.
              autoFocus
              value={importPassphrase}
              onChange={(event) => setImportPassphrase(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy || importPassphrase === ''}>
              {t('sync.bundle.importAgain')}
            </button>
            <button type="button" disabled={busy} onClick={forgetFile}>
              {t('sync.bundle.forget')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Bytes from the worker come in their own ArrayBuffer; copy only when they do not (never in practice). */
function arrayBufferBacked(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
