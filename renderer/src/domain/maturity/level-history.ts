// A team's level per category across its final assessments, each read on the model it was taken
// with. When the team switched models, the history says where: each point knows its model, and
// the first point on a new model is marked. A category only some models have is still charted
// (with the points where it exists), never dropped.
import type { MaturityModel } from './model-types';
import type { AssessmentResult } from './scoring';

export interface HistoryEntry {
  /** Shown under the point, e.g. "Mar 2025". */
  readonly label: string;
  readonly model: MaturityModel;
  readonly result: AssessmentResult;
}

export interface HistoryPoint {
  readonly label: string;
  readonly level: number;
  /** Set on the first point taken on another model than the point before: that model's name. */
  readonly modelChange?: string;
}

export interface HistoryCategory {
  readonly id: string;
  readonly name: string;
  readonly points: readonly HistoryPoint[];
  /** How many of the assessments' models do not have this category. */
  readonly absentFrom: number;
}

export interface ModelChange {
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

export interface LevelHistoryData {
  readonly categories: readonly HistoryCategory[];
  /** Where the model changed between one assessment and the next, oldest first. */
  readonly modelChanges: readonly ModelChange[];
}

const modelWords = (model: MaturityModel) => `${model.name} (${model.id})`;

/** `entries` oldest first. Categories in the latest model's order, then those only older ones had. */
export function levelHistory(entries: readonly HistoryEntry[]): LevelHistoryData {
  const names = new Map<string, string>();
  for (const entry of [...entries].reverse()) {
    for (const category of entry.model.categories) {
      if (!names.has(category.id)) names.set(category.id, category.name);
    }
  }
  const changedAt = entries.map((entry, index) => {
    const before = entries[index - 1];
    return before !== undefined && before.model.id !== entry.model.id ? before.model : undefined;
  });
  const categories = [...names].map(([id, name]): HistoryCategory => {
    const points: HistoryPoint[] = [];
    entries.forEach((entry, index) => {
      const scored = entry.result.categories.find((category) => category.categoryId === id);
      if (scored === undefined) return;
      const previous = points.length === 0 ? undefined : entries[index - 1];
      const changed = changedAt[index] !== undefined && previous !== undefined;
      points.push({
        label: entry.label,
        level: scored.level,
        ...(changed ? { modelChange: modelWords(entry.model) } : {}),
      });
    });
    return { id, name, points, absentFrom: entries.length - points.length };
  });
  const modelChanges = entries.flatMap((entry, index): ModelChange[] => {
    const from = changedAt[index];
    return from === undefined
      ? []
      : [{ label: entry.label, from: modelWords(from), to: modelWords(entry.model) }];
  });
  return { categories, modelChanges };
}

/** One sentence per change, for the note under the charts. */
export function modelChangeNote(changes: readonly ModelChange[]): string | null {
  if (changes.length === 0) return null;
  const each = changes.map((change) => `${change.label}: ${change.from} → ${change.to}`);
  return `The model changed (${each.join('; ')}). Each level is read on the model its assessment was taken with; the marked points are the first on a new model.`;
}
