import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/layout/status-page';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('errors.forbiddenTitle');

// forbidden() inside the signed-in area: rendered within the app shell.
export default async function AppForbidden() {
  const t = await getTranslations('errors');
  return <StatusPage isInShell code="403" title={t('forbiddenTitle')} text={t('forbiddenText')} homeLabel={t('backHome')} />;
}
