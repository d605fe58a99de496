import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';

/** The administrations the login reaches; the chosen one is checked (a revenue ledger, an account) and stored. */
export function AdministrationChoice({ onChosen }: { onChosen: () => void }) {
  const t = useText();
  const administrations = useSetup((state) => state.administrations);
  const load = useSetup((state) => state.loadAdministrations);
  const choose = useSetup((state) => state.chooseAdministration);
  const [selected, setSelected] = useState<string | null>(null);
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
    if (!current || choosing) return;
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

  return (
    <form className="administration-choice" onSubmit={submit} data-testid="administration-choice">
      <fieldset className="choice-group">
        <legend>{t('moneybird.administrations.legend')}</legend>
        {list.map((administration) => (
          <label key={administration.id} className="check-row" data-testid="administration">
            <input
              type="radio"
              name="administration"
              value={administration.id}
              checked={current === administration.id}
              onChange={() => setSelected(administration.id)}
            />
            <span>
              {administration.name}
              {(administration.country || administration.currency) && (
                <span className="option-detail">
                  {' · '}
                  {[administration.country, administration.currency].filter(Boolean).join(', ')}
                </span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        className="primary"
        disabled={!current || choosing}
        data-testid="administration-use"
      >
        {choosing ? t('moneybird.administrations.checking') : t('moneybird.administrations.use')}
      </button>
      <ProblemText problem={chooseProblem} testId="administration-problem" />
    </form>
  );
}
