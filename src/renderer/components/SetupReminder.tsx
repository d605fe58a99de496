import { Link } from 'react-router';
import { paths, resumeStep } from '../routes';
import { useSetup, useText } from '../state/store-context';
import { ProblemText } from './common/ProblemText';

/** On the dashboard while the setup is not finished (e.g. after disconnecting): where to go on. */
export function SetupReminder() {
  const t = useText();
  const setup = useSetup((state) => state.setup);
  const problem = useSetup((state) => state.setupProblem);
  if (!setup) return problem ? <ProblemText problem={problem} testId="setup-problem" /> : null;
  if (setup.complete) return null;
  return (
    <section className="panel reminder" data-testid="setup-reminder">
      <p>{t('reminder.text')}</p>
      <Link className="button primary" to={paths.step(resumeStep(setup))}>
        {t('reminder.action')}
      </Link>
    </section>
  );
}
