/**
 * One agreement: its lifecycle, then its fields (saved as they are typed), linked meetings, follow-ups
 * and attachments. A signed, active or expired agreement keeps its signing date: clearing it, or moving
 * to signed without it, shows `validation.signedNeedsDate` beside the signing-date field.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, type Agreement } from '../../../shared/domain/entities';
import { ValidationError } from '../../../shared/domain/validation';
import { moveIssue, signingDateIssue, type AgreementStatus } from '../../../shared/rules/agreementLifecycle';
import { useRepos } from '../app/AppServices';
import { AttachmentList } from '../attachments/AttachmentList';
import { routeHref } from '../app/router';
import { FollowUpList } from '../followUps/FollowUpList';
import { useOrganizationOptions, useOrganizationSearch } from '../organizations/useOrganizationOptions';
import { usePersonOptions, usePersonSearch } from '../people/usePersonOptions';
import { AutosaveStatus } from '../ui/AutosaveStatus';
import { ChipPicker } from '../ui/ChipPicker';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { labelOptions } from '../ui/labelOptions';
import { StatusLine } from '../ui/StatusLine';
import { useAutosavedDraft } from '../ui/useAutosavedDraft';
import { AgreementLifecycle } from './AgreementLifecycle';
import { AgreementMeetingsPicker } from './AgreementMeetingsPicker';
import './agreements.css';

export function AgreementPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const agreement = useLiveQuery(async () => (await repos.agreements.get(id)) ?? null, [repos, id]);
  if (agreement === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (agreement === null) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">{t('agreements.notFound')}</h1>
        <a href={routeHref({ name: 'agreements' })}>{t('agreements.allAgreements')}</a>
      </section>
    );
  }
  return <AgreementDetail agreement={agreement} />;
}

type MoveProblem = { field: 'status' | 'signedOn'; message: string };

function AgreementDetail({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const { id } = agreement;
  const save = useCallback(
    async (patch: Partial<Agreement>) => {
      // Only a change to the date or the status can break the rule; checking other edits would let an
      // old record without a date block every other field.
      if ('signedOn' in patch || 'status' in patch) {
        const current = await repos.agreements.get(id);
        const issue = current && signingDateIssue({ ...current, ...patch });
        if (issue) throw new ValidationError([{ field: 'signedOn', message: issue }]);
      }
      return repos.agreements.update(id, patch);
    },
    [repos, id],
  );
  const { draft, setField, errors, state, failure, flush } = useAutosavedDraft(agreement, save);
  const [problem, setProblem] = useState<MoveProblem | null>(null);
  const [moving, setMoving] = useState(false);
  const [moved, setMoved] = useState<AgreementStatus | null>(null);
  const [moveFailure, setMoveFailure] = useState<string | null>(null);
  const signingDate = useRef<HTMLDivElement>(null);

  const parties = useOrganizationOptions(draft.partyOrgIds);
  const searchOrganizations = useOrganizationSearch();
  const signatories = usePersonOptions(draft.signatoryIds);
  const searchPeople = usePersonSearch();
  const events = useLiveQuery(() => repos.events.list(), [repos]);
  const followUps = useLiveQuery(() => repos.actionItems.forAgreement(id), [repos, id]);

  const move = async (to: AgreementStatus) => {
    setMoving(true);
    setMoved(null);
    setMoveFailure(null);
    try {
      // Typing not yet saved (the signing date just entered, say) counts.
      await flush();
      const current = await repos.agreements.get(id);
      if (!current) return;
      const issue = moveIssue(current, to);
      setProblem(issue);
      if (issue?.field === 'signedOn') {
        signingDate.current?.querySelector('input')?.focus();
        return;
      }
      if (issue) return;
      await repos.agreements.update(id, { status: to });
      setMoved(to);
    } catch (error) {
      setMoveFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setMoving(false);
    }
  };

  const eventOptions = [
    { value: '', label: t('agreements.noEvent') },
    ...(events ?? []).map((e) => ({ value: e.id, label: e.name })),
  ];
  const date = (field: 'signedOn' | 'validFrom' | 'validUntil' | 'renewalReminder', label: string) => (
    <TextField
      label={label}
      type="date"
      value={draft[field] ?? ''}
      error={
        errors[field] ?? (field === 'signedOn' && problem?.field === 'signedOn' ? problem.message : undefined)
      }
      onChange={(e) => {
        if (field === 'signedOn') setProblem(null);
        setField(field, e.target.value || null);
      }}
    />
  );

  return (
    <section className="page agreement-page" aria-labelledby="page-title">
      <p>
        <a href={routeHref({ name: 'agreements' })}>{t('agreements.allAgreements')}</a>
      </p>
      <h1 id="page-title" dir="auto">
        {agreement.title}
      </h1>

      <section className="settings-section" aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title">{t('agreements.lifecycle')}</h2>
        <AgreementLifecycle status={agreement.status} busy={moving} onMove={(to) => void move(to)} />
        {problem?.field === 'status' && (
          <p className="field-error" role="alert">
            {t(problem.message as 'validation.invalid')}
          </p>
        )}
        {moveFailure && (
          <p className="error-banner" role="alert">
            {t('errors.generic', { message: moveFailure })}
          </p>
        )}
        <StatusLine>
          {moved && t('agreements.moved', { status: t(`labels.agreementStatus.${moved}`) })}
        </StatusLine>
      </section>

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t('agreements.details')}</h2>
        <div className="form-grid">
          <TextField
            className="wide"
            label={t('agreements.agreementTitle')}
            value={draft.title}
            error={errors.title}
            required
            onChange={(e) => setField('title', e.target.value)}
          />
          <SelectField
            label={t('agreements.kind')}
            value={draft.kind}
            options={labelOptions(t, 'agreementKind', AGREEMENT_KINDS)}
            onChange={(kind) => setField('kind', kind)}
          />
          <div className="wide">
            <ChipPicker
              label={t('agreements.parties')}
              selected={parties}
              search={searchOrganizations}
              error={errors.partyOrgIds}
              onAdd={(option) => setField('partyOrgIds', [...draft.partyOrgIds, option.id])}
              onRemove={(orgId) =>
                setField(
                  'partyOrgIds',
                  draft.partyOrgIds.filter((p) => p !== orgId),
                )
              }
            />
          </div>
          <TextArea
            className="wide"
            label={t('agreements.scope')}
            value={draft.scope}
            error={errors.scope}
            onChange={(e) => setField('scope', e.target.value)}
          />
        </div>
      </section>

      <section className="detail-section" aria-labelledby="signing-title">
        <h2 id="signing-title">{t('agreements.signing')}</h2>
        <div className="form-grid">
          <div ref={signingDate}>{date('signedOn', t('agreements.signedOn'))}</div>
          <TextField
            label={t('agreements.signingPlace')}
            value={draft.signingPlace}
            error={errors.signingPlace}
            onChange={(e) => setField('signingPlace', e.target.value)}
          />
          <SelectField
            label={t('agreements.event')}
            value={draft.eventId ?? ''}
            options={eventOptions}
            onChange={(eventId) => setField('eventId', eventId || null)}
          />
          <div className="wide">
            <ChipPicker
              label={t('agreements.signatories')}
              selected={signatories}
              search={searchPeople}
              error={errors.signatoryIds}
              onAdd={(option) => setField('signatoryIds', [...draft.signatoryIds, option.id])}
              onRemove={(personId) =>
                setField(
                  'signatoryIds',
                  draft.signatoryIds.filter((p) => p !== personId),
                )
              }
            />
          </div>
        </div>
      </section>

      <section className="detail-section" aria-labelledby="validity-title">
        <h2 id="validity-title">{t('agreements.validity')}</h2>
        <div className="form-grid">
          {date('validFrom', t('agreements.validFrom'))}
          {date('validUntil', t('agreements.validUntil'))}
          {date('renewalReminder', t('agreements.renewalReminder'))}
        </div>
      </section>

      <section className="detail-section" aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t('agreements.meetings')}</h2>
        <AgreementMeetingsPicker
          partyOrgIds={draft.partyOrgIds}
          meetingIds={draft.meetingIds}
          error={errors.meetingIds}
          onChange={(meetingIds) => setField('meetingIds', meetingIds)}
        />
      </section>
      <AutosaveStatus state={state} failure={failure} />

      <section className="detail-section" aria-labelledby="follow-ups-title">
        <h2 id="follow-ups-title">{t('agreements.followUps')}</h2>
        {followUps && <FollowUpList items={followUps} emptyText={t('agreements.noFollowUps')} />}
      </section>

      <div className="detail-section">
        <AttachmentList owner={{ type: 'agreement', id }} />
      </div>
    </section>
  );
}
