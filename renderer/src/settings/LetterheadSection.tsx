/** The letterhead of generated documents: the institution's name and logo. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_DATA_URL, MAX_LOGO_BYTES } from '../../../shared/settings/appSettings';
import { useServices, useSettings } from '../app/AppServices';
import { TextField } from '../ui/Field';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function LetterheadSection() {
  const { t } = useTranslation();
  const { settings } = useServices();
  const stored = useSettings((s) => s.letterheadName);
  const logo = useSettings((s) => s.letterheadLogo);
  const [name, setName] = useState(stored);
  const [error, setError] = useState<string | null>(null);

  const chooseLogo = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) {
      setError(t('settings.letterhead.logoTooLarge', { name: file.name }));
      return;
    }
    const dataUrl = await readAsDataUrl(file);
    if (!LOGO_DATA_URL.test(dataUrl)) {
      setError(t('settings.letterhead.logoType', { name: file.name }));
      return;
    }
    await settings.getState().update('letterheadLogo', dataUrl);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-letterhead">
      <h2 id="settings-letterhead">{t('settings.letterhead.title')}</h2>
      <div className="form-grid">
        <TextField
          label={t('settings.letterhead.name')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => void settings.getState().update('letterheadName', name.trim())}
        />
        <div className="field">
          <label htmlFor="letterhead-logo">{t('settings.letterhead.logo')}</label>
          <input
            id="letterhead-logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            onChange={(e) => void chooseLogo(e.target.files?.[0])}
          />
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
      </div>
      {logo && (
        <div className="button-row letterhead-preview">
          <img src={logo} alt={t('settings.letterhead.logoPreview')} className="letterhead-logo" />
          <button type="button" onClick={() => void settings.getState().update('letterheadLogo', '')}>
            {t('settings.letterhead.removeLogo')}
          </button>
        </div>
      )}
    </section>
  );
}
