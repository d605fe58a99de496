import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A screen's or step's heading that takes focus when it appears, so a screen reader announces
 * the new step and Tab starts from the top of it.
 */
export function FocusHeading({
  level = 2,
  children,
  className,
  focus = true,
}: {
  level?: 1 | 2 | 3;
  children: ReactNode;
  className?: string;
  focus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const Tag = level === 1 ? 'h1' : level === 2 ? 'h2' : 'h3';
  return (
    <Tag ref={ref} tabIndex={-1} className={className ? `focus-heading ${className}` : 'focus-heading'}>
      {children}
    </Tag>
  );
}
