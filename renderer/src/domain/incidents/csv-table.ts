// A CSV file as a table, read by Papa Parse, whatever the spreadsheet that wrote it: a UTF-8 byte
// order mark, `;` or tab separators (European locales), quoted values across lines (Jira
// descriptions), repeated column names (Jira's Watchers, Comment) and empty rows all work. Rows
// are numbered as a spreadsheet numbers them: the header is row 1, and a value spanning lines is
// still one row.
import Papa from 'papaparse';
import { problem, type Checked } from '../outcome';

export interface CsvRow {
  /** As a spreadsheet shows it: the header is row 1. */
  readonly number: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly delimiter: string;
}

export function readCsv(text: string): Checked<CsvTable> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed !== undefined) {
    return problem(
      `The file ends inside a quoted value that starts on row ${(unclosed.row ?? 0) + 1}: it was probably cut off while being saved or copied. Export it again.`,
    );
  }
  const records = parsed.data;
  const headerIndex = records.findIndex((cells) => !isEmptyRow(cells));
  if (headerIndex < 0) return problem('The file holds no rows: it is empty.');
  const header = (records[headerIndex] ?? []).map((name) => name.trim());
  const rows: CsvRow[] = [];
  for (let index = headerIndex + 1; index < records.length; index += 1) {
    const cells = records[index] ?? [];
    if (!isEmptyRow(cells)) rows.push({ number: index + 1, cells });
  }
  return { ok: true, value: { header, rows, delimiter: parsed.meta.delimiter } };
}

function isEmptyRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Finds columns by name, ignoring case and spaces at the ends; repeated names give every index. */
export class Columns {
  private readonly indexes = new Map<string, number[]>();

  constructor(header: readonly string[]) {
    header.forEach((name, index) => {
      const key = columnKey(name);
      const list = this.indexes.get(key) ?? [];
      list.push(index);
      this.indexes.set(key, list);
    });
  }

  has(name: string): boolean {
    return this.indexes.has(columnKey(name));
  }

  /** The first of `names` the header holds, as the header spells it. */
  pick(header: readonly string[], ...names: readonly string[]): string | undefined {
    for (const name of names) {
      const index = this.indexes.get(columnKey(name))?.[0];
      if (index !== undefined) return header[index];
    }
    return undefined;
  }

  /** The first non-empty value among the columns of that name. */
  cell(row: CsvRow, name: string | undefined): string | undefined {
    if (name === undefined) return undefined;
    for (const index of this.indexes.get(columnKey(name)) ?? []) {
      const value = row.cells[index]?.trim();
      if (value !== undefined && value !== '') return value;
    }
    return undefined;
  }

  /** Every non-empty value among the columns of that name (Jira repeats "Component/s"). */
  cells(row: CsvRow, name: string | undefined): string[] {
    if (name === undefined) return [];
    const values: string[] = [];
    for (const index of this.indexes.get(columnKey(name)) ?? []) {
      const value = row.cells[index]?.trim();
      if (value !== undefined && value !== '') values.push(value);
    }
    return values;
  }
}

function columnKey(name: string): string {
  return name.trim().toLowerCase();
}

/** What a spreadsheet's summary row starts with, in the languages teams export in. */
const TOTALS =
  /^(total|totals|sum|summe|gesamt|totaal|totale|somme|suma|average|mean|median|count)\s*:?$/iu;

/** A row that sums up the others: its first value is a word like "Total" or "Summe", alone. */
export function isTotalsRow(row: CsvRow): boolean {
  const first = row.cells.find((cell) => cell.trim() !== '');
  return first !== undefined && TOTALS.test(first.trim());
}
