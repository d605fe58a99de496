import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { translator } from '../i18n/text';
import type { AppState, AppStore } from './app-store';

export const StoreContext = createContext<AppStore | null>(null);

export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp outside <StoreContext.Provider>');
  return useStore(store, selector);
}

export function useText() {
  return translator(useApp((state) => state.locale));
}
