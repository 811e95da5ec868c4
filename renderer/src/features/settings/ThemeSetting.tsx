import { useState } from 'react';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import { THEME_PREFERENCES, type ThemePreference } from '../../domain/records/settings';
import { toast } from '../../stores/toast.store';

const LABELS: Readonly<Record<ThemePreference, string>> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};
const OPTIONS = THEME_PREFERENCES.map((value) => ({ value, label: LABELS[value] }));

export function ThemeSetting() {
  const stored = useLive(() => repos.settings.get('theme'), []);
  // The choice shows at once rather than after the write; a failed write reverts to what is stored.
  const [chosen, setChosen] = useState<ThemePreference | null>(null);
  const theme = chosen ?? stored;
  return (
    <fieldset className="field">
      <legend>Theme</legend>
      <span className="hint">Light often reads better on a projector in a bright room.</span>
      <div className="radio-row">
        {OPTIONS.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={theme === option.value}
              onChange={() => {
                setChosen(option.value);
                repos.settings.set('theme', option.value).catch(() => {
                  setChosen(null);
                  toast.error('The theme could not be saved.');
                });
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
