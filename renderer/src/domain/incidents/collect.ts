// Gathers the outcome of every record of a file into the lists of an ImportedFile. An id seen
// before in the same file is refused at its second place, naming the first: the file disagrees
// with itself, and the first copy is the one kept.
import { describePlace, type ParsedIncident, type Place } from './incident';
import { type IncidentSource } from '../records/incidents';
import { isTotalsRow, type CsvRow, type CsvTable } from './csv-table';
import { IncidentBuilder, type ReadContext, type RecordOutcome } from './incident-builder';
import type { ApartIncident, ImportedFile, RefusedRecord, SkippedRecord } from './import-result';
import { countOf } from '../text/plural';
import { isObject, show, type Json } from './values';

export class RecordCollector {
  private readonly incidents: ParsedIncident[] = [];
  private readonly apart: ApartIncident[] = [];
  private readonly refused: RefusedRecord[] = [];
  private readonly skipped: SkippedRecord[] = [];
  private readonly notes: string[] = [];
  private readonly firstPlace = new Map<string, Place>();

  constructor(private readonly tool: IncidentSource) {}

  add(outcome: RecordOutcome): void {
    const { place, sourceId } = whereAndWho(outcome);
    if (sourceId !== undefined) {
      const first = this.firstPlace.get(sourceId);
      if (first !== undefined) {
        this.refused.push({
          place,
          sourceId,
          reasons: [
            `its id ${JSON.stringify(sourceId)} appears twice in the file (first at ${describePlace(first)})`,
          ],
          unknownSeverity: undefined,
        });
        return;
      }
      this.firstPlace.set(sourceId, place);
    }
    if (outcome.kind === 'incident') this.incidents.push(outcome.incident);
    else if (outcome.kind === 'apart') this.apart.push(outcome.apart);
    else this.refused.push(outcome.refused);
  }

  skip(place: Place, reason: string): void {
    this.skipped.push({ place, reason });
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  result(): ImportedFile {
    const onChange = [...this.incidents, ...this.apart.map((item) => item.incident)]
      .flatMap((item) => Object.values(item.milestones))
      .filter((time) => time?.note !== undefined).length;
    if (onChange > 0) {
      this.note(
        `${countOf(onChange, 'time falls', 'times fall')} on a daylight-saving change, where a local time happens twice or never; each says how it was read.`,
      );
    }
    return {
      ok: true,
      tool: this.tool,
      incidents: this.incidents,
      apart: this.apart,
      refused: this.refused,
      skipped: this.skipped,
      notes: this.notes,
    };
  }
}

function whereAndWho(outcome: RecordOutcome): { place: Place; sourceId: string | undefined } {
  switch (outcome.kind) {
    case 'incident':
      return { place: outcome.incident.place, sourceId: outcome.incident.sourceId };
    case 'apart':
      return { place: outcome.apart.incident.place, sourceId: outcome.apart.incident.sourceId };
    case 'refused':
      return { place: outcome.refused.place, sourceId: outcome.refused.sourceId };
  }
}

/** Reads every record of a JSON list with `readOne`; a record that is not an object is refused. */
export function collectJson(
  items: readonly unknown[],
  context: ReadContext,
  readOne: (record: Json, builder: IncidentBuilder) => void,
  collector: RecordCollector,
): void {
  items.forEach((item, index) => {
    const builder = new IncidentBuilder(context, { kind: 'record', number: index + 1 });
    if (isObject(item)) readOne(item, builder);
    else builder.problem(`it is not an incident record: ${show(item)}`);
    collector.add(builder.finish());
  });
}

/**
 * Reads every row of a CSV table with `readRow`. A totals row ("Total", "Summe" alone in its first
 * cell) is passed over; a short last row is a file cut off mid-row.
 */
export function collectCsv(
  table: CsvTable,
  context: ReadContext,
  readRow: (row: CsvRow, builder: IncidentBuilder) => void,
  collector: RecordCollector,
): void {
  const last = table.rows[table.rows.length - 1];
  for (const row of table.rows) {
    const place: Place = { kind: 'row', number: row.number };
    if (isTotalsRow(row)) {
      collector.skip(place, 'a totals row, not an incident');
      continue;
    }
    const builder = new IncidentBuilder(context, place);
    if (row === last && row.cells.length < table.header.length) {
      builder.problem(
        `it has ${row.cells.length} of the file's ${table.header.length} columns: the file may have been cut off`,
      );
    }
    readRow(row, builder);
    collector.add(builder.finish());
  }
}
