import type { LocalizedText } from '../../../shared/i18n/translate';
import { pick } from '../../i18n/text';
import { useLocale } from '../../state/store-context';

/** What went wrong and what to do, in the owner's language; announced when it appears. */
export function ProblemText({
  problem,
  id,
  testId,
}: {
  problem: LocalizedText | string | null;
  id?: string;
  testId?: string;
}) {
  const locale = useLocale();
  if (!problem) return null;
  return (
    <p className="problem" role="alert" id={id} data-testid={testId ?? 'problem'}>
      {typeof problem === 'string' ? problem : pick(problem, locale)}
    </p>
  );
}
