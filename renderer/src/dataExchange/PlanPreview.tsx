/** The preview of a people import: who is new, who is already in the archive, and what will be skipped. */
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../shared/formats/participantsTable';

export function PlanPreview({
  plan,
  caption,
  problems,
}: {
  plan: ImportPlan;
  caption: string;
  problems: readonly string[];
}) {
  const { t } = useTranslation();
  const newPeople = plan.people.filter((p) => !p.existing).length;
  return (
    <div className="exchange-preview">
      <p role="status" data-testid="plan-summary">
        {t('exchange.preview.summary', {
          newPeople,
          matchedPeople: plan.people.length - newPeople,
          newOrganizations: plan.organizations.filter((o) => !o.existing).length,
        })}
      </p>
      <div className="exchange-table-frame">
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exchange.preview.row')}</th>
              <th scope="col">{t('exchange.preview.name')}</th>
              <th scope="col">{t('exchange.preview.organization')}</th>
              <th scope="col">{t('exchange.preview.status')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.people.map((p) => (
              <tr key={`${p.row}-${p.entity.id}`}>
                <td>{p.row}</td>
                <td dir="auto">
                  {p.entity.name}
                  {p.entity.nativeName && (
                    <>
                      {' '}
                      <span className="native-name" lang="und">
                        {p.entity.nativeName}
                      </span>
                    </>
                  )}
                </td>
                <td dir="auto">{p.organizationName}</td>
                <td>{p.existing ? t('exchange.preview.matched') : t('exchange.preview.isNew')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > 0 && (
        <>
          <h4>{t('exchange.preview.problems')}</h4>
          <ul className="exchange-issues">
            {problems.map((line, i) => (
              <li key={i} dir="auto">
                {line}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
