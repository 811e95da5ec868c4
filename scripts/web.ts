// `npm run web [-- --port N] [-- --no-open]`: the app in a browser, served from 127.0.0.1.
import { ensureRendererBuilt } from './lib/renderer-build';
import { parseWebShellArgs, runWebShell } from './lib/web-shell';

// While the renderer builds, Ctrl+C just stops; once serving, the shell shuts down cleanly itself.
const abort = (): never => process.exit(130);
process.on('SIGINT', abort);
process.on('SIGTERM', abort);

try {
  const options = parseWebShellArgs(process.argv.slice(2));
  await ensureRendererBuilt();
  process.off('SIGINT', abort);
  process.off('SIGTERM', abort);
  await runWebShell(options);
} catch (error: unknown) {
  console.error(`Web shell not started: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
