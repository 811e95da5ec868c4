import { describe, expect, it } from 'vitest';
import { cssString, pageStyleCss } from './page-style';

describe('cssString', () => {
  it('quotes plain text', () => {
    expect(cssString('Payments · 21 Nov 2026')).toBe('"Payments · 21 Nov 2026"');
  });

  it('escapes quotes, backslashes and control characters so text cannot end the string', () => {
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(cssString('line\nbreak')).toBe('"line\\a break"');
    expect(cssString('"; } body { display: none } @page { x: "')).toBe(
      '"\\"; } body { display: none } @page { x: \\""',
    );
  });
});

describe('pageStyleCss', () => {
  const options = { header: 'Assessment report · Payments', footer: 'Generated 21 Nov 2026' };

  it('sets the paper size', () => {
    expect(pageStyleCss({ ...options, paper: 'a4' })).toContain('size: A4;');
    expect(pageStyleCss({ ...options, paper: 'letter' })).toContain('size: letter;');
  });

  it('puts the header, the footer and "Page n of m" in the page margins', () => {
    const css = pageStyleCss({ ...options, paper: 'a4' });
    expect(css).toContain('@top-left { content: "Assessment report · Payments";');
    expect(css).toContain('@bottom-left { content: "Generated 21 Nov 2026";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });

  it('keeps a hostile title inside its string', () => {
    const css = pageStyleCss({ ...options, header: 'x" } * { color: red', paper: 'a4' });
    expect(css).toContain('content: "x\\" } * { color: red";');
  });
});
