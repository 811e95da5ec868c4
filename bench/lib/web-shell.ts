// Starts the benchmark's web shell (bench/lib/serve.ts) and learns its address from what it
// prints. One process (Node with tsx's loader), not npx → tsx → node: killing it then really stops
// the server, and the benchmark exits when it is done.
import { spawn } from 'node:child_process';

const ANNOUNCED_URL = /http:\/\/127\.0\.0\.1:\d+\//u;

export interface RunningShell {
  readonly baseUrl: string;
  stop(): void;
}

export async function startWebShell(): Promise<RunningShell> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/serve.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = ANNOUNCED_URL.exec(output)?.[0];
      if (url !== undefined) resolve(url);
    });
    server.on('exit', (code) => {
      reject(new Error(`The benchmark's web shell exited with ${String(code)}.`));
    });
  });
  return { baseUrl, stop: () => server.kill('SIGTERM') };
}
