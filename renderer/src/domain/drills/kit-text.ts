// The facilitator's kit as a scenario's form writes it: one item per line, with when it applies in
// front. `T+5m Tell responders…` is due five minutes after the start (paused time excluded),
// `@diagnose Tell…` when Diagnose starts; a hint or an observer item names its phase the same way.
// Parsing is strict: a line whose due part is not a duration or a phase is refused with its line
// number, so a typing slip never turns into an inject at the wrong time.
import {
  PHASES,
  type DrillPhaseId,
  type Hint,
  type Inject,
  type ObserverItem,
} from '../records/drills';
import { PHASE_LABELS } from '../words/drills';

/** A week, as the phase targets allow. */
export const OFFSET_MAX_SECONDS = 7 * 24 * 3600;

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/u;

/** "5m", "90s", "1h30m" or a bare number of minutes, in seconds; null when it is not one. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed) * 60;
  const match = DURATION.exec(trimmed);
  if (match === null || trimmed === '') return null;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** 300 → "5m", 5400 → "1h30m", 90 → "1m30s". */
export function formatDueOffset(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const text = `${h > 0 ? `${h}h` : ''}${m > 0 ? `${m}m` : ''}${s > 0 ? `${s}s` : ''}`;
  return text === '' ? '0m' : text;
}

/** "@diagnose" or "@Diagnose" → the phase; null when it names none. */
export function parsePhase(text: string): DrillPhaseId | null {
  const name = text.trim().replace(/^@/u, '').toLowerCase();
  return (
    PHASES.find((phase) => phase === name || PHASE_LABELS[phase].toLowerCase() === name) ?? null
  );
}

const lines = (text: string) =>
  text
    .split(/\r?\n/u)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '');

/** The first word of a line (its due part), and the rest without a leading colon. */
function split(line: string): { readonly head: string; readonly rest: string } {
  const match = /^(\S+?):?\s+(.*)$/u.exec(line);
  if (match === null) return { head: line.replace(/:$/u, ''), rest: '' };
  return { head: match[1] ?? '', rest: (match[2] ?? '').trim() };
}

const PHASE_NAMES = PHASES.map((phase) => `@${phase}`).join(', ');
const needsText = (number: number) =>
  `Line ${number}: write what to say after when it is due, e.g. “T+5m Tell responders replica lag is 30 s”.`;

function parseLines<T>(
  text: string,
  item: (line: string, number: number) => Parsed<T>,
): Parsed<readonly T[]> {
  const items: T[] = [];
  for (const { line, number } of lines(text)) {
    const parsed = item(line, number);
    if (!parsed.ok) return parsed;
    items.push(parsed.value);
  }
  return { ok: true, value: items };
}

export function parseInjects(text: string): Parsed<readonly Inject[]> {
  return parseLines(text, (line, number): Parsed<Inject> => {
    const { head, rest } = split(line);
    if (/^t\+/iu.test(head)) {
      const seconds = parseDuration(head.slice(2));
      if (seconds === null || seconds > OFFSET_MAX_SECONDS) {
        return {
          ok: false,
          message: `Line ${number}: “${head}” is not a duration. Write T+ and a time up to a week, e.g. T+5m, T+90s or T+1h30m.`,
        };
      }
      if (rest === '') return { ok: false, message: needsText(number) };
      return { ok: true, value: { text: rest, offsetSeconds: seconds, phase: null } };
    }
    if (head.startsWith('@')) {
      const phase = parsePhase(head);
      if (phase === null) {
        return {
          ok: false,
          message: `Line ${number}: “${head}” is not a phase. Use one of ${PHASE_NAMES}.`,
        };
      }
      if (rest === '') return { ok: false, message: needsText(number) };
      return { ok: true, value: { text: rest, offsetSeconds: null, phase } };
    }
    return {
      ok: false,
      message: `Line ${number}: start with when it is due: T+ and a time (T+5m) or a phase (@diagnose).`,
    };
  });
}

function parsePhased(text: string, required: boolean): Parsed<readonly Hint[]> {
  return parseLines(text, (line, number): Parsed<Hint> => {
    const { head, rest } = split(line);
    if (!head.startsWith('@')) {
      if (!required) return { ok: true, value: { text: line, phase: null } };
      return {
        ok: false,
        message: `Line ${number}: start with the phase it belongs to, e.g. @detect.`,
      };
    }
    const phase = parsePhase(head);
    if (phase === null) {
      return {
        ok: false,
        message: `Line ${number}: “${head}” is not a phase. Use one of ${PHASE_NAMES}.`,
      };
    }
    if (rest === '')
      return { ok: false, message: `Line ${number}: write the text after the phase.` };
    return { ok: true, value: { text: rest, phase } };
  });
}

/** A hint with a phase is offered when that phase runs past its target; one without, on demand. */
export function parseHints(text: string): Parsed<readonly Hint[]> {
  return parsePhased(text, false);
}

export function parseObserverChecklist(text: string): Parsed<readonly ObserverItem[]> {
  const parsed = parsePhased(text, true);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: parsed.value.flatMap((hint) =>
      hint.phase === null ? [] : [{ text: hint.text, phase: hint.phase }],
    ),
  };
}

export function injectLine(inject: Inject): string {
  const due =
    inject.phase !== null ? `@${inject.phase}` : `T+${formatDueOffset(inject.offsetSeconds ?? 0)}`;
  return `${due} ${inject.text}`;
}

export function phasedLine(item: {
  readonly text: string;
  readonly phase: DrillPhaseId | null;
}): string {
  return item.phase === null ? item.text : `@${item.phase} ${item.text}`;
}
