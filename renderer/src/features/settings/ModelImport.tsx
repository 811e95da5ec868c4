// Importing a model file: choose it → see the model (id, name, counts) or every problem with its
// line and path → Add. Nothing is written before Add, and Add decides again, so a bad file, or a
// different model under an id the app has, changes nothing.
import { useRef, useState, type ChangeEvent } from 'react';
import { repos } from '../../db/app-db';
import type { ModelImportPreview } from '../../db/repositories/models.repository';
import { MODEL_FILE_MAX_BYTES } from '../../domain/maturity/model-file/read-model-file';
import { messagesOf } from '../../domain/outcome';
import { toast } from '../../stores/toast.store';
import { readBackupFile } from './data-files';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'preview';
      readonly fileName: string;
      readonly text: string;
      readonly preview: ModelImportPreview;
    }
  | { readonly kind: 'added'; readonly message: string };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ModelImport() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const check = async (file: File) => {
    setStep({ kind: 'checking', fileName: file.name });
    const read = await readBackupFile(file, MODEL_FILE_MAX_BYTES);
    if (!read.ok) {
      setStep({ kind: 'failed', message: read.message.replace('a backup', 'a model file') });
      return;
    }
    const preview = await repos.models.preview(read.text);
    setStep({ kind: 'preview', fileName: file.name, text: read.text, preview });
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file === undefined) return;
    check(file).catch((error: unknown) => {
      setStep({ kind: 'failed', message: `The file could not be checked: ${describe(error)}` });
    });
  };

  const add = async (text: string) => {
    const result = await repos.models.add(text);
    if (!result.ok) {
      setStep({
        kind: 'failed',
        message: `Nothing was added. ${messagesOf(result.errors).join(' ')}`,
      });
      return;
    }
    const { model, added } = result.value;
    const message = added
      ? `Added ${model.name} (${model.id}). Choose it for a team in the team’s settings.`
      : `${model.id} is already there; nothing changed.`;
    setStep({ kind: 'added', message });
    toast.success(message);
  };

  const cancel = () => {
    setStep({ kind: 'idle' });
    input.current?.focus();
  };

  return (
    <div className="model-import">
      <div className="field">
        <label htmlFor="model-file">Model file to import</label>
        <span className="hint" id="model-file-hint">
          A .yaml file exported here and edited. You will see the model, or every problem with its
          line, before anything is added.
        </span>
        <input
          ref={input}
          id="model-file"
          type="file"
          accept=".yaml,.yml,application/yaml,text/yaml"
          aria-describedby="model-file-hint"
          onChange={onChoose}
        />
      </div>
      <div role="alert" className="restore-alert">
        {step.kind === 'failed' && <p className="message error">{step.message}</p>}
      </div>
      <div role="status">
        {step.kind === 'checking' && <p className="muted">Checking “{step.fileName}”…</p>}
        {step.kind === 'added' && <p className="message success">{step.message}</p>}
      </div>
      {step.kind === 'preview' && (
        <Preview
          fileName={step.fileName}
          preview={step.preview}
          onAdd={() => {
            add(step.text).catch((error: unknown) => {
              setStep({ kind: 'failed', message: `Nothing was added: ${describe(error)}` });
            });
          }}
          onCancel={cancel}
        />
      )}
    </div>
  );
}

interface PreviewProps {
  readonly fileName: string;
  readonly preview: ModelImportPreview;
  readonly onAdd: () => void;
  readonly onCancel: () => void;
}

function Preview({ fileName, preview, onAdd, onCancel }: PreviewProps) {
  if (preview.kind === 'problems') {
    const count = preview.problems.length + preview.unlisted;
    return (
      <div className="restore-preview" aria-labelledby="model-preview-heading">
        <h4 id="model-preview-heading">
          “{fileName}” cannot be imported: {count === 1 ? '1 problem' : `${count} problems`}
        </h4>
        <p>Nothing was changed. Fix these in the file and import it again.</p>
        <ul className="model-problems">
          {preview.problems.map((problem, index) => (
            <li key={index}>
              <strong>Line {problem.line}</strong>
              {problem.path !== '' && (
                <>
                  , <code>{problem.path}</code>
                </>
              )}
              : {problem.message}
            </li>
          ))}
        </ul>
        {preview.unlisted > 0 && <p className="muted">…and {preview.unlisted} more.</p>}
        <button type="button" className="button" onClick={onCancel}>
          Close
        </button>
      </div>
    );
  }
  const { summary, decision } = preview;
  return (
    <div className="restore-preview" aria-labelledby="model-preview-heading">
      <h4 id="model-preview-heading">
        “{fileName}”: {summary.name}
      </h4>
      <dl className="model-summary">
        <dt>Id</dt>
        <dd>
          <code>{summary.id}</code>
        </dd>
        <dt>Categories</dt>
        <dd>{summary.categories}</dd>
        <dt>Criteria</dt>
        <dd>{summary.criteria}</dd>
      </dl>
      {decision.kind === 'refused' && <p className="message error">{decision.message}</p>}
      {decision.kind === 'already-known' && (
        <p className="message">
          This very model is already there ({summary.id}); adding it changes nothing.
        </p>
      )}
      <div className="actions button-row">
        {decision.kind === 'add' && (
          <button type="button" className="button primary" onClick={onAdd}>
            Add model
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {decision.kind === 'add' ? 'Cancel' : 'Close'}
        </button>
      </div>
    </div>
  );
}
