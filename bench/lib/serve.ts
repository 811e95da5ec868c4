// The benchmark's web shell, run as its own process by bench/lib/web-shell.ts: the built renderer
// (built first if out of date) plus the blank page, on BENCH_PORT or, by default, on a free port
// the system picks, so several benchmarks and test runs can share a machine.
import { RENDERER_OUT } from '../../scripts/lib/paths';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build';
import { startWebServer } from '../../scripts/lib/web-server';
import { BLANK_PAGE, BLANK_PAGE_PATH } from './blank-page';

await ensureRendererBuilt();
const server = await startWebServer(RENDERER_OUT, Number(process.env.BENCH_PORT ?? 0), {
  [BLANK_PAGE_PATH]: BLANK_PAGE,
});
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
console.log(`Benchmark web shell: ${server.url}`);
