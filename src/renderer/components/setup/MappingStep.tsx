import { useSearchParams } from 'react-router';
import { isMappingSection } from '../../routes';
import { useSetup, useText } from '../../state/store-context';
import { MappingEditor } from './MappingEditor';
import { StepFrame } from './StepFrame';
import { WizardFooter } from './WizardFooter';
import { useWizardNav } from './wizard-nav';

export function MappingStep() {
  const t = useText();
  const nav = useWizardNav('mapping');
  const [params] = useSearchParams();
  const section = params.get('section');
  const { saving, fields } = useSetup((state) => state.mapping);
  return (
    <StepFrame
      testId="step-mapping"
      title={t('mapping.title')}
      why={
        <>
          <p>{t('mapping.why')}</p>
          <p>{t('mapping.why.proposals')}</p>
        </>
      }
      footer={<WizardFooter onBack={nav.back} form="mapping" busy={saving} nextDisabled={!fields} />}
    >
      <MappingEditor
        formId="mapping"
        compact
        focusSection={isMappingSection(section) ? section : null}
        onSaved={nav.next}
      />
    </StepFrame>
  );
}
