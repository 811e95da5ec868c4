// Installs the report's `@page` rule for as long as the report view is shown. A constructed
// stylesheet, because the text (title, date) is data and the CSP forbids inline <style>.
import { useEffect } from 'react';
import { pageStyleCss, type PageStyleOptions } from '../../domain/reports/page-style';

export function usePageStyle({ paper, header, footer }: PageStyleOptions): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageStyleCss({ paper, header, footer }));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [paper, header, footer]);
}
