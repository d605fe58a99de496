import { useState } from 'react';
import { useApp, useSetup, useText } from '../../state/store-context';
import { OrderChoiceForm } from '../setup/OrderChoiceForm';
import { SaveBar } from './SaveBar';
import { SettingsCard } from './SettingsCard';

/**
 * Settings → Welke bestellingen: the wizard's order choice with a Save button, without its estimate
 * of the first run (no run books the orders since the date again; see `OrderChoiceForm`). Its foot
 * says, as the other parts do, whether everything is saved or how many changes are not yet: a date
 * typed and put back is no change.
 */
export function OrdersSection({ headingRef }: { headingRef: (element: HTMLHeadingElement | null) => void }) {
  const t = useText();
  const saving = useSetup((state) => state.orderChoice.saving);
  const [unsaved, setUnsaved] = useState(0);
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
        onSaved={() => undefined}
        onPending={setUnsaved}
      >
        <SaveBar unsaved={unsaved} busy={saving} testId="orders-save" />
      </OrderChoiceForm>
    </SettingsCard>
  );
}
