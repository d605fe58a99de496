import { useText } from '../../state/store-context';

/** "Opgeslagen" after a save, until the owner changes something again. */
export function SavedNote({ shown }: { shown: boolean }) {
  const t = useText();
  return (
    <span className="saved" role="status" data-testid="saved">
      {shown ? t('common.saved') : ''}
    </span>
  );
}
