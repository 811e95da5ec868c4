import { repos } from '../db/app-db';
import { succeed, type Outcome } from '../domain/outcome';

/** Fixed, so every install shows the same sample teams (their dates follow today's date). */
export const DEMO_SEED = 2026;

/** The number of sample teams loaded, or why nothing was. */
export async function loadDemoData(now: number = Date.now()): Promise<Outcome<number>> {
  // Loaded on first use: the generator is only needed the one time a user asks for sample data.
  const { generateDemoData } = await import('../domain/demo/generate-demo');
  const dataset = generateDemoData({ seed: DEMO_SEED, now });
  const result = await repos.demo.load(dataset);
  return result.ok ? succeed(dataset.teams.length) : result;
}
