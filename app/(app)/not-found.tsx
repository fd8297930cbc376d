import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/layout/status-page';

// notFound() inside the signed-in area: rendered within the app shell.
export default async function AppNotFound() {
  const t = await getTranslations('errors');
  return <StatusPage isInShell code="404" title={t('notFoundTitle')} text={t('notFoundText')} homeLabel={t('backHome')} />;
}
