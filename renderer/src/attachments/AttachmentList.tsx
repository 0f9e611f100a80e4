/**
 * The attachments of a meeting, agreement or person: photos of business cards, scans of signed
 * agreements. Files come from the picker button (the keyboard way) or by dropping them on the zone; each
 * is stored once by its SHA-256. Files over 50 MB are refused by name before they are read.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/domain/entities';
import { useRepos } from '../app/AppServices';
import { AttachmentTooLargeError } from '../db/repositories/AttachmentRepository';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { StatusLine } from '../ui/StatusLine';
import { AttachmentRow } from './AttachmentRow';
import './attachments.css';

export interface AttachmentOwner {
  type: Attachment['ownerType'];
  id: string;
}

export function AttachmentList({ owner }: { owner: AttachmentOwner }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const { type, id } = owner;
  const input = useRef<HTMLInputElement>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [news, setNews] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const attachments = useLiveQuery(() => repos.attachments.forOwner(type, id), [repos, type, id]);

  const addFiles = async (files: readonly File[]) => {
    const refused: string[] = [];
    setProblems([]);
    setNews('');
    // One at a time: each file is read whole to hash it, and several large scans at once would pile up.
    for (const file of files) {
      setAdding(file.name);
      try {
        await repos.attachments.addFile({ type, id }, file);
        setNews(t('attachments.added', { name: file.name }));
      } catch (error) {
        refused.push(
          error instanceof AttachmentTooLargeError
            ? t('attachments.tooLarge', { name: file.name })
            : t('attachments.failed', {
                name: file.name,
                message: error instanceof Error ? error.message : String(error),
              }),
        );
      }
    }
    setAdding(null);
    setProblems(refused);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void addFiles(files);
  };

  return (
    <section className="panel attachments" aria-labelledby={`attachments-${id}`}>
      <h2 id={`attachments-${id}`}>{t('attachments.title')}</h2>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        aria-label={t('attachments.dropZone')}
        role="group"
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{dragging ? t('attachments.dropActive') : t('attachments.dropHint')}</p>
        <button type="button" disabled={adding !== null} onClick={() => input.current?.click()}>
          {t('attachments.add')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t('attachments.fileInput')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so that picking the same file again fires a change.
            event.target.value = '';
            if (files.length > 0) void addFiles(files);
          }}
        />
      </div>
      <StatusLine testId="attachments-status">
        {adding ? t('attachments.adding', { name: adding }) : news}
      </StatusLine>
      {problems.length > 0 && (
        <ul className="attachment-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem} dir="auto">
              {problem}
            </li>
          ))}
        </ul>
      )}
      {attachments && attachments.length === 0 && <p className="muted">{t('attachments.none')}</p>}
      {attachments && attachments.length > 0 && (
        <ul className="data-list attachment-list">
          {attachments.map((attachment) => (
            <AttachmentRow
              key={attachment.id}
              attachment={attachment}
              onDelete={() => setDeleting(attachment)}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('attachments.deleteTitle')}
        message={t('common.confirmDelete', { name: deleting?.fileName ?? '' })}
        confirmLabel={t('common.delete')}
        onConfirm={async () => {
          if (deleting) await repos.attachments.delete(deleting.id);
        }}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
