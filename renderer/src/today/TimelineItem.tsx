/**
 * One session or meeting on the Today timeline. A clash is written out ("Clash: Li Wei is also at
 * Ministerial Roundtable"), not shown by colour alone, and is the item's accessible description.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../app/router';
import { NameList } from '../ui/NameList';
import type { TimelineEntry } from './buildTimeline';
import { TimeRange } from './TimeRange';

interface TimelineItemProps {
  entry: TimelineEntry;
  zone: string;
  names: ReadonlyMap<string, string>;
}

export function TimelineItem({ entry, zone, names }: TimelineItemProps) {
  const { t } = useTranslation();
  const id = useId();
  const titleId = `${id}-title`;
  const { item } = entry;
  const cancelled = entry.kind === 'meeting' && entry.item.status === 'cancelled';
  const place = entry.kind === 'session' ? entry.item.room : entry.item.location;
  const people = entry.kind === 'session' ? entry.item.attendeeIds : entry.item.participantIds;
  const nameOf = (personId: string) => names.get(personId) ?? t('common.unknown');
  const clashes = entry.clashes.map((clash, index) => ({
    id: `${id}-clash-${index}`,
    text: t(entry.kind === 'meeting' ? 'today.clash' : 'today.sessionClash', {
      person: nameOf(clash.personId),
      other: clash.otherTitle,
    }),
  }));
  const classes = [
    'timeline-item',
    `timeline-${entry.kind}`,
    clashes.length > 0 ? 'has-clash' : '',
    cancelled ? 'is-cancelled' : '',
  ];

  return (
    <article
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={clashes.length > 0 ? clashes.map((c) => c.id).join(' ') : undefined}
    >
      <TimeRange startsAt={item.startsAt} endsAt={item.endsAt} zone={zone} />
      <div className="timeline-body">
        <p className="timeline-heading">
          <span className="badge">
            {entry.kind === 'session'
              ? t(`labels.sessionKind.${entry.item.kind}`)
              : t(`labels.meetingKind.${entry.item.kind}`)}
          </span>
          {cancelled && <span className="badge warning">{t('labels.meetingStatus.cancelled')}</span>}
          {entry.kind === 'meeting' ? (
            <a
              id={titleId}
              className="timeline-title"
              href={routeHref({ name: 'meeting', id: item.id })}
              dir="auto"
            >
              {item.title}
            </a>
          ) : (
            <strong id={titleId} className="timeline-title" dir="auto">
              {item.title}
            </strong>
          )}
        </p>
        {place && (
          <p className="timeline-fact">
            <span className="muted">{entry.kind === 'session' ? t('today.room') : t('today.location')}</span>
            <span dir="auto">{place}</span>
          </p>
        )}
        {people.length > 0 && (
          <p className="timeline-fact">
            <span className="muted">
              {entry.kind === 'session' ? t('today.attendees') : t('today.participants')}
            </span>
            <NameList names={people.map(nameOf)} />
          </p>
        )}
        {clashes.length > 0 && (
          <ul className="timeline-clashes">
            {clashes.map((clash) => (
              <li key={clash.id}>
                <span id={clash.id} className="badge danger" dir="auto">
                  {clash.text}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
