import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { LocalizedText } from '../../../shared/i18n/translate';
import { useText } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { saveStateText } from './sync-settings-form';

/**
 * The foot of a Settings form, kept in view: once the owner has changed something, it stays at the
 * bottom of the window wherever they are in the form (Boekhouding is thousands of pixels long, and a
 * parked order's link lands in its middle), and it keeps in view what saving brought. Ctrl+S (⌘S)
 * anywhere in the form saves too, so a keyboard needs no trip past every field to the button.
 */
export function StickyBar({
  active,
  children,
  testId,
}: {
  /** There is something to save (or the bar has news): from then on it stays in view. */
  active: boolean;
  children: ReactNode;
  testId?: string;
}) {
  const bar = useRef<HTMLDivElement>(null);
  // Once stuck it stays for this visit: after saving, the owner sees "Alles opgeslagen" (and what
  // follows from it) where they are, and the bar does not jump back to the end of the form.
  const [engaged, setEngaged] = useState(active);
  useEffect(() => {
    if (active) setEngaged(true);
  }, [active]);

  useEffect(() => {
    const form = bar.current?.closest('form');
    if (!form) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
      if (button && !button.disabled) form.requestSubmit();
    };
    form.addEventListener('keydown', onKey);
    return () => form.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div
      ref={bar}
      className="save-bar"
      data-stuck={active || engaged ? 'true' : 'false'}
      data-testid={testId}
    >
      {children}
    </div>
  );
}

/**
 * A Settings form's Save button and, once for the whole form, whether everything shown is saved or
 * how many changes are not yet; above them a problem of the save and a notice of what it made
 * possible (Boekhouding: the parked orders that waited for it), in the bar so they show where the
 * owner is.
 */
export function SaveBar({
  unsaved,
  busy,
  testId,
  problem = null,
  notice,
}: {
  unsaved: number;
  busy: boolean;
  testId: string;
  problem?: LocalizedText | string | null;
  notice?: ReactNode;
}) {
  const t = useText();
  const state = saveStateText(unsaved);
  return (
    <StickyBar active={unsaved > 0 || problem !== null} testId="save-bar">
      <ProblemText problem={problem} testId="settings-save-problem" />
      {notice}
      <div className="form-actions" data-unsaved={unsaved}>
        <button
          type="submit"
          // Green while there is something to save; beside "Alles opgeslagen" the notice's button leads.
          className={unsaved > 0 ? 'primary' : undefined}
          disabled={busy}
          aria-keyshortcuts="Control+S Meta+S"
          data-testid={testId}
        >
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
    </StickyBar>
  );
}
