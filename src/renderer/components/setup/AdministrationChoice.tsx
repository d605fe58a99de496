import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';

/** The id of the administration form: the wizard's Volgende submits it. */
export const ADMINISTRATION_FORM = 'administration';

/**
 * The administrations the login reaches; the chosen one is checked (a revenue ledger, an account) and
 * stored when the owner chooses Volgende. The only administration there is, or the one chosen before,
 * is selected already; among several new ones the owner picks one.
 */
export function AdministrationChoice({ onChosen }: { onChosen: () => void }) {
  const t = useText();
  const issueId = useId();
  const administrations = useSetup((state) => state.administrations);
  const load = useSetup((state) => state.loadAdministrations);
  const choose = useSetup((state) => state.chooseAdministration);
  const [selected, setSelected] = useState<string | null>(null);
  const [unchosen, setUnchosen] = useState(false);
  const { list, loading, problem, choosing, chooseProblem } = administrations;

  // Asked once per visit (not again after a refusal: the owner chooses Try again).
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    if (list === null && !loading) void load();
  }, [list, loading, load]);

  const current = selected ?? administrations.selected;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (choosing) return;
    if (!current) {
      setUnchosen(true);
      return;
    }
    void choose(current).then((ok) => ok && onChosen());
  }

  if (loading && !list) return <BusyNote text={t('moneybird.administrations.loading')} />;
  if (!list) {
    return (
      <div>
        <ProblemText problem={problem} testId="administrations-problem" />
        <button type="button" onClick={() => void load()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  }
  if (list.length === 0) return <ProblemText problem={t('moneybird.administrations.none')} />;

  const showUnchosen = unchosen && !current;
  return (
    <form
      id={ADMINISTRATION_FORM}
      className="administration-choice"
      onSubmit={submit}
      data-testid="administration-choice"
      noValidate
    >
      <fieldset className="choice-group" aria-describedby={showUnchosen ? issueId : undefined}>
        <legend>{t('moneybird.administrations.legend')}</legend>
        {list.map((administration) => (
          <label key={administration.id} className="check-row" data-testid="administration">
            <input
              type="radio"
              name="administration"
              value={administration.id}
              checked={current === administration.id}
              disabled={choosing}
              onChange={() => setSelected(administration.id)}
            />
            <span>{administration.name}</span>
          </label>
        ))}
        {showUnchosen && (
          <p className="field-issue" id={issueId} data-testid="administration-unchosen">
            {t('moneybird.administrations.choose')}
          </p>
        )}
      </fieldset>
      {choosing && <BusyNote text={t('moneybird.administrations.checking')} />}
      <ProblemText problem={chooseProblem} testId="administration-problem" />
    </form>
  );
}
