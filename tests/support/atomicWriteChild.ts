/**
 * Child process for the atomic-write tests.
 * - `crash`: starts replacing a file, then dies with SIGKILL after the temp file is durable and before
 *   the rename, as a power cut or a killed app would.
 * - `write`: writes normally and prints the error code, if any (used to run as an unprivileged user).
 */
import { writeFileAtomic } from '../../electron/main/files/writeFileAtomic';

const [mode, target, content] = process.argv.slice(2);
if ((mode !== 'crash' && mode !== 'write') || !target || content === undefined) {
  throw new Error('usage: atomicWriteChild crash|write <target> <content>');
}
try {
  await writeFileAtomic(target, content, {
    beforeRename: () => {
      if (mode === 'crash') process.kill(process.pid, 'SIGKILL');
    },
  });
  process.stdout.write('ok');
} catch (error) {
  process.stdout.write(String((error as NodeJS.ErrnoException).code));
  process.exitCode = 1;
}
