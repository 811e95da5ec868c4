import { useEffect, useState } from 'react';
import {
  createPreUpgradeBackups,
  type PreUpgradeBackupInfo,
} from '../../db/upgrade/pre-upgrade-backups';
import { formatInstantDateTime } from '../../domain/dates/format';
import { localToday, SCREEN_READER } from '../../platform/reader';
import { toast } from '../../stores/toast.store';
import { backupFileName, formatSize } from './data-files';
import { saveTextFile, showInFolder } from '../../platform/save-file';

const backups = createPreUpgradeBackups();

async function download(info: PreUpgradeBackupInfo): Promise<void> {
  const text = await backups.text(info.id);
  if (text === undefined) {
    toast.error('This backup is no longer stored.');
    return;
  }
  const day = localToday(info.createdAt);
  const outcome = await saveTextFile({
    suggestedName: backupFileName(day, `before-upgrade-v${info.fromVersion}`),
    content: text,
    kind: 'backup',
  });
  if (outcome.kind === 'saved')
    toast.success(`Backup saved as ${outcome.fileName}.`, showInFolder(outcome));
  if (outcome.kind === 'failed') toast.error(outcome.message);
}

/** Copies the app made by itself before changing the data's format for a new version. */
export function PreUpgradeBackups() {
  const [list, setList] = useState<readonly PreUpgradeBackupInfo[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    backups.list().then(setList, () => {
      setFailed(true);
    });
  }, []);

  if (failed) return <p className="message error">The list of these backups could not be read.</p>;
  if (list === null) return <p className="muted">Looking for backups…</p>;
  if (list.length === 0) {
    return (
      <p className="muted">
        None: your data has not needed an upgrade yet. When a new version of MTTR Studio changes how
        data is stored, it first keeps a copy here.
      </p>
    );
  }
  return (
    <table className="data">
      <caption className="visually-hidden">Backups made before upgrades</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Data format</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((info) => {
          const made = formatInstantDateTime(info.createdAt, SCREEN_READER);
          return (
            <tr key={info.id}>
              <td>{made}</td>
              <td>
                version {info.fromVersion} → {info.toVersion}
              </td>
              <td>{formatSize(info.length)}</td>
              <td className="actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={`Download the backup made ${made}`}
                  onClick={() => {
                    download(info).catch(() => {
                      toast.error('The backup could not be read.');
                    });
                  }}
                >
                  Download
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
