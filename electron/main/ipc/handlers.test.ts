import { describe, expect, it, vi } from 'vitest';
import type { ReportRequest } from '../../shared/report-request';
import { err, ok } from '../../shared/result';
import { createHandlers, type HandlerDeps } from './handlers';
import { createSavedFiles } from './saved-files';
import type { SaveDialogOptions } from './save-file';

function setUp(overrides: Partial<HandlerDeps> = {}) {
  const deps = {
    getName: () => 'MTTR Studio',
    getVersion: () => '0.1.0',
    platform: 'linux',
    openExternal: vi.fn((_url: string) => Promise.resolve()),
    showSaveDialog: vi.fn((_options: SaveDialogOptions) =>
      Promise.resolve({ canceled: false, filePath: '/home/sam/Documents/backup.json' }),
    ),
    writeFile: vi.fn((_path: string, _content: string) => Promise.resolve()),
    exportReportPdf: vi.fn((_request: ReportRequest) =>
      Promise.resolve(ok({ outcome: 'saved' as const, fileName: 'report.pdf' })),
    ),
    openPresenter: vi.fn((_drillId: string, _askedBy: number) =>
      ok({ placement: 'second-display' as const }),
    ),
    keepDisplayAwake: vi.fn((_contentsId: number, _awake: boolean) => undefined),
    savedFiles: createSavedFiles(() => 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'),
    showItemInFolder: vi.fn((_path: string) => undefined),
    openBackups: vi.fn(() =>
      Promise.resolve(ok({ cancelled: true, folderName: null, files: [], skipped: 0 })),
    ),
    ...overrides,
  };
  return { deps, handlers: createHandlers(deps) };
}

describe('app:get-info', () => {
  it('reports the app name, version, platform and that this is the Electron shell', async () => {
    const { handlers } = setUp();
    expect(await handlers['app:get-info']()).toEqual({
      ok: true,
      value: { name: 'MTTR Studio', version: '0.1.0', shell: 'electron', platform: 'linux' },
    });
  });
});

describe('shell:open-external', () => {
  it('opens an allow-listed https link in the system browser', async () => {
    const { handlers, deps } = setUp();
    await expect(handlers['shell:open-external']('https://dora.dev/guides/')).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(deps.openExternal).toHaveBeenCalledWith('https://dora.dev/guides/');
  });

  it.each([
    'https://example.com/',
    'http://dora.dev/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ms-settings:privacy',
    'https://dora.dev.evil.example/',
    'https://user:pass@dora.dev/',
  ])('refuses %s with not-allowed and opens nothing', async (url) => {
    const { handlers, deps } = setUp();
    await expect(handlers['shell:open-external'](url)).resolves.toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('reports io-error when the OS cannot open the link', async () => {
    const { handlers } = setUp({
      openExternal: () => Promise.reject(new Error('no handler for https')),
    });
    await expect(handlers['shell:open-external']('https://sre.google/')).resolves.toMatchObject({
      ok: false,
      code: 'io-error',
    });
  });
});

describe('file:save', () => {
  const request = {
    suggestedName: 'mttr-studio-backup-2026-11-21.json',
    content: '{"format":"mttr-studio-backup"}',
    kind: 'backup' as const,
  };

  it('asks where to save with the suggested name and a backup filter, then writes there', async () => {
    const { handlers, deps } = setUp();
    await expect(handlers['file:save'](request)).resolves.toEqual({
      ok: true,
      value: {
        saved: true,
        fileName: 'backup.json',
        savedId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      },
    });
    const options = vi.mocked(deps.showSaveDialog).mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe('mttr-studio-backup-2026-11-21.json');
    expect(options?.filters).toContainEqual({ name: 'MTTR Studio backup', extensions: ['json'] });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/sam/Documents/backup.json', request.content);
  });

  it('offers a CSV filter and the csv extension for a CSV file', async () => {
    const { handlers, deps } = setUp();
    await handlers['file:save']({ suggestedName: 'drills', content: 'a,b', kind: 'csv' });
    const options = vi.mocked(deps.showSaveDialog).mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe('drills.csv');
    expect(options?.filters[0]).toEqual({ name: 'CSV (spreadsheet)', extensions: ['csv'] });
  });

  it('writes nothing and says saved: false when the user cancels', async () => {
    const { handlers, deps } = setUp({
      showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
    });
    await expect(handlers['file:save'](request)).resolves.toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('returns a failed write as an io-error value that names the reason', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const { handlers } = setUp({ writeFile: () => Promise.reject(full) });
    const result = await handlers['file:save'](request);
    expect(result).toMatchObject({ ok: false, code: 'io-error' });
    expect(result.ok ? '' : result.message).toContain('the disk is full');
  });

  it('keeps the system message for a failure it has no words for', async () => {
    const { handlers } = setUp({ writeFile: () => Promise.reject(new Error('device gone')) });
    const result = await handlers['file:save'](request);
    expect(result.ok ? '' : result.message).toContain('device gone');
  });
});

describe('report:export-pdf', () => {
  const request: ReportRequest = {
    target: { kind: 'drill', drillId: '6f1c2a9e-0d7b-4e8a-9b3c-2f5d8e1a7c40' },
    paper: 'letter',
  };

  it('hands the validated request to the exporter and returns its answer', async () => {
    const { handlers, deps } = setUp();
    await expect(handlers['report:export-pdf'](request)).resolves.toEqual(
      ok({ outcome: 'saved', fileName: 'report.pdf' }),
    );
    expect(deps.exportReportPdf).toHaveBeenCalledWith(request);
  });

  it('passes an error value through unchanged', async () => {
    const busy = err('busy', 'A report is already being exported.');
    const { handlers } = setUp({ exportReportPdf: () => Promise.resolve(busy) });
    await expect(handlers['report:export-pdf'](request)).resolves.toBe(busy);
  });
});

describe('file:show-in-folder', () => {
  it('shows a file saved this session in the file manager, by the id its save answered with', async () => {
    const { handlers, deps } = setUp();
    const saved = await handlers['file:save']({
      suggestedName: 'b',
      content: '{}',
      kind: 'backup',
    });
    const savedId = saved.ok ? (saved.value.savedId ?? '') : '';
    expect(await handlers['file:show-in-folder'](savedId)).toEqual(ok(null));
    expect(deps.showItemInFolder).toHaveBeenCalledWith('/home/sam/Documents/backup.json');
  });

  it('shows a PDF the report exporter saved, through the register they share', async () => {
    const savedFiles = createSavedFiles(() => '5c0ffee0-1234-4abc-8def-0123456789ab');
    // main.ts hands the same register to the exporter; here it stands in for one saved PDF.
    const { handlers, deps } = setUp({
      savedFiles,
      exportReportPdf: () => {
        const savedId = savedFiles.remember('/home/sam/Reports/trend.pdf');
        return Promise.resolve(ok({ outcome: 'saved' as const, fileName: 'trend.pdf', savedId }));
      },
    });
    const exported = await handlers['report:export-pdf']({
      target: { kind: 'drill', drillId: '6f1c2a9e-0d7b-4e8a-9b3c-2f5d8e1a7c40' },
      paper: 'a4',
    });
    const savedId = exported.ok && exported.value.outcome === 'saved' ? exported.value.savedId : '';
    expect(await handlers['file:show-in-folder'](savedId ?? '')).toEqual(ok(null));
    expect(deps.showItemInFolder).toHaveBeenCalledWith('/home/sam/Reports/trend.pdf');
  });

  it('refuses an id it did not hand out, and shows nothing', async () => {
    const { handlers, deps } = setUp();
    const result = await handlers['file:show-in-folder']('0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b');
    expect(result).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(deps.showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('presenter:open and power:keep-display-awake', () => {
  const drillId = '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b';

  it('opens the presenter for the drill, placed by the window that asked', async () => {
    const { handlers, deps } = setUp();
    expect(await handlers['presenter:open'](drillId, { contentsId: 4 })).toEqual(
      ok({ placement: 'second-display' }),
    );
    expect(deps.openPresenter).toHaveBeenCalledWith(drillId, 4);
  });

  it('keeps the display awake for the window that asked, and lets it go', async () => {
    const { handlers, deps } = setUp();
    await handlers['power:keep-display-awake'](true, { contentsId: 4 });
    await handlers['power:keep-display-awake'](false, { contentsId: 4 });
    expect(vi.mocked(deps.keepDisplayAwake).mock.calls).toEqual([
      [4, true],
      [4, false],
    ]);
  });
});
