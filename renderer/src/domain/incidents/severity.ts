// From a tool's severity or priority value to SEV1–SEV4. Each preset knows its tool's usual
// values; the user's own mapping (from the mapping step) comes first, so a value the preset does
// not know, or maps differently from the team's habit, can be set once and reused. A value nobody
// maps is refused with the value named, never guessed.
import { SEVERITIES, type Severity } from '../records/drills';

/** Keys are compared lower-case with spaces collapsed: "P1", "p1 " and "P1" are one value. */
export type SeverityTable = Readonly<Record<string, Severity>>;

export function severityKey(raw: string): string {
  return raw.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** A user's mapping with its keys normalised, so lookups are one step. */
export function normaliseSeverityTable(table: SeverityTable | undefined): Map<string, Severity> {
  const map = new Map<string, Severity>();
  for (const [raw, severity] of Object.entries(table ?? {})) {
    if ((SEVERITIES as readonly string[]).includes(severity)) {
      map.set(severityKey(raw), severity);
    }
  }
  return map;
}

/** "SEV1", "Sev-2", "sev 3", "S4", "severity 1": the app's own names and their usual spellings. */
const SEV_NAME = /^(?:sev(?:erity)?|s)[\s\-_]?([1-4])$/u;

export function mapSeverity(
  raw: string,
  user: ReadonlyMap<string, Severity>,
  preset: SeverityTable,
): Severity | undefined {
  const key = severityKey(raw);
  // Own keys only: a value such as "constructor" must not find Object's.
  const chosen = user.get(key) ?? (Object.hasOwn(preset, key) ? preset[key] : undefined);
  if (chosen !== undefined) return chosen;
  const match = SEV_NAME.exec(key);
  return match === null ? undefined : (`SEV${match[1] ?? ''}` as Severity);
}

/** P1–P5 (PagerDuty's default priorities, Opsgenie's priorities): P5 is the lowest, as SEV4 is. */
export const P_PRIORITIES: SeverityTable = {
  p1: 'SEV1',
  p2: 'SEV2',
  p3: 'SEV3',
  p4: 'SEV4',
  p5: 'SEV4',
};
