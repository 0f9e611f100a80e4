/** The "Overdue" marker: a word, not a colour alone, so it reads the same to everyone. */
import { useTranslation } from 'react-i18next';

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge danger overdue-badge">
      <span aria-hidden="true">! </span>
      {t('followUps.overdue')}
    </span>
  );
}
