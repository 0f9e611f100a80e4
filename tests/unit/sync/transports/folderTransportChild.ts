/**
 * Child process for the folder target tests: writes one file through FolderTransport and prints the
 * outcome as JSON. The tests run it as `nobody` when they run as root, because root ignores folder
 * permissions, and a share that is read-only for the user is only real for an unprivileged process.
 */
import { FolderTransport } from '../../../../electron/main/sync/FolderTransport';
import { SyncTargetError } from '../../../../shared/sync/SyncTransport';

const [root, path, content] = process.argv.slice(2);
if (!root || !path || content === undefined)
  throw new Error('usage: folderTransportChild <root> <path> <content>');
try {
  await new FolderTransport(root).write(path, new TextEncoder().encode(content));
  process.stdout.write(JSON.stringify({ ok: true }));
} catch (error) {
  const { code, message } =
    error instanceof SyncTargetError ? error : { code: 'not-a-sync-error', message: String(error) };
  process.stdout.write(JSON.stringify({ ok: false, code, message }));
}
