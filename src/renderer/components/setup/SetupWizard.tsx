import { Navigate, useParams } from 'react-router';
import { isWizardStep, paths, type WizardStep } from '../../routes';
import { useSetup } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { DryRunStep } from './DryRunStep';
import { MappingStep } from './MappingStep';
import { MoneybirdStep } from './MoneybirdStep';
import { OrdersStep } from './OrdersStep';
import { ShopStep } from './ShopStep';
import { StartStep } from './StartStep';
import { WelcomeStep } from './WelcomeStep';
import { WizardProgress } from './WizardProgress';

function Step({ step }: { step: WizardStep }) {
  switch (step) {
    case 'welcome':
      return <WelcomeStep />;
    case 'shop':
      return <ShopStep />;
    case 'orders':
      return <OrdersStep />;
    case 'moneybird':
      return <MoneybirdStep />;
    case 'mapping':
      return <MappingStep />;
    case 'dry-run':
      return <DryRunStep />;
    case 'start':
      return <StartStep />;
  }
}

/** The first-run wizard: welcome → shop → orders → Moneybird → mapping → dry run → start. */
export function SetupWizard() {
  const { step } = useParams();
  const keychainProblem = useSetup((state) => state.setup?.keychainProblem ?? null);
  if (!isWizardStep(step)) return <Navigate to={paths.step('welcome')} replace />;
  return (
    <div className="wizard" data-step={step}>
      <WizardProgress step={step} />
      <ProblemText problem={keychainProblem} testId="keychain-problem" />
      <Step key={step} step={step} />
    </div>
  );
}
