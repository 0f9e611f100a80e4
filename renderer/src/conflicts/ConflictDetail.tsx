/**
 * One conflict, its two versions side by side: the text in the record now and the version that lost the
 * merge, each with "Keep this version", and a hand merge prefilled with both. When the record is gone,
 * the other version can only be copied or dismissed.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useSettings } from '../app/AppServices';
import { routeHref } from '../app/router';
import type { ConflictChoice } from '../db/repositories/ConflictRepository';
import { TextArea } from '../ui/Field';
import { deviceLabel, fieldLabel, recordLabel, stampTime, type ConflictEntry } from './loadConflicts';

interface ConflictDetailProps {
  entry: ConflictEntry;
  /** Resolves the conflict; the page announces the outcome. */
  onResolve: (choice: ConflictChoice) => Promise<void>;
  /** Puts a short message in the page's status line. */
  onStatus: (message: string) => void;
}

export function ConflictDetail({ entry, onResolve, onStatus }: ConflictDetailProps) {
  const { t, i18n } = useTranslation();
  const { capture } = useServices();
  const deviceName = useSettings((s) => s.deviceName);
  const [merging, setMerging] = useState(false);
  const [busy, setBusy] = useState(false);
  const { conflict, subject } = entry;
  const titleId = useId();
  const currentId = useId();
  const otherId = useId();
  const record = recordLabel(t, entry);
  const field = fieldLabel(t, conflict.field);
  const versionFacts = (stamp: string) => ({
    device: deviceLabel(t, stamp, capture.deviceId, deviceName, entry.deviceNames),
    when: stampTime(stamp, i18n.language),
  });
  const currentText = subject.state === 'live' ? subject.text : null;
  const [merged, setMerged] = useState(() =>
    currentText === null ? conflict.text : joinVersions(currentText, conflict.text),
  );

  const resolve = async (choice: ConflictChoice) => {
    setBusy(true);
    try {
      await onResolve(choice);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(conflict.text);
      onStatus(t('conflicts.copied'));
    } catch {
      onStatus(t('conflicts.copyFailed'));
    }
  };

  return (
    <section className="conflict-detail panel" aria-labelledby={titleId}>
      <div className="section-header">
        <h2 id={titleId} dir="auto">
          {t('conflicts.detailTitle', { field, record })}
        </h2>
        {entry.recordRoute && <a href={routeHref(entry.recordRoute)}>{t('conflicts.openRecord')}</a>}
      </div>
      <div className="conflict-versions">
        <section className="conflict-version" aria-labelledby={currentId}>
          <h3 id={currentId}>{t('conflicts.current')}</h3>
          {subject.state === 'live' ? (
            <>
              <p className="muted">{t('conflicts.currentHint', versionFacts(subject.stamp))}</p>
              <VersionText text={subject.text} />
              <button
                type="button"
                disabled={busy}
                aria-describedby={currentId}
                onClick={() => void resolve({ kind: 'keep-current' })}
              >
                {t('conflicts.keep')}
              </button>
            </>
          ) : (
            <p>{t(subject.state === 'deleted' ? 'conflicts.recordDeleted' : 'conflicts.recordMissing')}</p>
          )}
        </section>
        <section className="conflict-version" aria-labelledby={otherId}>
          <h3 id={otherId}>{t('conflicts.other')}</h3>
          <p className="muted">{t('conflicts.otherHint', versionFacts(conflict.stamp))}</p>
          <VersionText text={conflict.text} />
          {subject.state === 'live' ? (
            <button
              type="button"
              disabled={busy}
              aria-describedby={otherId}
              onClick={() => void resolve({ kind: 'keep-other' })}
            >
              {t('conflicts.keep')}
            </button>
          ) : (
            <div className="button-row">
              <button type="button" onClick={() => void copy()}>
                {t('conflicts.copy')}
              </button>
              <button type="button" disabled={busy} onClick={() => void resolve({ kind: 'keep-current' })}>
                {t('conflicts.dismiss')}
              </button>
            </div>
          )}
        </section>
      </div>
      {subject.state === 'live' &&
        (merging ? (
          <form
            className="conflict-merge"
            onSubmit={(e) => {
              e.preventDefault();
              void resolve({ kind: 'merged', text: merged });
            }}
          >
            <TextArea
              label={t('conflicts.mergedText')}
              hint={t('conflicts.mergedHint')}
              className="wide"
              rows={12}
              value={merged}
              // Shown by the user's own click, so focus follows to where they are about to type.
              autoFocus
              onChange={(e) => setMerged(e.target.value)}
            />
            <div className="button-row">
              <button type="submit" className="primary" disabled={busy}>
                {t('conflicts.saveMerged')}
              </button>
              <button type="button" onClick={() => setMerging(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className="button-row">
            <button type="button" onClick={() => setMerging(true)}>
              {t('conflicts.mergeByHand')}
            </button>
          </div>
        ))}
    </section>
  );
}

/**
 * A version's text as plain text (React escapes it, so markup shows as typed). It grows with its text
 * instead of scrolling, so the page's own scrolling reaches all of it from the keyboard.
 */
function VersionText({ text }: { text: string }) {
  const { t } = useTranslation();
  if (text === '') return <p className="muted conflict-text">{t('conflicts.emptyText')}</p>;
  return (
    <div className="conflict-text" dir="auto">
      {text}
    </div>
  );
}

/** Both versions, the current text first, a blank line between them. */
function joinVersions(current: string, other: string): string {
  if (current === '') return other;
  if (other === '') return current;
  return `${current}\n\n${other}`;
}
