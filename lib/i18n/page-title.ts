import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** `export const generateMetadata = pageTitle('clients.title')`: every page names itself (WCAG 2.4.2). */
export function pageTitle(key: string): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations())(key) });
}
