/**
 * Real WebDAV servers for the sync transport tests, from Debian's packages (installed by .ci/run):
 * `rclone serve webdav` (simple: a PUT into a missing folder gives 404) and Apache httpd with mod_dav_fs
 * (strict: 409 for a missing parent, enforces If-Match). Each runs as a child process on 127.0.0.1 with a
 * free port, a generated configuration and a data folder of its own in a temp dir, in a process group of
 * its own that is killed whole when it stops. Nothing here touches the system's Apache service or its
 * configuration.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type WebdavServerKind = 'rclone' | 'apache';

export interface WebdavServer {
  kind: WebdavServerKind;
  /** The server's root collection, with a trailing slash. */
  url: string;
  port: number;
  /** The folder the server serves: the tests look at the files on disk here. */
  dataDir: string;
  username: string;
  password: string;
  /** Stops the server (SIGTERM, then SIGKILL to its group after a grace) and waits; removes its temp dir. */
  stop(): Promise<void>;
}

const USERNAME = 'delegate';
const PASSWORD = 'correct horse battery staple';
const APACHE_BINARY = '/usr/sbin/apache2';
const APACHE_MODULES = '/usr/lib/apache2/modules';
/** The unprivileged user Apache's workers switch to when it is started as root (made by Debian's apache2). */
const APACHE_RUN_USER = 'www-data';
const READY_TIMEOUT_MS = 15_000;

/** Why a server cannot run on this machine (binary missing), or null when it can. */
export function webdavServerUnavailable(kind: WebdavServerKind): string | null {
  if (kind === 'rclone') {
    const probe = spawnSync('rclone', ['version'], { encoding: 'utf8' });
    return probe.error ? 'rclone is not installed (Debian package rclone; .ci/run installs it)' : null;
  }
  if (!existsSync(APACHE_BINARY) || !existsSync(join(APACHE_MODULES, 'mod_dav_fs.so'))) {
    return 'Apache with mod_dav is not installed (Debian package apache2; .ci/run installs it)';
  }
  if (!existsSync('/usr/bin/htpasswd')) return 'htpasswd is not installed (Debian package apache2-utils)';
  return null;
}

export function startWebdavServer(kind: WebdavServerKind): Promise<WebdavServer> {
  return kind === 'rclone' ? startRclone() : startApache();
}

export async function startRclone(): Promise<WebdavServer> {
  const home = await mkdtemp(join(tmpdir(), 'liaison-rclone-'));
  const dataDir = join(home, 'data');
  await mkdir(dataDir);
  const port = await freePort();
  const child = spawn(
    'rclone',
    [
      'serve',
      'webdav',
      dataDir,
      '--addr',
      `127.0.0.1:${port}`,
      '--user',
      USERNAME,
      '--pass',
      PASSWORD,
      // An empty config of its own: nothing from the user's rclone setup leaks into the tests.
      '--config',
      join(home, 'rclone.conf'),
    ],
    SERVER_SPAWN_OPTIONS,
  );
  return running('rclone', child, home, dataDir, port, () => Promise.resolve(''));
}

export async function startApache(): Promise<WebdavServer> {
  const home = await mkdtemp(join(tmpdir(), 'liaison-apache-'));
  const dataDir = join(home, 'data');
  const lockDir = join(home, 'locks');
  await mkdir(dataDir);
  await mkdir(lockDir);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // Apache refuses to serve as root; its workers run as www-data and must reach the data and lock folders.
    const { uid, gid } = userIds(APACHE_RUN_USER);
    await chmod(home, 0o755);
    await chown(dataDir, uid, gid);
    await chown(lockDir, uid, gid);
  }
  const htpasswd = spawnSync('htpasswd', ['-bcB', join(home, 'htpasswd'), USERNAME, PASSWORD], {
    encoding: 'utf8',
  });
  if (htpasswd.status !== 0) throw new Error(`htpasswd failed: ${htpasswd.stderr}`);
  const port = await freePort();
  // prefork, not event: event's threaded workers now and then hung on SIGTERM until Apache killed them.
  const modules = [
    'mpm_prefork',
    'authz_core',
    'authn_core',
    'authn_file',
    'auth_basic',
    'authz_user',
    'dav',
  ];
  const config = [
    `ServerRoot "${home}"`,
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `PidFile "${join(home, 'httpd.pid')}"`,
    `ErrorLog "${join(home, 'error.log')}"`,
    'LogLevel warn',
    `DefaultRuntimeDir "${home}"`,
    `Mutex file:${home} default`,
    ...(asRoot ? [`User ${APACHE_RUN_USER}`, `Group ${APACHE_RUN_USER}`] : []),
    ...modules.map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`),
    `LoadModule dav_fs_module ${APACHE_MODULES}/mod_dav_fs.so`,
    `DavLockDB "${join(lockDir, 'davlock')}"`,
    `DocumentRoot "${dataDir}"`,
    `<Directory "${dataDir}">`,
    '  Dav On',
    '  AuthType Basic',
    '  AuthName "Liaison tests"',
    `  AuthUserFile "${join(home, 'htpasswd')}"`,
    '  Require valid-user',
    '</Directory>',
    '',
  ].join('\n');
  const configPath = join(home, 'httpd.conf');
  await writeFile(configPath, config);
  const child = spawn(APACHE_BINARY, ['-f', configPath, '-DFOREGROUND'], SERVER_SPAWN_OPTIONS);
  const errorLog = () => readFile(join(home, 'error.log'), 'utf8').catch(() => '');
  return running('apache', child, home, dataDir, port, errorLog);
}

/** How long a server may take to stop before its process group is killed. */
const STOP_GRACE_MS = 2_000;

/** Each server leads a process group of its own, so that stopping it also ends the workers it forks. */
const SERVER_SPAWN_OPTIONS = { stdio: ['ignore', 'pipe', 'pipe'], detached: true } satisfies SpawnOptions;

/** Waits until the child answers HTTP on its port; fails with its output if it exits or never answers. */
async function running(
  kind: WebdavServerKind,
  child: ChildProcess,
  home: string,
  dataDir: string,
  port: number,
  extraLog: () => Promise<string>,
): Promise<WebdavServer> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
  };
  // A test runner that dies must not leave servers behind.
  process.once('exit', killGroup);
  const url = `http://127.0.0.1:${port}/`;
  const server: WebdavServer = {
    kind,
    url,
    port,
    dataDir,
    username: USERNAME,
    password: PASSWORD,
    async stop() {
      process.off('exit', killGroup);
      // Asked to stop as an administrator would, so clients see the server close its connections; then the
      // group is killed. Apache's graceful stop sometimes finds a worker that will not end and waits about
      // 10 s before killing it itself (seen in CI as a timed-out afterAll); a test server has nothing to
      // save, so it gets STOP_GRACE_MS.
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS))]);
      }
      killGroup();
      await exited;
      await rm(home, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await server.stop().catch(() => undefined);
      throw new Error(`${kind} exited before it answered: ${output}${await extraLog()}`);
    }
    try {
      await fetch(url, { method: 'OPTIONS', signal: AbortSignal.timeout(1000) });
      return server;
    } catch {
      // Not listening yet: try again until the deadline, waiting on the child rather than a fixed delay.
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${kind} did not answer on ${url} within ${READY_TIMEOUT_MS} ms: ${output}`);
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
}

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function userIds(name: string): { uid: number; gid: number } {
  const uid = Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid <= 0) {
    throw new Error(`The user ${name} does not exist; Debian's apache2 package creates it.`);
  }
  return { uid, gid };
}
