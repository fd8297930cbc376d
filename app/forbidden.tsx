import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/layout/status-page';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('errors.forbiddenTitle');

export default async function Forbidden() {
  const t = await getTranslations('errors');
  return <StatusPage code="403" title={t('forbiddenTitle')} text={t('forbiddenText')} homeLabel={t('backHome')} />;
}
