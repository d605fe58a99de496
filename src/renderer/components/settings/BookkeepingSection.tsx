import { useEffect, useId, useState } from 'react';
import type { MappingSection, Settings } from '../../../shared/contract';
import { useApp, useSetup, useText } from '../../state/store-context';
import { MappingEditor } from '../setup/MappingEditor';
import { RetryParkedHint } from './RetryParkedHint';
import { SaveBar } from './SaveBar';
import { SettingsCard } from './SettingsCard';
import { type InvoiceDraft, invoiceDraftOf, invoicePatch } from './sync-settings-form';

/** Boekhouding → Factuur, after Moneybird's workflow and document style: the kind and language of the invoice. */
function InvoiceSettingsFields({
  draft,
  onChange,
}: {
  draft: InvoiceDraft;
  onChange: (patch: Partial<InvoiceDraft>) => void;
}) {
  const t = useText();
  const id = useId();
  return (
    <div className="invoice-settings" data-testid="invoice-settings">
      <fieldset className="choice-group">
        <legend>{t('settings.invoice.style')}</legend>
        {(['sales', 'external'] as const).map((style) => (
          <label key={style} className="check-row">
            <input
              type="radio"
              name={`${id}-style`}
              value={style}
              checked={draft.bookingStyle === style}
              data-testid={`invoice-style-${style}`}
              onChange={() => onChange({ bookingStyle: style })}
            />
            <span>
              {t(`settings.invoice.style.${style}`)}
              <span className="option-detail block">{t(`settings.invoice.style.${style}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('settings.invoice.language')}</label>
        <p className="field-hint" id={`${id}-language-hint`}>
          {t('settings.invoice.language.hint')}
        </p>
        <select
          id={`${id}-language`}
          value={draft.invoiceLanguage}
          aria-describedby={`${id}-language-hint`}
          data-testid="invoice-language"
          onChange={(event) => onChange({ invoiceLanguage: event.target.value === 'en' ? 'en' : 'nl' })}
        >
          <option value="nl">{t('settings.language.nl')}</option>
          <option value="en">{t('settings.language.en')}</option>
        </select>
      </div>
    </div>
  );
}

/**
 * Settings → Boekhouding: the wizard's mapping editor, with the invoice's kind and language in its
 * Factuur part, and one Save for all of it. The save bar says once whether everything shown is saved;
 * it stays in view once something changed, wherever in the long form the owner is (a parked order's
 * link lands on its part), with a failed save's problem and the offer to retry the orders that
 * waited for the change in it.
 */
export function BookkeepingSection({
  focusSection,
  headingRef,
}: {
  focusSection: MappingSection | null;
  headingRef: (element: HTMLHeadingElement | null) => void;
}) {
  const t = useText();
  const mappingBusy = useSetup((state) => state.mapping.saving || state.mapping.loading);
  const mappingSaveProblem = useSetup((state) => state.mapping.saveProblem);
  const { values: settings, saving: settingsSaving, saveProblem } = useSetup((state) => state.settings);
  const updateSettings = useSetup((state) => state.updateSettings);
  const markAdjusted = useApp((state) => state.markAdjusted);
  const [mappingPending, setMappingPending] = useState(0);
  const [invoice, setInvoice] = useState<InvoiceDraft | null>(settings ? invoiceDraftOf(settings) : null);
  useEffect(() => setInvoice(settings ? invoiceDraftOf(settings) : null), [settings]);

  const patchOf = (values: Settings | null, draft: InvoiceDraft | null) =>
    values && draft ? invoicePatch(values, draft) : {};
  const unsaved = mappingPending + Object.keys(patchOf(settings, invoice)).length;

  return (
    <SettingsCard
      section="bookkeeping"
      title={t('settings.bookkeeping.title')}
      intro={t('mapping.why')}
      headingRef={headingRef}
    >
      <MappingEditor
        formId="settings-mapping"
        focusSection={focusSection}
        headingLevel={4}
        onPending={setMappingPending}
        showSaveProblem={false}
        extra={{
          invoice: invoice && (
            <InvoiceSettingsFields
              draft={invoice}
              onChange={(patch) => setInvoice((current) => current && { ...current, ...patch })}
            />
          ),
        }}
        onSaved={(sections) => {
          markAdjusted(sections);
          const patch = patchOf(settings, invoice);
          if (Object.keys(patch).length > 0) void updateSettings(patch);
        }}
      >
        <SaveBar
          unsaved={unsaved}
          busy={mappingBusy || settingsSaving}
          testId="mapping-save"
          problem={mappingSaveProblem ?? saveProblem}
          notice={<RetryParkedHint />}
        />
      </MappingEditor>
    </SettingsCard>
  );
}
