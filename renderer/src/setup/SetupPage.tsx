/**
 * First run: the representative picks or creates themselves as a person of our delegation and names the
 * laptop. That person becomes the author of their notes and the default participant in meetings.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos, useServices } from '../app/AppServices';
import { LoadSampleButton } from '../sample/LoadSampleButton';
import { TextField } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { useFormSubmit } from '../ui/useFormSubmit';

export function SetupPage() {
  const { t } = useTranslation();
  const repos = useRepos();
  const { settings } = useServices();
  const delegates = useLiveQuery(() => repos.people.delegates(), [repos]) ?? [];
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [chosen, setChosen] = useState<string | null>(null);
  const [person, setPerson] = useState({ name: '', nativeName: '', title: '' });
  const [deviceName, setDeviceName] = useState('');
  const { errors, setErrors, failure, busy, run } = useFormSubmit();
  const effectiveMode = delegates.length === 0 ? 'new' : mode;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (effectiveMode === 'existing' && !chosen) {
      setErrors({ chosen: t('setup.chooseSomeone') });
      return;
    }
    await run(async () => {
      let selfId = chosen;
      if (effectiveMode === 'new') {
        const created = await repos.people.create({
          ...person,
          organizationId: null,
          email: '',
          phone: '',
          isDelegate: true,
          notes: '',
        });
        selfId = created.id;
      }
      await settings.getState().update('deviceName', deviceName.trim());
      await settings.getState().update('selfPersonId', selfId);
    });
  };

  return (
    <main id="main" className="setup-page" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="settings-section">
          <legend>{t('setup.whoTitle')}</legend>
          {delegates.length > 0 && (
            <div className="choice-group" role="radiogroup" aria-label={t('setup.whoTitle')}>
              <label className="choice">
                <input
                  type="radio"
                  name="mode"
                  checked={effectiveMode === 'existing'}
                  onChange={() => setMode('existing')}
                />
                {t('setup.existing')}
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name="mode"
                  checked={effectiveMode === 'new'}
                  onChange={() => setMode('new')}
                />
                {t('setup.newPerson')}
              </label>
            </div>
          )}
          {effectiveMode === 'existing' ? (
            <fieldset className="choice-list">
              <legend className="visually-hidden">{t('setup.existing')}</legend>
              {delegates.map((p) => (
                <label key={p.id} className="choice">
                  <input
                    type="radio"
                    name="self"
                    checked={chosen === p.id}
                    onChange={() => setChosen(p.id)}
                  />
                  <span dir="auto">{p.name}</span>
                  {p.nativeName && (
                    <span dir="auto" className="muted">
                      {p.nativeName}
                    </span>
                  )}
                  {p.title && (
                    <span className="muted" dir="auto">
                      · {p.title}
                    </span>
                  )}
                </label>
              ))}
              {errors['chosen'] && (
                <p className="field-error" role="alert">
                  {errors['chosen']}
                </p>
              )}
            </fieldset>
          ) : (
            <div className="form-grid">
              <TextField
                label={t('setup.name')}
                value={person.name}
                error={errors['name']}
                required
                autoComplete="name"
                onChange={(e) => setPerson({ ...person, name: e.target.value })}
              />
              <TextField
                label={t('setup.nativeName')}
                value={person.nativeName}
                error={errors['nativeName']}
                onChange={(e) => setPerson({ ...person, nativeName: e.target.value })}
              />
              <TextField
                label={t('setup.personTitle')}
                value={person.title}
                error={errors['title']}
                onChange={(e) => setPerson({ ...person, title: e.target.value })}
              />
            </div>
          )}
        </fieldset>
        <div className="settings-section">
          <TextField
            label={t('setup.deviceName')}
            hint={t('setup.deviceNameHint')}
            value={deviceName}
            maxLength={60}
            onChange={(e) => setDeviceName(e.target.value)}
          />
        </div>
        <FormActions
          submitLabel={t('setup.continue')}
          busy={busy}
          failure={failure && t('common.saveFailed', { message: failure })}
          className=""
        />
      </form>
      <section className="settings-section" aria-label={t('sample.load')}>
        <p>{t('setup.sampleHint')}</p>
        <LoadSampleButton
          onLoaded={() => {
            setMode('existing');
          }}
        />
      </section>
    </main>
  );
}
