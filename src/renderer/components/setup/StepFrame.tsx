import type { ReactNode } from 'react';
import { FocusHeading } from '../common/FocusHeading';
import { usePageTitle } from '../common/use-page-title';

/** One wizard step: its heading (focused on arrival), why it asks, its content, Back/Next. */
export function StepFrame({
  title,
  why,
  children,
  footer,
  testId,
}: {
  title: string;
  why: ReactNode;
  children?: ReactNode;
  footer: ReactNode;
  testId: string;
}) {
  usePageTitle(title);
  return (
    <section className="panel step" data-testid={testId}>
      <FocusHeading className="step-title">{title}</FocusHeading>
      <div className="why">{why}</div>
      {children}
      {footer}
    </section>
  );
}
