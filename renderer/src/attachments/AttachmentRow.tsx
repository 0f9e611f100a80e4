/** One attachment: an image preview where the browser can show one, its name and size, save and delete. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/domain/entities';
import { useRepos, useServices } from '../app/AppServices';
import { formatBytes } from '../lib/formatBytes';

interface AttachmentRowProps {
  attachment: Attachment;
  onDelete: () => void;
}

export function AttachmentRow({ attachment, onDelete }: AttachmentRowProps) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const { platform } = useServices();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const name = attachment.fileName;

  const download = async () => {
    setMessage(null);
    try {
      const blob = await repos.attachments.blob(attachment.sha256);
      if (!blob) {
        setMessage({ text: t('attachments.missingData'), error: true });
        return;
      }
      const outcome = await platform.saveFile({
        suggestedName: name,
        mimeType: attachment.mimeType,
        data: new Uint8Array(await blob.arrayBuffer()),
      });
      if (outcome.status === 'saved') setMessage({ text: t('attachments.saved', { name }), error: false });
    } catch (error) {
      setMessage({
        text: t('attachments.saveFailed', {
          name,
          message: error instanceof Error ? error.message : String(error),
        }),
        error: true,
      });
    }
  };

  return (
    <li className="attachment">
      {attachment.mimeType.startsWith('image/') ? (
        <ImagePreview sha256={attachment.sha256} alt={t('attachments.preview', { name })} />
      ) : (
        <span className="attachment-icon" aria-hidden="true">
          {fileExtension(name)}
        </span>
      )}
      <div className="attachment-info">
        <span className="attachment-name" dir="auto">
          {name}
        </span>
        <span className="muted">
          {t('attachments.details', {
            size: formatBytes(attachment.size, i18n.language),
            type: attachment.mimeType,
          })}
        </span>
        {message && (
          <span className={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </span>
        )}
      </div>
      <div className="button-row attachment-actions">
        <button
          type="button"
          aria-label={t('attachments.download', { name })}
          onClick={() => void download()}
        >
          {t('attachments.downloadShort')}
        </button>
        <button
          type="button"
          className="danger"
          aria-label={t('attachments.delete', { name })}
          onClick={onDelete}
        >
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}

function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1, dot + 5).toUpperCase() : '';
}

/** Shows a stored image from an object URL, revoked when the preview goes away. */
function ImagePreview({ sha256, alt }: { sha256: string; alt: string }) {
  const repos = useRepos();
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => {
    let objectUrl: string | null = null;
    let current = true;
    repos.attachments.blob(sha256).then(
      (blob) => {
        if (!current || !blob) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      () => undefined,
    );
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [repos, sha256]);

  return url ? (
    <img className="attachment-preview" src={url} alt={alt} />
  ) : (
    <span className="attachment-preview placeholder" aria-hidden="true" />
  );
}
