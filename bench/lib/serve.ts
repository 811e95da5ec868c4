// The benchmark's web shell, run as its own process by bench/lib/web-shell.ts: the built renderer
// (built first if out of date) plus the blank page, on BENCH_PORT or, by default, on a free port
// the system picks, so several benchmarks and test runs can share a machine.
import { RENDERER_OUT } from '../../scripts/lib/paths';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build';
import { PortInUseError, startWebServer, type WebServer } from '../../scripts/lib/web-server';
import { BLANK_PAGE, BLANK_PAGE_PATH } from './blank-page';

const port = Number(process.env.BENCH_PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error('BENCH_PORT must be a whole number from 0 (any free port) to 65535.');
  process.exit(1);
}
await ensureRendererBuilt();
let server: WebServer;
try {
  server = await startWebServer(RENDERER_OUT, port, { [BLANK_PAGE_PATH]: BLANK_PAGE });
} catch (error: unknown) {
  console.error(
    error instanceof PortInUseError
      ? `Port ${String(port)} is in use: set BENCH_PORT to another, or leave it unset for a free one.`
      : `The benchmark's web shell did not start: ${String(error)}`,
  );
  process.exit(1);
}
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
console.log(`Benchmark web shell: ${server.url}`);
