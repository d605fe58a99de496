import { useText } from '../../state/store-context';
import { saveStateText } from './sync-settings-form';

/**
 * The foot of a Settings form: its Save button and, once for the whole form, whether everything
 * shown is saved or how many changes are not yet.
 */
export function SaveBar({ unsaved, busy, testId }: { unsaved: number; busy: boolean; testId: string }) {
  const t = useText();
  const state = saveStateText(unsaved);
  return (
    <div className="form-actions save-bar" data-unsaved={unsaved}>
      <button type="submit" className="primary" disabled={busy} data-testid={testId}>
        {busy ? t('common.busy') : t('common.save')}
      </button>
      <span
        className={unsaved === 0 ? 'saved' : 'unsaved'}
        role="status"
        data-testid="saved"
        data-state={unsaved === 0 ? 'saved' : 'unsaved'}
      >
        {busy ? '' : t(state.key, state.params)}
      </span>
    </div>
  );
}
