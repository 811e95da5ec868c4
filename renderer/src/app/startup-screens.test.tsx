import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { NewerDatabaseScreen } from './NewerDatabaseScreen';
import { StartupErrorBoundary, StartupErrorScreen } from './StartupErrorBoundary';

vi.stubGlobal('__APP_VERSION__', '1.4.0');

function renderAfter(error: Error): ReactElement {
  const boundary = new StartupErrorBoundary({ children: null });
  boundary.state = StartupErrorBoundary.getDerivedStateFromError(error);
  return boundary.render() as ReactElement;
}

describe('start-up screens', () => {
  it('a VersionError met after start-up shows the newer-data screen, not a failure', () => {
    const versionError = Object.assign(new Error('The requested version is less'), {
      name: 'VersionError',
    });
    expect(renderAfter(versionError).type).toBe(NewerDatabaseScreen);
    expect(renderAfter(new Error('disk gone')).type).toBe(StartupErrorScreen);
  });

  it('the newer-data screen says which versions meet, and offers update and export', () => {
    const html = renderToStaticMarkup(
      <NewerDatabaseScreen storedVersion={3} appSchemaVersion={1} />,
    );
    expect(html).toContain('This data was saved by a newer version of MTTR Studio');
    expect(html).toContain('This is MTTR Studio 1.4.0');
    expect(html).toContain('format version 3');
    expect(html).toContain('Export a backup of what can be read');
    expect(html).toContain('Install the newest version');
  });

  it('the failure screen promises the data is untouched and shows the reason', () => {
    const html = renderToStaticMarkup(<StartupErrorScreen error={new Error('blocked')} />);
    expect(html).toContain('Your data has not been changed');
    expect(html).toContain('Details: blocked');
  });
});
