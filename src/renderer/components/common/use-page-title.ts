import { useEffect } from 'react';
import { useText } from '../../state/store-context';

/** The window's title names the screen ("Koppel je winkel — Winkelbrug"), for screen readers and the taskbar. */
export function usePageTitle(title: string | null) {
  const t = useText();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} — ${app}` : app;
  }, [title, app]);
}
