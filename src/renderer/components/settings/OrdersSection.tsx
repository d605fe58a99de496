import { useState } from 'react';
import { useApp, useSetup, useText } from '../../state/store-context';
import { SavedNote } from '../common/SavedNote';
import { OrderChoiceForm } from '../setup/OrderChoiceForm';
import { StickyBar } from './SaveBar';
import { SettingsCard } from './SettingsCard';

/**
 * Settings → Welke bestellingen: the wizard's order choice with a Save button, without its estimate
 * of the first run (no run books the orders since the date again; see `OrderChoiceForm`).
 */
export function OrdersSection({ headingRef }: { headingRef: (element: HTMLHeadingElement | null) => void }) {
  const t = useText();
  const saving = useSetup((state) => state.orderChoice.saving);
  const [saved, setSaved] = useState(false);
  /** Changed since the part was opened: from then on Save stays in view (the part can be taller than the window). */
  const [edited, setEdited] = useState(false);
  const prefix = useApp((state) => state.referencePrefix);
  return (
    <SettingsCard
      section="orders"
      title={t('settings.orders.title')}
      intro={t('orderChoice.why')}
      headingRef={headingRef}
    >
      <OrderChoiceForm
        formId="settings-orders"
        prefix={prefix}
        withEstimate={false}
        onSaved={() => setSaved(true)}
        onEdit={() => {
          setSaved(false);
          setEdited(true);
        }}
      >
        <StickyBar active={edited}>
          <div className="form-actions">
            <button
              type="submit"
              className={edited && !saved ? 'primary' : undefined}
              disabled={saving}
              aria-keyshortcuts="Control+S Meta+S"
              data-testid="orders-save"
            >
              {saving ? t('common.busy') : t('common.save')}
            </button>
            <SavedNote shown={saved} />
          </div>
        </StickyBar>
      </OrderChoiceForm>
    </SettingsCard>
  );
}
