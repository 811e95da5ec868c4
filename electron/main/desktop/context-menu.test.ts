import { describe, expect, it, vi } from 'vitest';
import {
  contextMenuTemplate,
  installContextMenu,
  type ContextMenuParamsLike,
} from './context-menu';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const field = (overrides: Partial<ContextMenuParamsLike> = {}): ContextMenuParamsLike => ({
  isEditable: true,
  selectionText: '',
  editFlags: flags,
  ...overrides,
});

describe('the right-click menu', () => {
  it('offers cut, copy, paste and select all in a text field', () => {
    const template = contextMenuTemplate(field());
    expect(template.map((item) => item.role ?? item.type)).toEqual([
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    expect(template.map((item) => item.label)).toEqual([
      'Cut',
      'Copy',
      'Paste',
      undefined,
      'Select all',
    ]);
  });

  it('greys out what the field cannot do now (nothing selected, nothing to paste)', () => {
    const template = contextMenuTemplate(
      field({ editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: true } }),
    );
    expect(template.filter((item) => item.enabled === false).map((item) => item.role)).toEqual([
      'cut',
      'copy',
      'paste',
    ]);
  });

  it('offers copy alone for selected text outside a field', () => {
    expect(contextMenuTemplate(field({ isEditable: false, selectionText: 'p90 12 min' }))).toEqual([
      { role: 'copy', label: 'Copy', enabled: true },
    ]);
  });

  it('shows no menu where there is nothing to edit or copy', () => {
    expect(contextMenuTemplate(field({ isEditable: false, selectionText: '  ' }))).toEqual([]);
  });

  it('pops the menu up on a right-click, and nothing on a click with no menu', () => {
    let listener: ((event: unknown, params: ContextMenuParamsLike) => void) | undefined;
    const popup = vi.fn();
    installContextMenu(
      {
        on: (_event, l) => {
          listener = l;
        },
      },
      popup,
    );
    listener?.({}, field());
    expect(popup).toHaveBeenCalledTimes(1);
    listener?.({}, field({ isEditable: false }));
    expect(popup).toHaveBeenCalledTimes(1);
  });
});
