import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/layout/status-page';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('errors.notFoundTitle');

export default async function NotFound() {
  const t = await getTranslations('errors');
  return <StatusPage code="404" title={t('notFoundTitle')} text={t('notFoundText')} homeLabel={t('backHome')} />;
}
