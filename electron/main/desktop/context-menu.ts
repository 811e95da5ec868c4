// The right-click menu Electron does not have by default: cut, copy, paste and select all in text
// fields, and copy where text is selected. Built by a pure function from what Chromium says about
// the click (the context-menu event's params), so the menu's shape is tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';

/** The part of Electron's ContextMenuParams the menu reads. */
export interface ContextMenuParamsLike {
  readonly isEditable: boolean;
  readonly selectionText: string;
  readonly editFlags: {
    readonly canCut: boolean;
    readonly canCopy: boolean;
    readonly canPaste: boolean;
    readonly canSelectAll: boolean;
  };
}

/** The menu for a right-click; empty where there is nothing to edit or copy (no menu shows). */
export function contextMenuTemplate(params: ContextMenuParamsLike): MenuItemConstructorOptions[] {
  const { editFlags } = params;
  if (params.isEditable) {
    return [
      { role: 'cut', label: 'Cut', enabled: editFlags.canCut },
      { role: 'copy', label: 'Copy', enabled: editFlags.canCopy },
      { role: 'paste', label: 'Paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Select all', enabled: editFlags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') {
    return [{ role: 'copy', label: 'Copy', enabled: editFlags.canCopy }];
  }
  return [];
}

/** The part of a web contents the menu listens to. */
export interface ContextMenuSource {
  on(
    event: 'context-menu',
    listener: (event: unknown, params: ContextMenuParamsLike) => void,
  ): unknown;
}

/** Shows the menu on every right-click in `contents` that has one. */
export function installContextMenu(
  contents: ContextMenuSource,
  popup: (template: MenuItemConstructorOptions[]) => void,
): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    if (template.length > 0) popup(template);
  });
}
