import { repos } from '../../db/app-db';

/** Fixed, so every install shows the same sample teams (their dates follow today's date). */
export const DEMO_SEED = 2026;

export type DemoLoadOutcome = { ok: true; teams: number } | { ok: false; message: string };

export async function loadDemoData(now: number = Date.now()): Promise<DemoLoadOutcome> {
  // Loaded on first use: the generator is only needed the one time a user asks for sample data.
  const { generateDemoData } = await import('../../domain/demo/generate-demo');
  const dataset = generateDemoData({ seed: DEMO_SEED, now });
  const result = await repos.demo.load(dataset);
  if (!result.ok) return result;
  return { ok: true, teams: dataset.teams.length };
}
