import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { MAPPING_SECTIONS, type MappingField, type MappingSection } from '../../../shared/contract';
import { useLocale, useSetup, useSetupStore, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';
import { MappingFieldControl } from './MappingFieldControl';
import {
  attentionText,
  attentionWords,
  cautionOf,
  choicesToSave,
  draftOfFields,
  isRateField,
  keepPicks,
  type MappingDraft,
  missingInMoneybird,
  missingRequired,
  missingText,
  needsOwner,
  ownerAnswered,
  proposalKeepsPicks,
  SECTION_HINT,
  SECTION_TITLE,
  sectionsOf,
} from './mapping-choices';

/**
 * How orders are booked in Moneybird: every mapping field grouped by its part (revenue, VAT rates,
 * payments, rounding, invoice), pre-filled with what is stored or proposed. Each part has an
 * element with the part's id, so Settings can link straight to it. The wizard's Next submits it;
 * Settings passes its own Save button as children. `compact` (the wizard) shows open only what
 * needs the owner and folds each part's other fields away; a part the owner was sent to is unfolded.
 * A field the owner has answered with a pick of their own stays where it is, its warning replaced by
 * that pick, and the header counts only the choices still open. A field Moneybird has nothing for (a
 * VAT rate not made there) is no choice to count: the wizard names it apart, says the owner can go
 * on, and offers to fetch Moneybird's records again once it is added there.
 */
export function MappingEditor({
  formId,
  focusSection,
  onSaved,
  onEdit,
  children,
  headingLevel = 3,
  compact = false,
  extra,
  onPending,
  showSaveProblem = true,
}: {
  formId: string;
  focusSection?: MappingSection | null;
  /** After a successful save, with the parts that were saved. */
  onSaved: (sections: MappingSection[]) => void;
  onEdit?: () => void;
  children?: ReactNode;
  headingLevel?: 3 | 4;
  compact?: boolean;
  /** More of a part's fields, kept elsewhere than the mapping (Settings: the invoice's kind and language). */
  extra?: Partial<Record<MappingSection, ReactNode>>;
  /** How many choices a save would store now (changed, or proposed and not stored yet). */
  onPending?: (count: number) => void;
  /** False: the children show a failed save's problem themselves (Settings, in its save bar). */
  showSaveProblem?: boolean;
}) {
  const t = useText();
  const locale = useLocale();
  const { loading, fields, problem, saveProblem, fieldProblems } = useSetup((state) => state.mapping);
  const load = useSetup((state) => state.loadMapping);
  const save = useSetup((state) => state.saveMapping);
  const store = useSetupStore();
  const [draft, setDraft] = useState<MappingDraft>({});
  /** The fields whose value the owner chose in this form (picked, or kept as filled in). */
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const sectionRefs = useRef<Partial<Record<MappingSection, HTMLHeadingElement | null>>>({});
  /** The form as the owner left it, for a fetch again that keeps their picks. */
  const form = useRef({ draft, picked, refetching: false, saving: false });
  form.current = { ...form.current, draft, picked };

  useEffect(() => {
    void load();
  }, [load]);
  // A new proposal: start from what it says, or keep the owner's picks (proposalKeepsPicks).
  useEffect(() => {
    if (!fields) return;
    if (proposalKeepsPicks(form.current)) {
      form.current.refetching = false;
      const kept = keepPicks(fields, form.current.draft, form.current.picked);
      setDraft(kept.draft);
      setPicked(kept.picked);
      return;
    }
    setDraft(draftOfFields(fields));
    setPicked(new Set());
  }, [fields]);
  const refetch = () => {
    form.current.refetching = true;
    void load().then(() => {
      // Nothing new came (the fetch failed): the next proposal starts afresh.
      if (store.getState().mapping.problem) form.current.refetching = false;
    });
  };
  useEffect(() => {
    if (fields) onPending?.(Object.keys(choicesToSave(fields, draft)).length);
  }, [fields, draft, onPending]);
  useEffect(() => {
    if (!fields || !focusSection) return;
    const heading = sectionRefs.current[focusSection];
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }, [fields, focusSection]);

  if (loading && !fields) return <BusyNote text={t('mapping.loading')} />;
  if (!fields) {
    return (
      <div>
        <ProblemText problem={problem} testId="mapping-problem" />
        {problem && (
          <button type="button" onClick={() => void load()}>
            {t('common.tryAgain')}
          </button>
        )}
      </div>
    );
  }

  const missing = attempted ? missingRequired(fields, draft) : [];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!fields) return;
    setAttempted(true);
    if (missingRequired(fields, draft).length > 0) return;
    const choices = choicesToSave(fields, draft);
    const sections = sectionsOf(fields, Object.keys(choices));
    form.current.saving = true;
    void save(choices).then((ok) => {
      form.current.saving = false;
      if (ok) onSaved(sections);
    });
  }

  const choose = (path: string) => setPicked((current) => new Set(current).add(path));
  const answered = (field: MappingField) =>
    needsOwner(field, fieldProblems) && ownerAnswered(field, draft, picked, fieldProblems);
  const control = (field: MappingField) => (
    <MappingFieldControl
      key={field.path}
      field={field}
      value={draft[field.path] ?? ''}
      problem={fieldProblems[field.path] ?? null}
      missing={missing.includes(field.path)}
      answered={answered(field)}
      onChange={(value) => {
        setDraft((current) => ({ ...current, [field.path]: value }));
        choose(field.path);
        onEdit?.();
      }}
      onKeep={() => choose(field.path)}
    />
  );
  // Which fields are open is judged on the proposal, so none moves while the owner chooses; the
  // header counts those the owner has not answered yet, and names apart those Moneybird has nothing for.
  const attention = compact ? fields.filter((field) => needsOwner(field, fieldProblems)) : fields;
  const unavailable = compact ? attention.filter(missingInMoneybird) : [];
  // A pick whose record cautions (a tax rate of another VAT box) is a choice still to make, wherever
  // the field is: the header counts it with the others it marks.
  const cautioned = (field: MappingField) => cautionOf(field, draft) !== null;
  const choices = [
    ...attention.filter((field) => !unavailable.includes(field)),
    ...fields.filter((field) => !attention.includes(field) && cautioned(field)),
  ];
  const stillLacking = unavailable.filter((field) => !answered(field));
  const stillOpen = choices.filter((field) => cautioned(field) || !answered(field));
  const header = attentionText(choices.length, stillOpen.length, {
    count: stillLacking.length,
    rates: stillLacking.every(isRateField),
  });
  const lacking = missingText(unavailable, locale);

  return (
    <form id={formId} className="mapping-editor" onSubmit={submit} noValidate>
      {compact && (
        <p className="mapping-attention" data-testid="mapping-attention" aria-live="polite">
          {attentionWords(header, t)}
        </p>
      )}
      {lacking && (
        <div className="setup-note mapping-unavailable" data-testid="mapping-unavailable">
          <p>{t(lacking.key, lacking.params)}</p>
          <button
            type="button"
            data-testid="mapping-refetch"
            disabled={loading}
            aria-busy={loading || undefined}
            onClick={refetch}
          >
            {loading ? t('mapping.refreshing') : t('mapping.refresh')}
          </button>
          {!loading && <ProblemText problem={problem} testId="mapping-refetch-problem" />}
        </div>
      )}
      {MAPPING_SECTIONS.map((section) => {
        const inSection = fields.filter((field) => field.section === section);
        if (inSection.length === 0) return null;
        const open = inSection.filter((field) => attention.includes(field));
        const folded = inSection.filter((field) => !attention.includes(field));
        return (
          <section key={section} id={section} className="mapping-section" data-testid={`mapping-${section}`}>
            <Heading
              tabIndex={-1}
              ref={(element) => {
                sectionRefs.current[section] = element;
              }}
            >
              {t(SECTION_TITLE[section])}
            </Heading>
            <p className="field-hint">{t(SECTION_HINT[section])}</p>
            {open.map(control)}
            {folded.length > 0 && (
              <details
                className="mapping-folded"
                data-testid="mapping-folded"
                open={focusSection === section || folded.some((field) => missing.includes(field.path))}
              >
                <summary>
                  {folded.length === 1
                    ? t('mapping.settled.one')
                    : t('mapping.settled.other', { count: folded.length })}
                </summary>
                {folded.map(control)}
              </details>
            )}
            {extra?.[section]}
          </section>
        );
      })}
      {missing.length > 0 && <ProblemText problem={t('mapping.missing.summary')} testId="mapping-missing" />}
      {showSaveProblem && <ProblemText problem={saveProblem} testId="mapping-save-problem" />}
      {children}
    </form>
  );
}
