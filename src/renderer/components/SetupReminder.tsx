import { Link } from 'react-router';
import { paths, resumeStep } from '../routes';
import { useApp, useSetup, useText } from '../state/store-context';
import { ProblemText } from './common/ProblemText';
import { noLongerConnected } from './dashboard-status';

/**
 * On the dashboard while the setup is not finished: where to go on. A data folder that synced before
 * and lost a connection (the owner disconnected it) is asked to connect again, not to finish a setup.
 */
export function SetupReminder() {
  const t = useText();
  const setup = useSetup((state) => state.setup);
  const problem = useSetup((state) => state.setupProblem);
  const status = useApp((state) => state.status);
  if (!setup) return problem ? <ProblemText problem={problem} testId="setup-problem" /> : null;
  if (setup.complete) return null;
  const reconnect = noLongerConnected(status, setup);
  return (
    <section
      className="panel reminder"
      data-testid="setup-reminder"
      data-kind={reconnect ? 'reconnect' : 'setup'}
    >
      <p>{reconnect ? t('reminder.disconnected.text') : t('reminder.text')}</p>
      <Link className="button primary" to={paths.step(resumeStep(setup))}>
        {reconnect ? t('reminder.disconnected.action') : t('reminder.action')}
      </Link>
    </section>
  );
}
