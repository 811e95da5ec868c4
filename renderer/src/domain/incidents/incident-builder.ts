// Builds one ParsedIncident from a record, collecting every problem instead of stopping at the
// first, so a refused record lists all that is wrong with it. Importers say what each field of
// their tool means; the rules shared by every tool (ids, severity, times, order, the stand-in for
// detection) live here once.
import {
  NO_MILESTONES,
  type EpochMs,
  type KnownFlag,
  type MilestoneTime,
  type ParsedIncident,
  type Place,
} from './incident';
import { type IncidentSource, type IncidentMilestoneId } from '../records/incidents';
import { type Severity } from '../records/drills';
import type { ApartIncident, ApartKind, RefusedRecord } from './import-result';
import { checkOrder, dropLateStandIn } from './milestone-order';
import { mapSeverity, type SeverityTable } from './severity';
import { inRange, type TimeReader } from './times';
import { isPlaceholder, looksLikeFormula, quoted, show, textOf } from './values';

export interface ReadContext {
  readonly tool: IncidentSource;
  readonly sourceKey: string;
  readonly times: TimeReader;
  /** The zone zone-less times are read in, named in their provenance. */
  readonly zoneName: string | undefined;
  readonly userSeverities: ReadonlyMap<string, Severity>;
  readonly presetSeverities: SeverityTable;
}

export type RecordOutcome =
  | { readonly kind: 'incident'; readonly incident: ParsedIncident }
  | { readonly kind: 'apart'; readonly apart: ApartIncident }
  | { readonly kind: 'refused'; readonly refused: RefusedRecord };

const ID_MAX = 100;
const TITLE_MAX = 300;

type Flag = 'runbookUsed' | 'automationUsed' | 'reviewHeld';

export class IncidentBuilder {
  private readonly problems: string[] = [];
  private readonly times: Partial<Record<IncidentMilestoneId, MilestoneTime>> = {};
  private readonly flags: Partial<Record<Flag, KnownFlag>> = {};
  private readonly notes: string[] = [];
  private readonly services: string[] = [];
  private sourceId: string | undefined;
  private reference: string | undefined;
  private title: string | undefined;
  private severity: { value: Severity; raw: string; field: string } | undefined;
  private unknownSeverity: string | undefined;
  private teamHint: string | undefined;
  private apartAs: { kind: ApartKind; reason: string } | undefined;
  private lateCreationAllowed = false;

  constructor(
    private readonly context: ReadContext,
    private readonly place: Place,
  ) {}

  problem(text: string): void {
    this.problems.push(text);
  }

  id(value: unknown, field: string): void {
    const text = textOf(value);
    if (text === undefined) this.problem(`it has no id (${quoted(field)} is empty)`);
    else if (looksLikeFormula(text)) this.problem(formulaProblem(field, text));
    else if (text.length > ID_MAX)
      this.problem(`${quoted(field)} is too long to be an id: ${show(text)}`);
    else this.sourceId = text;
  }

  /** How the tool shows the incident ("#1234", "INC-12"); kept only when it differs from the id. */
  ref(value: unknown, prefix = ''): void {
    const text = textOf(value);
    if (text !== undefined && text.length <= ID_MAX) this.reference = `${prefix}${text}`;
  }

  name(value: unknown): void {
    const text = textOf(value);
    // One kind of line break, whichever system wrote the file.
    if (text !== undefined) this.title = text.replace(/\r\n?/gu, '\n').slice(0, TITLE_MAX);
  }

  severityFrom(value: unknown, field: string): void {
    const raw = textOf(value);
    if (raw === undefined || isPlaceholder(raw)) return;
    if (looksLikeFormula(raw)) {
      this.problem(formulaProblem(field, raw));
      return;
    }
    const { userSeverities, presetSeverities } = this.context;
    const mapped = mapSeverity(raw, userSeverities, presetSeverities);
    if (mapped === undefined) {
      this.unknownSeverity = raw;
      this.problem(
        `${quoted(field)} has a severity no mapping knows: ${show(raw)} (map it to SEV1–SEV4)`,
      );
      return;
    }
    this.severity = { value: mapped, raw, field };
  }

  service(value: unknown): void {
    const text = textOf(value);
    if (text !== undefined && !this.services.includes(text)) this.services.push(text);
  }

  team(value: unknown): void {
    this.teamHint ??= textOf(value);
  }

  flag(flag: Flag, value: boolean, field: string): void {
    this.flags[flag] = { value, field };
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** Set first wins: a test incident that is also open is listed as a test. */
  apart(kind: ApartKind, reason: string): void {
    this.apartAs ??= { kind, reason };
  }

  /** For tools whose records may be made after the fact (FireHydrant, Rootly). */
  allowLateCreation(): void {
    this.lateCreationAllowed = true;
  }

  has(milestone: IncidentMilestoneId): boolean {
    return this.times[milestone] !== undefined;
  }

  get(milestone: IncidentMilestoneId): MilestoneTime | undefined {
    return this.times[milestone];
  }

  /** A time written in the file; empty and placeholder values are "not recorded". */
  time(
    milestone: IncidentMilestoneId,
    value: unknown,
    field: string,
    standIn?: 'creation',
  ): MilestoneTime | undefined {
    if (value === null || value === undefined) return undefined;
    const text = textOf(value);
    if (text === undefined || isPlaceholder(text)) return undefined;
    if (typeof value !== 'string') {
      this.problem(`${quoted(field)} is a number, not a date and time: ${show(value)}`);
      return undefined;
    }
    if (looksLikeFormula(text)) {
      this.problem(formulaProblem(field, text));
      return undefined;
    }
    const read = this.context.times.read(text);
    if (!read.ok) {
      this.problem(`${quoted(field)} ${read.reason}: ${show(text)}`);
      return undefined;
    }
    const zone = this.context.zoneName;
    const label = read.zoneless && zone !== undefined ? `${field} (read in ${zone})` : field;
    return this.set(milestone, read.at, {
      field: label,
      raw: text,
      ...(standIn === undefined ? {} : { standIn }),
      ...(read.note === undefined ? {} : { note: read.note }),
    });
  }

  /** The earliest of several recorded times (PagerDuty lists every acknowledgement). */
  earliest(
    milestone: IncidentMilestoneId,
    candidates: readonly { readonly value: unknown; readonly field: string }[],
  ): MilestoneTime | undefined {
    let first: MilestoneTime | undefined;
    for (const { value, field } of candidates) {
      const time = this.time(milestone, value, field);
      if (time !== undefined && (first === undefined || time.at < first.at)) first = time;
    }
    if (first !== undefined) this.times[milestone] = first;
    return first;
  }

  /** Reads a time only to compare it with another: the incident is left as it was. */
  peek(text: string): EpochMs | undefined {
    const read = this.context.times.read(text);
    return read.ok ? read.at : undefined;
  }

  /** True when a preset or the user's mapping knows this severity value. */
  knowsSeverity(raw: string): boolean {
    const { userSeverities, presetSeverities } = this.context;
    return mapSeverity(raw, userSeverities, presetSeverities) !== undefined;
  }

  /** A time the file writes as an amount after another time (Opsgenie's report.ackTime). */
  after(
    milestone: IncidentMilestoneId,
    base: MilestoneTime | undefined,
    amount: unknown,
    unitMs: number,
    field: string,
  ): MilestoneTime | undefined {
    if (amount === null || amount === undefined || base === undefined) return undefined;
    const number = typeof amount === 'number' ? amount : Number(textOf(amount) ?? Number.NaN);
    if (!Number.isFinite(number)) {
      this.problem(`${quoted(field)} is not a number: ${show(amount)}`);
      return undefined;
    }
    if (number < 0) {
      this.problem(`${quoted(field)} is negative: ${show(amount)}`);
      return undefined;
    }
    return this.set(milestone, base.at + Math.round(number * unitMs), {
      field,
      raw: String(number),
    });
  }

  private set(
    milestone: IncidentMilestoneId,
    at: EpochMs,
    from: Omit<MilestoneTime, 'at'>,
  ): MilestoneTime | undefined {
    if (!inRange(at)) {
      this.problem(
        `${quoted(from.field)} is not a time between the years 2000 and 2200: ${show(from.raw)}`,
      );
      return undefined;
    }
    const time: MilestoneTime = { at, ...from };
    this.times[milestone] = time;
    return time;
  }

  finish(): RecordOutcome {
    if (this.problems.length === 0) {
      const late = this.lateCreationAllowed ? dropLateStandIn(this.times) : undefined;
      if (late !== undefined) {
        delete this.times.detected;
        this.note(late);
      }
      this.problems.push(...checkOrder(this.times));
    }
    if (this.problems.length > 0 || this.sourceId === undefined) {
      return {
        kind: 'refused',
        refused: {
          place: this.place,
          sourceId: this.sourceId,
          reasons: this.problems,
          unknownSeverity: this.unknownSeverity,
        },
      };
    }
    const incident = this.build(this.sourceId);
    return this.apartAs === undefined
      ? { kind: 'incident', incident }
      : { kind: 'apart', apart: { incident, ...this.apartAs } };
  }

  private build(sourceId: string): ParsedIncident {
    const { tool, sourceKey } = this.context;
    return {
      tool,
      sourceKey,
      sourceId,
      reference: this.reference === sourceId ? undefined : this.reference,
      title: this.title ?? this.reference ?? sourceId,
      severity: this.severity?.value,
      severityRaw: this.severity?.raw,
      severityField: this.severity?.field,
      services: this.services,
      teamHint: this.teamHint,
      milestones: { ...NO_MILESTONES, ...this.times },
      runbookUsed: this.flags.runbookUsed,
      automationUsed: this.flags.automationUsed,
      reviewHeld: this.flags.reviewHeld,
      notes: this.notes,
      place: this.place,
    };
  }
}

function formulaProblem(field: string, text: string): string {
  return `${quoted(field)} holds a spreadsheet formula, not data: ${show(text)}`;
}
