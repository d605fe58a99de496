import { Link } from 'react-router';
import { pick } from '../i18n/text';
import { paths, resumeStep } from '../routes';
import { useApp, useSetup, useText } from '../state/store-context';
import { ProblemText } from './common/ProblemText';
import { noLongerConnected, RECONNECT_REASON_ID, reasonInReminder } from './dashboard-status';

/**
 * On the dashboard while the setup is not finished: where to go on. A data folder that synced before
 * and lost a connection (the owner disconnected it) is asked to connect again, not to finish a setup;
 * the core's reason (which connection, and that nothing is booked until then) is said here, once.
 */
export function SetupReminder() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const setup = useSetup((state) => state.setup);
  const problem = useSetup((state) => state.setupProblem);
  const status = useApp((state) => state.status);
  if (!setup) return problem ? <ProblemText problem={problem} testId="setup-problem" /> : null;
  if (setup.complete) return null;
  const reconnect = noLongerConnected(status, setup);
  const text =
    reasonInReminder(status, setup) && status?.reason
      ? pick(status.reason, locale)
      : reconnect
        ? t('reminder.disconnected.text')
        : t('reminder.text');
  return (
    <section
      className="panel reminder"
      data-testid="setup-reminder"
      data-kind={reconnect ? 'reconnect' : 'setup'}
    >
      <p id={reconnect ? RECONNECT_REASON_ID : undefined}>{text}</p>
      <Link className="button primary" to={paths.step(resumeStep(setup))}>
        {reconnect ? t('reminder.disconnected.action') : t('reminder.action')}
      </Link>
    </section>
  );
}
