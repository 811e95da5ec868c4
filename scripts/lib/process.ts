// Child-process helpers shared by the scripts. On Windows npm and npx are .cmd shims, which Node
// only starts through a shell, so commands resolved from PATH go through one there.
import { spawn, type SpawnOptions } from 'node:child_process';

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the child after this long; the result then reports `timedOut`. */
  readonly timeoutMs?: number;
  /** Keep the child's output to ourselves instead of passing it through. */
  readonly quiet?: boolean;
}

export interface RunResult {
  readonly code: number | null;
  readonly timedOut: boolean;
  /** Captured only when quiet. */
  readonly output: string;
}

export function run(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.quiet === true ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    shell: process.platform === 'win32' && !command.includes('/') && !command.includes('\\'),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, spawnOptions);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill();
          }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, output });
    });
  });
}

/** Runs a command and throws with a readable message if it does not succeed. */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `\`${[command, ...args].join(' ')}\` failed (exit code ${String(result.code)}).`,
    );
  }
}
