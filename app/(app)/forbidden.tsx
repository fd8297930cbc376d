import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/layout/status-page';

// forbidden() inside the signed-in area: rendered within the app shell.
export default async function AppForbidden() {
  const t = await getTranslations('errors');
  return <StatusPage isInShell code="403" title={t('forbiddenTitle')} text={t('forbiddenText')} homeLabel={t('backHome')} />;
}
