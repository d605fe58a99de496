// Moving through the wizard: the step before and after, and going back to Settings when a single
// step was opened from there (a reconnect) and the setup is complete again.
import { useLocation, useNavigate } from 'react-router';
import { paths, returnTo, WIZARD_STEPS, type WizardStep } from '../../routes';
import { useSetupStore } from '../../state/store-context';

export interface WizardNav {
  back(): void;
  next(): void;
  /** Settings, when this step was opened from there. */
  returnPath: string | null;
}

export function useWizardNav(step: WizardStep): WizardNav {
  const navigate = useNavigate();
  const location = useLocation();
  const store = useSetupStore();
  const returnPath = returnTo(location.state);
  const index = WIZARD_STEPS.indexOf(step);
  return {
    returnPath,
    back() {
      const previous = WIZARD_STEPS[index - 1];
      if (returnPath) navigate(returnPath);
      else if (previous) navigate(paths.step(previous));
    },
    next() {
      // The latest state: the save just before may have completed the setup again.
      const complete = store.getState().setup?.complete ?? false;
      const following = WIZARD_STEPS[index + 1];
      if (returnPath && complete) navigate(returnPath);
      else if (following) navigate(paths.step(following));
      else navigate(paths.dashboard);
    },
  };
}
