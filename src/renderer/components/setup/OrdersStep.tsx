import { useSetup, useText } from '../../state/store-context';
import { OrderChoiceForm } from './OrderChoiceForm';
import { StepFrame } from './StepFrame';
import { WizardFooter } from './WizardFooter';
import { useWizardNav } from './wizard-nav';

export function OrdersStep() {
  const t = useText();
  const nav = useWizardNav('orders');
  const { saving, choice } = useSetup((state) => state.orderChoice);
  return (
    <StepFrame
      testId="step-orders"
      title={t('orderChoice.title')}
      why={<p>{t('orderChoice.why')}</p>}
      footer={<WizardFooter onBack={nav.back} form="order-choice" busy={saving} nextDisabled={!choice} />}
    >
      <OrderChoiceForm formId="order-choice" onSaved={nav.next} />
    </StepFrame>
  );
}
