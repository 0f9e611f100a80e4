/** The laptop's name and the representative using it, both changeable after first-run setup. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos, useServices, useSettings } from '../app/AppServices';
import { SelectField, TextField } from '../ui/Field';

export function DeviceSection() {
  const { t } = useTranslation();
  const repos = useRepos();
  const { settings } = useServices();
  const deviceName = useSettings((s) => s.deviceName);
  const selfPersonId = useSettings((s) => s.selfPersonId);
  const delegates = useLiveQuery(() => repos.people.delegates(), [repos]) ?? [];
  const [name, setName] = useState(deviceName);

  return (
    <section className="settings-section" aria-labelledby="settings-device">
      <h2 id="settings-device">{t('settings.device.title')}</h2>
      <div className="form-grid">
        <TextField
          label={t('settings.device.name')}
          hint={t('settings.device.nameHint')}
          value={name}
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => void settings.getState().update('deviceName', name.trim())}
        />
        {delegates.length > 0 && (
          <SelectField
            label={t('settings.device.self')}
            value={selfPersonId ?? ''}
            options={delegates.map((p) => ({
              value: p.id,
              label: p.nativeName ? `${p.name} (${p.nativeName})` : p.name,
            }))}
            onChange={(id) => void settings.getState().update('selfPersonId', id)}
          />
        )}
      </div>
    </section>
  );
}
