import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

/** The environment of a newcomer's machine: embedded PGlite (no DATABASE_URL), the given data dir. */
export function cliEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSROOM_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extra };
  delete env.DATABASE_URL;
  return env;
}

/** Runs `newsroom <args>` from source and returns its exit code and output. */
export function newsroom(args: string[], env: NodeJS.ProcessEnv, input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `newsroom <args>` in the background (a server); resolves once `url` answers. */
export async function startNewsroom(args: string[], env: NodeJS.ProcessEnv, url: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`newsroom exited early (${child.exitCode}): ${output}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`newsroom did not answer at ${url}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    output: () => output,
    stop: () =>
      new Promise<number | null>((resolve) => {
        child.once('exit', (code) => {
          resolve(code);
        });
        child.kill('SIGTERM');
      }),
  };
}
