import { useEffect } from 'react';
import { formatCount, pick } from '../../i18n/text';
import { useLog } from '../../state/log-store';
import { useLocale, useText } from '../../state/store-context';
import { FocusHeading } from '../common/FocusHeading';
import { usePageTitle } from '../common/use-page-title';
import { LogExportButton } from './LogExportButton';
import { LogFilters } from './LogFilters';
import { LogTable } from './LogTable';
import './log.css';

/** The whole log: filters, the lines newest first with live ones arriving on top, and the export. */
export function LogPage() {
  const t = useText();
  const locale = useLocale();
  const search = useLog((state) => state.search);
  const count = useLog((state) => state.lines.length);
  const live = useLog((state) => state.live);
  const problem = useLog((state) => state.problem);
  usePageTitle(t('log.title'));

  // Searched on arrival, and again in the other language (words are looked for in the text shown).
  // biome-ignore lint/correctness/useExhaustiveDependencies: search reads the language from the app's store
  useEffect(() => {
    void search();
  }, [search, locale]);

  return (
    <div className="log-page" data-testid="log-page">
      <FocusHeading className="page-title">{t('log.title')}</FocusHeading>
      <p className="log-intro">{t('log.intro')}</p>
      <section className="panel">
        <LogFilters />
      </section>
      <section className="panel log-lines" aria-labelledby="log-lines-heading">
        <div className="log-toolbar">
          <h3 id="log-lines-heading" className="log-count" data-testid="log-count" aria-live="polite">
            {t(count === 1 ? 'log.shown.one' : 'log.shown.other', { count: formatCount(count, locale) })}
            {live > 0 && (
              <span className="log-live" data-testid="log-live">
                {' · '}
                {t(live === 1 ? 'log.new.one' : 'log.new.other', { count: formatCount(live, locale) })}
              </span>
            )}
          </h3>
          <LogExportButton />
        </div>
        {problem && (
          <p className="problem" role="alert" data-testid="log-problem">
            {pick(problem, locale)}
          </p>
        )}
        <LogTable />
      </section>
    </div>
  );
}
