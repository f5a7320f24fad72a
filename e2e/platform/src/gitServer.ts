import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { seedPromises } from './fixtures/promises';
import { seedResources } from './fixtures/resources';

const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';

/** Options for {@link startGitServer}. */
export interface GitServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  username?: string;
  password?: string;
  /** Where the bare repository goes (emptied first); default: a new temp directory. */
  dir?: string;
  /** Files of the first commit on `main`, path → content. Default: {@link promiseFiles}(). */
  files?: Record<string, string>;
}

/** One commit of the served repository, newest first in {@link RunningGitServer.log}. */
export interface GitLogEntry {
  sha: string;
  authorName: string;
  authorEmail: string;
  message: string;
  /** Paths the commit added, modified or deleted. */
  files: string[];
}

/** A git smart-HTTP server on loopback, with basic auth, serving one bare repository. */
export interface RunningGitServer {
  /** Clone URL of the repository (no credentials in it). */
  repoUrl: string;
  username: string;
  password: string;
  /** The bare repository on disk. */
  bareDir: string;
  /** Every request the server answered: method, path and status. */
  requests: { method: string; path: string; status: number }[];
  /** The commits on `main`, newest first. */
  log(): GitLogEntry[];
  /** Content of a file on `main`, or undefined when absent. */
  read(file: string): string | undefined;
  /** Paths of every file on `main`. */
  files(): string[];
  /** Commits `files` (path → content, null deletes) directly to `main`, as another writer would. */
  commit(message: string, files: Record<string, string | null>): void;
  stop(): Promise<void>;
}

/**
 * The seeded Promises of the simulated platform as repository files,
 * `<dir>/<name>.yaml`, each without its status (git holds desired state).
 */
export function promiseFiles(dir = 'promises'): Record<string, string> {
  return Object.fromEntries(
    seedPromises.map(p => [
      path.posix.join(dir, `${p.metadata.name}.yaml`),
      YAML.stringify(p),
    ]),
  );
}

/**
 * The seeded resource requests of the simulated platform as GitOps mode
 * lays them out: `<path>/<namespace>/<promise>/<name>.yaml`.
 */
export function resourceRequestFiles(root = ''): Record<string, string> {
  return Object.fromEntries(
    seedResources.map(r => {
      const group = r.apiVersion.split('/')[0];
      const api = (p: (typeof seedPromises)[number]) =>
        'api' in p.spec ? p.spec.api.spec : undefined;
      const promise = seedPromises.find(
        p => api(p)?.group === group && api(p)?.names.kind === r.kind,
      );
      const file = [
        root,
        r.metadata.namespace,
        promise?.metadata.name,
        `${r.metadata.name}.yaml`,
      ]
        .filter(Boolean)
        .join('/');
      return [file, YAML.stringify(r)];
    }),
  );
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Seed',
      GIT_AUTHOR_EMAIL: 'seed@example.com',
      GIT_COMMITTER_NAME: 'Seed',
      GIT_COMMITTER_EMAIL: 'seed@example.com',
    },
  });

function commitFiles(
  bareDir: string,
  message: string,
  files: Record<string, string | null>,
) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-git-work-'));
  try {
    git(work, 'init', '-q', '-b', 'main');
    if (git(bareDir, 'branch', '--list', 'main').trim() !== '') {
      git(work, 'fetch', '-q', bareDir, 'main');
      git(work, 'reset', '-q', '--hard', 'FETCH_HEAD');
    }
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(work, file);
      if (content === null) {
        fs.rmSync(target, { force: true });
      } else {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, content);
      }
    }
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '--allow-empty', '-m', message);
    git(work, 'push', '-q', bareDir, 'HEAD:main');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function commitAt(bareDir: string, sha: string): GitLogEntry {
  const [authorName, authorEmail, message] = git(
    bareDir,
    'show',
    '-s',
    '--format=%an%x00%ae%x00%B',
    sha,
  ).split('\0');
  const files = git(
    bareDir,
    'diff-tree',
    '--no-commit-id',
    '--name-only',
    '-r',
    '--root',
    sha,
  )
    .split('\n')
    .filter(Boolean);
  return { sha, authorName, authorEmail, message: message.trim(), files };
}

function authorized(req: http.IncomingMessage, user: string, pass: string) {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  return decoded === `${user}:${pass}`;
}

/** Runs one request through `git http-backend` (CGI) and relays its answer. */
function serveCgi(
  bareRoot: string,
  user: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  done: (status: number) => void,
) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: bareRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    REMOTE_USER: user,
    REQUEST_METHOD: req.method,
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
  };
  if (req.headers['content-type']) {
    env.CONTENT_TYPE = req.headers['content-type'];
  }
  if (req.headers['content-length']) {
    env.CONTENT_LENGTH = req.headers['content-length'];
  }
  if (req.headers['content-encoding']) {
    env.HTTP_CONTENT_ENCODING = req.headers['content-encoding'];
  }
  const cgi = spawn(HTTP_BACKEND, [], { env });
  req.pipe(cgi.stdin);
  let buffer = Buffer.alloc(0);
  let headersSent = false;
  cgi.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    buffer = Buffer.concat([buffer, chunk]);
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    let status = 200;
    for (const line of buffer.subarray(0, end).toString().split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = parseInt(value, 10);
      else res.setHeader(name, value);
    }
    res.statusCode = status;
    headersSent = true;
    res.write(buffer.subarray(end + 4));
  });
  cgi.on('close', () => {
    if (!headersSent) res.statusCode = 500;
    res.end();
    done(res.statusCode);
  });
}

/**
 * Starts `git http-backend` behind a Node http server on 127.0.0.1 that
 * requires basic auth, with a bare repository `kratix.git` whose `main`
 * holds `options.files` (by default the seeded Promises under `promises/`).
 */
export async function startGitServer(
  options: GitServerOptions = {},
): Promise<RunningGitServer> {
  const username = options.username ?? 'git-user';
  const password = options.password ?? 'git-secret-token';
  const root =
    options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ske-git-server-'));
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const bareDir = path.join(root, 'kratix.git');
  git(root, 'init', '-q', '--bare', '-b', 'main', bareDir);
  commitFiles(bareDir, 'Seed the platform', options.files ?? promiseFiles());

  const requests: RunningGitServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const record = (status: number) =>
      requests.push({
        method: req.method ?? '',
        path: (req.url ?? '').split('?')[0],
        status,
      });
    if (!authorized(req, username, password)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' });
      res.end('Unauthorized');
      record(401);
      return;
    }
    serveCgi(root, username, req, res, record);
  });
  await new Promise<void>(resolve =>
    server.listen(options.port ?? 0, '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;

  return {
    repoUrl: `http://127.0.0.1:${port}/kratix.git`,
    username,
    password,
    bareDir,
    requests,
    log: () =>
      git(bareDir, 'rev-list', 'main')
        .split('\n')
        .filter(Boolean)
        .map(sha => commitAt(bareDir, sha)),
    read: file => {
      try {
        return git(bareDir, 'show', `main:${file}`);
      } catch {
        return undefined;
      }
    },
    files: () =>
      git(bareDir, 'ls-tree', '-r', '--name-only', 'main')
        .split('\n')
        .filter(Boolean),
    commit: (message, files) => commitFiles(bareDir, message, files),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
