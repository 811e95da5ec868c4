// THE way an IPC handler is registered. Before any handler runs, the invoke must come from the
// app's own page (its origin and its main frame), and its arguments must pass the channel's
// schema. Whatever happens next, the renderer gets a Result back, never a rejected promise.
import { APP_ORIGIN } from '../../shared/app-origin';
import {
  invokeChannels,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResults,
} from '../../shared/ipc-contract';
import { err, type Result } from '../../shared/result';
import { isAppUrl } from '../security/app-url';

/**
 * Which page asked: its web contents' id, so a request can be about the asking window (the display
 * it is on, a power-save blocker that ends with it). -1 when Electron no longer knows the sender.
 */
export interface InvokeSender {
  readonly contentsId: number;
}

/** A handler gets the validated arguments, then who asked (which most handlers ignore). */
export type InvokeHandler<C extends InvokeChannel> = (
  ...args: [...InvokeArgs<C>, sender?: InvokeSender]
) => Promise<Result<InvokeResults[C]>> | Result<InvokeResults[C]>;

/** One handler per channel: a missing or extra channel is a compile error where this is used. */
export type InvokeHandlers = { readonly [C in InvokeChannel]: InvokeHandler<C> };

/** The parts of Electron's IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  readonly sender?: { readonly id: number };
}

/** The part of Electron's ipcMain we use, so tests can pass a fake. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>,
  ): void;
}

export type Logger = (message: string, error?: unknown) => void;

/**
 * Only the app's own top-level document may call the main process. A subframe is refused even on
 * the right origin: the app has no frames, so one that speaks IPC was injected.
 */
export function isTrustedSender(sender: { url: string; isMainFrame: boolean }): boolean {
  return sender.isMainFrame && isAppUrl(sender.url);
}

/** Reads the sender out of the event; null when Electron no longer knows the frame. */
function describeSender(event: InvokeEventLike): { url: string; isMainFrame: boolean } | null {
  try {
    const frame = event.senderFrame;
    if (frame === null) return null;
    // parent === null identifies a top-level frame (the test VS Code's validatedIpcMain uses).
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    // A frame disposed mid-call throws on access; an unknown sender is an untrusted one.
    return null;
  }
}

function senderId(event: InvokeEventLike): number {
  try {
    return event.sender?.id ?? -1;
  } catch {
    return -1;
  }
}

function formatIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .map((issue) => {
      const where =
        issue.path.length === 0 ? 'arguments' : `argument ${issue.path.map(String).join('.')}`;
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

async function invoke<C extends InvokeChannel>(
  channel: C,
  handler: InvokeHandler<C>,
  event: InvokeEventLike,
  args: unknown[],
  log: Logger,
): Promise<Result<InvokeResults[C]>> {
  const sender = describeSender(event);
  if (sender === null || !isTrustedSender(sender)) {
    log(
      `IPC ${channel} refused: sender ${sender?.url ?? '(gone)'} is not the ${APP_ORIGIN} main frame`,
    );
    return err('forbidden-sender', `${channel} may only be called by the app's own window.`);
  }

  const parsed = invokeChannels[channel].args.safeParse(args);
  if (!parsed.success) {
    return err('invalid-arguments', `${channel}: ${formatIssues(parsed.error.issues)}`);
  }

  try {
    // The schema's output type is exactly InvokeArgs<C>; TypeScript cannot correlate the two
    // through the generic index, hence the one cast.
    return await handler(...(parsed.data as InvokeArgs<C>), { contentsId: senderId(event) });
  } catch (error: unknown) {
    log(`IPC ${channel} handler threw`, error);
    return err('internal', `${channel} failed unexpectedly.`);
  }
}

export function registerHandlers(
  ipc: IpcMainLike,
  handlers: InvokeHandlers,
  log: Logger = (message, error) => {
    console.error(message, ...(error === undefined ? [] : [error]));
  },
): void {
  const channels = Object.keys(invokeChannels) as InvokeChannel[];
  // The type already demands exactly these keys; this guards against a handler map built with a
  // cast or at runtime, so a missing or stray handler fails at startup, not on first use.
  const extra = Object.keys(handlers).filter((key) => !(key in invokeChannels));
  const missing = channels.filter((channel) => typeof handlers[channel] !== 'function');
  if (extra.length > 0 || missing.length > 0) {
    throw new Error(
      `IPC handlers do not match the contract (missing: ${missing.join(', ') || 'none'}; unexpected: ${extra.join(', ') || 'none'})`,
    );
  }

  for (const channel of channels) {
    const handler = handlers[channel] as InvokeHandler<typeof channel>;
    ipc.handle(channel, (event, ...args) => invoke(channel, handler, event, args, log));
  }
}
