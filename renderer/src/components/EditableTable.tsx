import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

export interface Column<T> {
  readonly header: string;
  readonly cell: (item: T) => ReactNode;
}

interface EditableTableProps<T extends { readonly id: string }> {
  readonly caption: string;
  /** What the item is called in button labels, e.g. "service". */
  readonly noun: string;
  readonly items: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly nameOf: (item: T) => string;
  readonly renderEditForm: (item: T, close: () => void) => ReactNode;
  readonly removeNote: (item: T) => ReactNode;
  readonly onRemove: (item: T) => Promise<void>;
}

/**
 * A table of small records edited in place: Edit turns a row into its form, Remove asks first.
 * Every button names its row ("Edit service Ledger API"), so a screen reader user knows which.
 */
export function EditableTable<T extends { readonly id: string }>(props: EditableTableProps<T>) {
  const { caption, noun, items, columns, nameOf, renderEditForm, removeNote, onRemove } = props;
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<T | null>(null);
  const close = () => {
    setEditingId(null);
  };
  return (
    <>
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) =>
            editingId === item.id ? (
              <tr key={item.id}>
                <td colSpan={columns.length + 1}>{renderEditForm(item, close)}</td>
              </tr>
            ) : (
              <tr key={item.id}>
                {columns.map((column) => (
                  <td key={column.header}>{column.cell(item)}</td>
                ))}
                <td className="actions">
                  <div className="button-row end">
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Edit ${noun} ${nameOf(item)}`}
                      onClick={() => {
                        setEditingId(item.id);
                      }}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button small danger"
                      aria-label={`Remove ${noun} ${nameOf(item)}`}
                      onClick={() => {
                        setRemoving(item);
                      }}
                    >
                      Remove
                    </button>
                  </div>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <ConfirmDialog
        open={removing !== null}
        title={removing === null ? '' : `Remove ${noun} “${nameOf(removing)}”?`}
        confirmLabel={`Remove ${noun}`}
        danger
        onConfirm={() => {
          if (removing === null) return;
          void onRemove(removing).finally(() => {
            setRemoving(null);
          });
        }}
        onCancel={() => {
          setRemoving(null);
        }}
      >
        {removing !== null && removeNote(removing)}
      </ConfirmDialog>
    </>
  );
}
