// The bad-file corpus: each case spoils a valid backup of a rich database in one way. Every file
// must be refused with a message that names the problem, and the database must be left exactly as
// it was, both at preview and (when the file parses) at commit.
import { beforeAll, describe, expect, it } from 'vitest';
import { dumpAll, type TestRig } from '../test-support';
import { FILE_CASES, RECORD_CASES } from './corpus-cases';
import { LINK_CASES } from './corpus-link-cases';
import { APP_RULE_CASES, DUPLICATE_KEY_CASES, MESSAGE_CASES } from './corpus-rule-cases';
import { MAX_BACKUP_BYTES } from './format';
import { commitImport, previewImport } from './import';
import { parseBackup } from './parse';
import { backupOf, bytes, richRig } from './test-fixtures';
import type { Problem } from '../../domain/outcome';

const CORPUS = [
  ...FILE_CASES,
  ...RECORD_CASES,
  ...LINK_CASES,
  ...DUPLICATE_KEY_CASES,
  ...APP_RULE_CASES,
  ...MESSAGE_CASES,
];

describe('the bad-file corpus', () => {
  let rig: TestRig;
  let valid: string;
  beforeAll(async () => {
    rig = await richRig();
    valid = await backupOf(rig);
  });

  it('starts from a file the app accepts', async () => {
    const preview = await previewImport(rig.db, valid, bytes(valid));
    expect(preview.ok).toBe(true);
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CORPUS)('refuses $name, naming the problem, and changes nothing', async (bad) => {
    const before = await dumpAll(rig.db);
    const text = bad.make(valid);
    const byteLength = bad.byteLength ?? bytes(text);
    const preview = await previewImport(rig.db, text, byteLength);
    expect(preview.ok).toBe(false);
    const problem = (preview as { problem: Problem }).problem;
    if (process.env.SHOW_MESSAGES) console.log(problem.message);
    if (typeof bad.expected === 'string') expect(problem.message).toContain(bad.expected);
    else expect(problem.message).toMatch(bad.expected);
    if (bad.store !== undefined) expect(problem.store).toBe(bad.store);
    if (bad.field !== undefined) expect(problem.field).toBe(bad.field);
    // A problem only the database reveals is found again by commit, inside its transaction.
    const parsed = parseBackup(text, byteLength);
    if (parsed.ok) {
      const committed = await commitImport(rig.db, {
        source: parsed.meta,
        records: parsed.records,
      });
      expect(committed).toEqual({ ok: false, problem });
    }
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('refuses a file over the limit by its size alone', () => {
    expect(MAX_BACKUP_BYTES).toBeLessThan(100 * 1024 * 1024);
    const refused = parseBackup('not even read', MAX_BACKUP_BYTES + 1);
    expect(refused.ok).toBe(false);
  });
});
