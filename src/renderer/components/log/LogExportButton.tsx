import { LOG_EXPORT_MAX_LINES } from '../../../shared/contract';
import { formatCount } from '../../i18n/text';
import { periodReversed, useLog } from '../../state/log-store';
import { useLocale, useText } from '../../state/store-context';
import { downloadText } from '../common/download-text';

/** Exports the log with the filters in use as CSV, downloaded by the browser. */
export function LogExportButton() {
  const t = useText();
  const locale = useLocale();
  const exportCsv = useLog((state) => state.exportCsv);
  const exporting = useLog((state) => state.exporting);
  const exported = useLog((state) => state.exported);
  const reversed = useLog((state) => periodReversed(state.form));

  async function run() {
    const result = await exportCsv();
    if (result) downloadText(result.csv, result.fileName, 'text/csv;charset=utf-8');
  }

  return (
    <div className="log-export">
      <button
        type="button"
        data-testid="log-export"
        disabled={exporting || reversed}
        aria-describedby="log-export-hint"
        onClick={() => void run()}
      >
        {exporting ? t('log.export.busy') : t('log.export')}
      </button>
      <p className="log-export-hint" id="log-export-hint">
        {t('log.export.hint')}
      </p>
      <p className="log-export-done" role="status" data-testid="log-export-done">
        {exported &&
          t(exported.lines === 1 ? 'log.export.done.one' : 'log.export.done.other', {
            count: formatCount(exported.lines, locale),
            file: exported.fileName,
          })}
        {exported?.truncated &&
          ` ${t('log.export.truncated', { count: formatCount(LOG_EXPORT_MAX_LINES, locale) })}`}
      </p>
    </div>
  );
}
