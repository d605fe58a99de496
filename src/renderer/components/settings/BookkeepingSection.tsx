import { useState } from 'react';
import type { MappingSection } from '../../../shared/contract';
import { useApp, useSetup, useText } from '../../state/store-context';
import { SavedNote } from '../common/SavedNote';
import { MappingEditor } from '../setup/MappingEditor';
import { RetryParkedHint } from './RetryParkedHint';
import { SettingsCard } from './SettingsCard';

/** Settings → Boekhouding: the wizard's mapping editor with a Save button. */
export function BookkeepingSection({
  focusSection,
  headingRef,
}: {
  focusSection: MappingSection | null;
  headingRef: (element: HTMLHeadingElement | null) => void;
}) {
  const t = useText();
  const saving = useSetup((state) => state.mapping.saving);
  const markAdjusted = useApp((state) => state.markAdjusted);
  const [saved, setSaved] = useState(false);
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
        onEdit={() => setSaved(false)}
        onSaved={(sections) => {
          setSaved(true);
          markAdjusted(sections);
        }}
      >
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving} data-testid="mapping-save">
            {saving ? t('common.busy') : t('common.save')}
          </button>
          <SavedNote shown={saved} />
        </div>
      </MappingEditor>
      <RetryParkedHint />
    </SettingsCard>
  );
}
