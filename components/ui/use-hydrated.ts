'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs in the browser. Controls that
 * act through JavaScript are disabled until then: a click before hydration would otherwise do
 * nothing (or be undone), and tests (and people) would have to guess when the page is ready.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
