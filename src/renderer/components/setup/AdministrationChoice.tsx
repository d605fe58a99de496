import { type FormEvent, useEffect, useRef } from 'react';
import { useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';

/** The id of the administration form: the wizard's Volgende submits it. */
export const ADMINISTRATION_FORM = 'administration';

/**
 * The administrations the login reaches; the chosen one is checked (a revenue ledger, an account) and
 * stored when the owner chooses Volgende. The only administration there is, or the one chosen before,
 * is selected already; among several new ones the owner picks one. After a backup was put back (the
 * folder booked in another administration than this computer chose last) nothing is selected, and
 * each of the two says where it comes from: the owner's explicit pick decides. An administration
 * refused when chosen says why under it, with a way to check it again once Moneybird has what it
 * lacks; Volgende waits for one that can be used (`administrationReady`).
 */
export function AdministrationChoice({ onChosen }: { onChosen: () => void }) {
  const t = useText();
  const administrations = useSetup((state) => state.administrations);
  const load = useSetup((state) => state.loadAdministrations);
  const select = useSetup((state) => state.selectAdministration);
  const choose = useSetup((state) => state.chooseAdministration);
  const { list, loading, problem, choosing, chooseProblem, selected, conflict, refused } = administrations;

  // Asked once per visit (not again after a refusal: the owner chooses Try again).
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    if (list === null && !loading) void load();
  }, [list, loading, load]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (choosing || !selected || refused[selected]) return;
    void choose(selected).then((ok) => ok && onChosen());
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

  const originOf = (id: string) =>
    conflict?.inFolder === id
      ? t('moneybird.administrations.fromFolder')
      : conflict?.remembered === id
        ? t('moneybird.administrations.remembered')
        : null;
  return (
    <form
      id={ADMINISTRATION_FORM}
      className="administration-choice"
      onSubmit={submit}
      data-testid="administration-choice"
      noValidate
    >
      <fieldset className="choice-group">
        <legend>{t('moneybird.administrations.legend')}</legend>
        {list.map((administration) => {
          const origin = originOf(administration.id);
          const refusal = refused[administration.id] ?? null;
          return (
            <div key={administration.id} data-testid="administration" data-id={administration.id}>
              <label className="check-row">
                <input
                  type="radio"
                  name="administration"
                  value={administration.id}
                  checked={selected === administration.id}
                  disabled={choosing}
                  onChange={() => select(administration.id)}
                />
                <span>
                  {administration.name}
                  {origin && (
                    <span className="option-detail block" data-testid="administration-origin">
                      {origin}
                    </span>
                  )}
                </span>
              </label>
              {refusal && (
                <div className="administration-refused">
                  <ProblemText problem={refusal} testId="administration-problem" />
                  <button
                    type="button"
                    className="link-button"
                    disabled={choosing}
                    onClick={() => void choose(administration.id).then((ok) => ok && onChosen())}
                  >
                    {t('moneybird.administrations.checkAgain')}
                  </button>
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      {choosing && <BusyNote text={t('moneybird.administrations.checking')} />}
      <ProblemText problem={chooseProblem} testId="administration-problem" />
    </form>
  );
}

/** Whether Volgende may store the administration selected: one is picked, and it was not refused. */
export function administrationReady(administrations: {
  list: readonly unknown[] | null;
  selected: string | null;
  refused: Readonly<Record<string, unknown>>;
}): boolean {
  const { list, selected, refused } = administrations;
  return list !== null && list.length > 0 && selected !== null && !refused[selected];
}
