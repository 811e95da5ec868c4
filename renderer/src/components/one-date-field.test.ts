// The screens ask for a calendar date one way (DateField, the browser's date picker) and name an
// action item without an owner with one word (NO_OWNER). Read from the sources, so a form that
// brings back its own date box or its own word fails here, not in a user's hands.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NO_OWNER } from '../domain/words/action-items';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sources(): { readonly file: string; readonly text: string }[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/u.test(file) && !/\.test\.tsx?$/u.test(file))
    .map((file) => ({
      file: file.split(path.sep).join('/'),
      text: readFileSync(path.join(SRC, file), 'utf8'),
    }));
}

describe('one date field', () => {
  it('is the only date input of the screens', () => {
    const dateInputs = sources()
      .filter(({ text }) => /type=["{']+date["}']/u.test(text))
      .map(({ file }) => file);
    expect(dateInputs).toEqual(['components/DateField.tsx']);
  });

  it('is never replaced by a text box asking for YYYY-MM-DD', () => {
    const typed = sources()
      .filter(({ text }) => /label=["{`'][^"`']*YYYY-MM-DD/u.test(text))
      .map(({ file }) => file);
    expect(typed).toEqual([]);
  });
});

describe('one word for no owner', () => {
  it('is written once, in the words, and no screen has another', () => {
    const others = ['Nobody yet', 'No owner', 'Unowned'];
    const found = sources().filter(({ text }) => others.some((word) => text.includes(word)));
    expect(found.map(({ file }) => file)).toEqual([]);
    const literal = sources()
      .filter(({ text }) => text.includes(`'${NO_OWNER}'`))
      .map(({ file }) => file);
    expect(literal).toEqual(['domain/words/action-items.ts']);
  });
});
