// The main-process side of every IPC channel. Arguments arrive already validated by the wrapper
// (validated-ipc.ts); these functions only decide and act. Electron is injected so the decisions
// can be tested without it.
import { isAllowedExternalUrl } from '../../shared/external-links';
import { err, ok } from '../../shared/result';
import type { InvokeHandlers } from './validated-ipc';

export interface HandlerDeps {
  readonly getName: () => string;
  readonly getVersion: () => string;
  readonly platform: string;
  readonly openExternal: (url: string) => Promise<void>;
}

export function createHandlers(deps: HandlerDeps): InvokeHandlers {
  return {
    'app:get-info': () =>
      ok({
        name: deps.getName(),
        version: deps.getVersion(),
        shell: 'electron',
        platform: deps.platform,
      }),

    'shell:open-external': async (url) => {
      // The renderer is not trusted to pick what the OS opens: only allow-listed https pages.
      if (!isAllowedExternalUrl(url)) {
        return err('not-allowed', 'Only https links to the allow-listed sites can be opened.');
      }
      try {
        await deps.openExternal(url);
      } catch {
        // Typically no browser is registered for https; the user can act on that, unlike a bug.
        return err('io-error', 'The system could not open the link in a browser.');
      }
      return ok(null);
    },
  } satisfies InvokeHandlers;
}
