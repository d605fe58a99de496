import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { MAPPING_SECTIONS, type MappingField, type MappingSection } from '../../../shared/contract';
import { useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';
import { MappingFieldControl } from './MappingFieldControl';
import {
  choicesToSave,
  draftOfFields,
  type MappingDraft,
  missingRequired,
  needsOwner,
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
  const [attempted, setAttempted] = useState(false);
  const sectionRefs = useRef<Partial<Record<MappingSection, HTMLHeadingElement | null>>>({});

  useEffect(() => {
    void load();
  }, [load]);
  // A new proposal (loaded or saved): start from what it says.
  useEffect(() => {
    if (fields) setDraft(draftOfFields(fields));
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

  const control = (field: MappingField) => (
    <MappingFieldControl
      key={field.path}
      field={field}
      value={draft[field.path] ?? ''}
      problem={fieldProblems[field.path] ?? null}
      missing={missing.includes(field.path)}
      onChange={(value) => {
        setDraft((current) => ({ ...current, [field.path]: value }));
        onEdit?.();
      }}
    />
  );
  const attention = compact ? fields.filter((field) => needsOwner(field, fieldProblems)) : fields;

  return (
    <form id={formId} className="mapping-editor" onSubmit={submit} noValidate>
      {compact && (
        <p className="mapping-attention" data-testid="mapping-attention">
          {attention.length === 0
            ? t('mapping.attention.none')
            : attention.length === 1
              ? t('mapping.attention.one')
              : t('mapping.attention.other', { count: attention.length })}
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
