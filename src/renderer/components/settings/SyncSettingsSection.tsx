import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Settings } from '../../../shared/contract';
import type { MessageKey } from '../../i18n/text';
import { useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';
import { SaveBar } from './SaveBar';
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
  useEffect(() => setDraft(syncDraftOf(settings)), [settings]);

  const interval = intervalIssue(draft.intervalMinutes);
  const prefix = settings.referencePrefixFixed ? null : prefixIssue(draft.referencePrefix);
  const unsaved = Object.keys(syncPatch(settings, draft)).length;
  const edit = (patch: Partial<SyncDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (interval || prefix || saving || unsaved === 0) return;
    void update(syncPatch(settings, draft));
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

      {settings.referencePrefixFixed ? (
        <div className="field">
          <label htmlFor={`${id}-prefix`}>{t('settings.sync.prefix')}</label>
          <input
            id={`${id}-prefix`}
            className="short-input fixed-value"
            type="text"
            readOnly
            value={settings.referencePrefix}
            aria-describedby={`${id}-prefix-hint`}
            data-testid="settings-prefix"
          />
          <p className="field-hint" id={`${id}-prefix-hint`} data-testid="settings-prefix-fixed">
            {t('settings.sync.prefix.fixed', { example: `${settings.referencePrefix}-1042` })}
          </p>
        </div>
      ) : (
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
      )}

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

      <SaveBar unsaved={unsaved} busy={saving} testId="settings-save" problem={saveProblem} />
    </form>
  );
}

/**
 * Settings → Synchronisatie: how often, the bookings' reference prefix (read-only once orders are
 * booked under it), what counts as paid, customer details, and whether the desktop app starts at
 * login. The kind and language of the invoice are under Boekhouding → Factuur.
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
