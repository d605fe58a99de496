/** A short "working on it" line with a quiet moving bar, for checks that take a moment. */
export function BusyNote({ text, testId }: { text: string; testId?: string }) {
  return (
    <div className="busy" role="status" data-testid={testId ?? 'busy'}>
      <span className="busy-bar" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
