import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/layout/status-page';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('errors.notFoundTitle');

// notFound() inside the signed-in area: rendered within the app shell.
export default async function AppNotFound() {
  const t = await getTranslations('errors');
  return <StatusPage isInShell code="404" title={t('notFoundTitle')} text={t('notFoundText')} homeLabel={t('backHome')} />;
}
