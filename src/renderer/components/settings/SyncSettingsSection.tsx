import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Settings } from '../../../shared/contract';
import type { MessageKey } from '../../i18n/text';
import { useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';
import { SavedNote } from '../common/SavedNote';
import { SettingsCard } from './SettingsCard';
import {
  INTERVAL_MAX,
  INTERVAL_MIN,
  intervalIssue,
  prefixIssue,
  type SyncDraft,
  syncDraftOf,
  syncPatch,
} from './sync-settings-form';

function Issue({ id, issue }: { id: string; issue: MessageKey | null }) {
  const t = useText();
  if (!issue) return null;
  return (
    <p className="field-issue" id={id}>
      {t(issue, { min: INTERVAL_MIN, max: INTERVAL_MAX })}
    </p>
  );
}

function SyncForm({ settings }: { settings: Settings }) {
  const t = useText();
  const id = useId();
  const { saving, saveProblem } = useSetup((state) => state.settings);
  const update = useSetup((state) => state.updateSettings);
  const [draft, setDraft] = useState<SyncDraft>(() => syncDraftOf(settings));
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(syncDraftOf(settings)), [settings]);

  const interval = intervalIssue(draft.intervalMinutes);
  const prefix = prefixIssue(draft.referencePrefix);
  const edit = (patch: Partial<SyncDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (interval || prefix || saving) return;
    const patch = syncPatch(settings, draft);
    if (Object.keys(patch).length === 0) {
      setSaved(true);
      return;
    }
    void update(patch).then(setSaved);
  }

  return (
    <form className="settings-form" onSubmit={submit} noValidate data-testid="sync-settings-form">
      <div className="field">
        <label htmlFor={`${id}-interval`}>{t('settings.sync.interval')}</label>
        <p className="field-hint" id={`${id}-interval-hint`}>
          {t('settings.sync.interval.hint', { min: INTERVAL_MIN, max: INTERVAL_MAX })}
        </p>
        <input
          id={`${id}-interval`}
          className="short-input"
          type="number"
          inputMode="numeric"
          min={INTERVAL_MIN}
          max={INTERVAL_MAX}
          step={1}
          value={draft.intervalMinutes}
          aria-invalid={interval ? true : undefined}
          aria-describedby={interval ? `${id}-interval-issue` : `${id}-interval-hint`}
          data-testid="settings-interval"
          onChange={(event) => edit({ intervalMinutes: event.target.value })}
        />{' '}
        <span>{t('settings.sync.interval.unit')}</span>
        <Issue id={`${id}-interval-issue`} issue={interval} />
      </div>

      <fieldset className="choice-group">
        <legend>{t('settings.sync.style')}</legend>
        {(['sales', 'external'] as const).map((style) => (
          <label key={style} className="check-row">
            <input
              type="radio"
              name={`${id}-style`}
              value={style}
              checked={draft.bookingStyle === style}
              onChange={() => edit({ bookingStyle: style })}
            />
            <span>
              {t(`settings.sync.style.${style}`)}
              <span className="option-detail block">{t(`settings.sync.style.${style}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-language`}>{t('settings.sync.invoiceLanguage')}</label>
        <p className="field-hint">{t('settings.sync.invoiceLanguage.hint')}</p>
        <select
          id={`${id}-language`}
          value={draft.invoiceLanguage}
          onChange={(event) => edit({ invoiceLanguage: event.target.value === 'en' ? 'en' : 'nl' })}
        >
          <option value="nl">{t('settings.language.nl')}</option>
          <option value="en">{t('settings.language.en')}</option>
        </select>
      </div>

      <div className="field">
        <label htmlFor={`${id}-prefix`}>{t('settings.sync.prefix')}</label>
        <p className="field-hint" id={`${id}-prefix-hint`}>
          {t('settings.sync.prefix.hint', {
            example: `${prefix ? settings.referencePrefix : draft.referencePrefix}-1042`,
          })}
        </p>
        <input
          id={`${id}-prefix`}
          className="short-input"
          type="text"
          maxLength={20}
          autoComplete="off"
          spellCheck={false}
          value={draft.referencePrefix}
          aria-invalid={prefix ? true : undefined}
          aria-describedby={prefix ? `${id}-prefix-issue` : `${id}-prefix-hint`}
          data-testid="settings-prefix"
          onChange={(event) => edit({ referencePrefix: event.target.value.trim() })}
        />
        <Issue id={`${id}-prefix-issue`} issue={prefix} />
      </div>

      <label className="check-row">
        <input
          type="checkbox"
          checked={draft.acceptAuthorizedPayments}
          onChange={(event) => edit({ acceptAuthorizedPayments: event.target.checked })}
        />
        <span>
          {t('settings.sync.authorized')}
          <span className="option-detail block">{t('settings.sync.authorized.hint')}</span>
        </span>
      </label>

      <label className="check-row">
        <input
          type="checkbox"
          checked={draft.updateContacts}
          data-testid="settings-update-contacts"
          onChange={(event) => edit({ updateContacts: event.target.checked })}
        />
        <span>
          {t('settings.sync.updateContacts')}
          <span className="option-detail block">{t('settings.sync.updateContacts.hint')}</span>
        </span>
      </label>

      <label className="check-row">
        <input
          type="checkbox"
          checked={draft.startAtLogin}
          data-testid="settings-start-at-login"
          onChange={(event) => edit({ startAtLogin: event.target.checked })}
        />
        <span>
          {t('settings.sync.startAtLogin')}
          <span className="option-detail block">{t('settings.sync.startAtLogin.hint')}</span>
        </span>
      </label>

      <ProblemText problem={saveProblem} testId="settings-save-problem" />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving} data-testid="settings-save">
          {saving ? t('common.busy') : t('common.save')}
        </button>
        <SavedNote shown={saved} />
      </div>
    </form>
  );
}

/**
 * Settings → Synchronisatie: how often, how invoices are made, what counts as paid, and whether the
 * desktop app starts at login.
 */
export function SyncSettingsSection({
  headingRef,
}: {
  headingRef: (element: HTMLHeadingElement | null) => void;
}) {
  const t = useText();
  const { values, loading, problem } = useSetup((state) => state.settings);
  const load = useSetup((state) => state.loadSettings);
  return (
    <SettingsCard section="sync" title={t('settings.sync.title')} headingRef={headingRef}>
      {values ? (
        <SyncForm settings={values} />
      ) : loading ? (
        <BusyNote text={t('common.loading')} />
      ) : (
        <>
          <ProblemText problem={problem} testId="settings-problem" />
          <button type="button" onClick={() => void load()}>
            {t('common.tryAgain')}
          </button>
        </>
      )}
    </SettingsCard>
  );
}
