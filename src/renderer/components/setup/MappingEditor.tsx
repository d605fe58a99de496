import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { MAPPING_SECTIONS, type MappingField, type MappingSection } from '../../../shared/contract';
import { useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';
import { MappingFieldControl } from './MappingFieldControl';
import {
  attentionText,
  choicesToSave,
  draftOfFields,
  type MappingDraft,
  missingRequired,
  needsOwner,
  ownerAnswered,
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
 * that pick, and the header counts only the choices still open.
 */
export function MappingEditor({
  formId,
  focusSection,
  onSaved,
  onEdit,
  children,
  headingLevel = 3,
  compact = false,
}: {
  formId: string;
  focusSection?: MappingSection | null;
  /** After a successful save, with the parts that were saved. */
  onSaved: (sections: MappingSection[]) => void;
  onEdit?: () => void;
  children?: ReactNode;
  headingLevel?: 3 | 4;
  compact?: boolean;
}) {
  const t = useText();
  const { loading, fields, problem, saveProblem, fieldProblems } = useSetup((state) => state.mapping);
  const load = useSetup((state) => state.loadMapping);
  const save = useSetup((state) => state.saveMapping);
  const [draft, setDraft] = useState<MappingDraft>({});
  /** The fields whose value the owner chose in this form (picked, or kept as filled in). */
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const sectionRefs = useRef<Partial<Record<MappingSection, HTMLHeadingElement | null>>>({});

  useEffect(() => {
    void load();
  }, [load]);
  // A new proposal (loaded or saved): start from what it says.
  useEffect(() => {
    if (!fields) return;
    setDraft(draftOfFields(fields));
    setPicked(new Set());
  }, [fields]);
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
    void save(choices).then((ok) => ok && onSaved(sections));
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
  // header counts those the owner has not answered yet.
  const attention = compact ? fields.filter((field) => needsOwner(field, fieldProblems)) : fields;
  const header = attentionText(attention.length, attention.filter((field) => !answered(field)).length);

  return (
    <form id={formId} className="mapping-editor" onSubmit={submit} noValidate>
      {compact && (
        <p className="mapping-attention" data-testid="mapping-attention" aria-live="polite">
          {t(header.key, header.params)}
        </p>
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
          </section>
        );
      })}
      {missing.length > 0 && <ProblemText problem={t('mapping.missing.summary')} testId="mapping-missing" />}
      <ProblemText problem={saveProblem} testId="mapping-save-problem" />
      {children}
    </form>
  );
}
