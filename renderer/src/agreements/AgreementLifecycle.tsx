/**
 * The lifecycle control: a stepper showing where the agreement stands (aria-current="step"), a button
 * for the next step, and "Terminate" with a confirmation. Moving is the caller's job, since moving to
 * signed may first need the signing date.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isEnded,
  LIFECYCLE_PATH,
  nextStatus,
  type AgreementStatus,
} from '../../../shared/rules/agreementLifecycle';

interface AgreementLifecycleProps {
  status: AgreementStatus;
  busy: boolean;
  onMove: (to: AgreementStatus) => void;
}

const STEPS: readonly AgreementStatus[] = [...LIFECYCLE_PATH, 'terminated'];

export function AgreementLifecycle({ status, busy, onMove }: AgreementLifecycleProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const next = nextStatus(status);
  const position = (LIFECYCLE_PATH as readonly AgreementStatus[]).indexOf(status);
  const label = (s: AgreementStatus) => t(`labels.agreementStatus.${s}`);

  return (
    <div className="agreement-lifecycle">
      <ol className="lifecycle-stepper" aria-label={t('agreements.lifecycle')}>
        {STEPS.map((step, index) => {
          // A terminated agreement does not say how far it got, so no step shows as done then.
          const done = position >= 0 && index < position;
          return (
            <li
              key={step}
              className={`lifecycle-step${done ? ' done' : ''}${step === 'terminated' ? ' alternative' : ''}`}
              aria-current={step === status ? 'step' : undefined}
            >
              {done && <span aria-hidden="true">✓</span>}
              {label(step)}
              {done && <span className="visually-hidden"> {t('agreements.stepDone')}</span>}
            </li>
          );
        })}
      </ol>
      {isEnded(status) ? (
        <p className="muted">{t('agreements.ended')}</p>
      ) : (
        <div className="button-row">
          {next && (
            <button type="button" className="primary" disabled={busy} onClick={() => onMove(next)}>
              {t('agreements.moveTo', { status: label(next) })}
            </button>
          )}
          {!confirming && (
            <button type="button" className="danger" disabled={busy} onClick={() => setConfirming(true)}>
              {t('agreements.terminate')}
            </button>
          )}
        </div>
      )}
      {confirming && !isEnded(status) && (
        <div className="lifecycle-confirm" role="group" aria-label={t('agreements.terminate')}>
          <p>{t('agreements.confirmTerminate')}</p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              disabled={busy}
              autoFocus
              onClick={() => {
                setConfirming(false);
                onMove('terminated');
              }}
            >
              {t('agreements.confirmTerminateButton')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
