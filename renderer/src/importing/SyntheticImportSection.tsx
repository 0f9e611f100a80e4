/**
 * Settings section for developers and evaluators: fills the archive with a synthetic one (up to 100,000
 * meetings) through the import worker, with a progress bar and Cancel, to see how Liaison behaves at an
 * institution's scale. The UI stays usable throughout: the work happens in a worker.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppServices';
import { SelectField } from '../ui/Field';
import { StatusLine } from '../ui/StatusLine';
import type { ImportRequest, ImportResponse } from './syntheticImportProtocol';

const SCALES = ['0.01', '0.1', '1'] as const;
type Scale = (typeof SCALES)[number];

type JobState =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; done: number; seconds: number }
  | { state: 'cancelled'; done: number }
  | { state: 'failed'; message: string };

export function SyntheticImportSection() {
  const { t, i18n } = useTranslation();
  const { search } = useServices();
  const [scale, setScale] = useState<Scale>('0.01');
  const [job, setJob] = useState<JobState>({ state: 'idle' });
  const worker = useRef<Worker | null>(null);

  useEffect(() => () => worker.current?.terminate(), []);

  const start = () => {
    worker.current?.terminate();
    const next = new Worker(new URL('./syntheticImportWorker.ts', import.meta.url), {
      type: 'module',
      name: 'import',
    });
    worker.current = next;
    next.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') setJob({ state: 'running', done: message.done, total: message.total });
      if (message.type === 'done')
        setJob({ state: 'done', done: message.done, seconds: message.milliseconds / 1000 });
      if (message.type === 'cancelled') setJob({ state: 'cancelled', done: message.done });
      if (message.type === 'failed') setJob({ state: 'failed', message: message.message });
      // Each chunk is committed when reported: the search index can catch up as the import goes.
      search.changed();
    };
    const request: ImportRequest = { type: 'start', seed: 42, scale: Number(scale), chunkSize: 2000 };
    next.postMessage(request);
    setJob({ state: 'running', done: 0, total: 0 });
  };
  const cancel = () => worker.current?.postMessage({ type: 'cancel' } satisfies ImportRequest);
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  return (
    <section className="settings-section" aria-labelledby="settings-synthetic">
      <h2 id="settings-synthetic">{t('settings.synthetic.title')}</h2>
      <p className="muted">{t('settings.synthetic.description')}</p>
      <div className="toolbar">
        <SelectField
          label={t('settings.synthetic.size')}
          value={scale}
          options={SCALES.map((value) => ({
            value,
            label: t('settings.synthetic.meetings', {
              formatted: number(Math.round(100_000 * Number(value))),
            }),
          }))}
          onChange={setScale}
          disabled={job.state === 'running'}
        />
        {job.state === 'running' ? (
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        ) : (
          <button type="button" onClick={start}>
            {t('settings.synthetic.load')}
          </button>
        )}
      </div>
      {job.state === 'running' && (
        <progress
          className="job-progress"
          aria-label={t('settings.synthetic.progressLabel')}
          max={Math.max(job.total, 1)}
          value={job.done}
        />
      )}
      <StatusLine testId="synthetic-status">
        {job.state === 'running' &&
          t('settings.synthetic.running', { done: number(job.done), total: number(job.total) })}
        {job.state === 'done' &&
          t('settings.synthetic.done', { done: number(job.done), seconds: job.seconds.toFixed(1) })}
        {job.state === 'cancelled' && t('settings.synthetic.cancelled', { done: number(job.done) })}
        {job.state === 'failed' && t('common.saveFailed', { message: job.message })}
      </StatusLine>
    </section>
  );
}
