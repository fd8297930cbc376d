import { getFormatter, getTranslations } from 'next-intl/server';
import { ReauthenticationProvider } from '@/components/auth/reauthentication';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ChangePasswordForm } from '@/components/profile/change-password-form';
import { SecondFactorPanel } from '@/components/profile/second-factor-panel';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/guards';
import { minPasswordLength } from '@/lib/auth/password-policy';
import { pageTitle } from '@/lib/i18n/page-title';
import { getAccountSecurity } from '@/lib/profile/queries';

export const generateMetadata = pageTitle('security.profile.title');

// GET /profile — the user's own account security: password, second factor, recovery codes.
export default async function ProfilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/profile');
  const [t, format, security, params] = await Promise.all([getTranslations(), getFormatter(), getAccountSecurity({ user }), searchParams]);
  return (
    <ClientMessages namespaces={['security', 'validation']}>
    <ReauthenticationProvider withCode={security.hasSecondFactor}>
      <PageHeader title={t('security.profile.title')} intro={t('security.profile.intro')} />
      <div className="space-y-6">
        {user.session && (
          <p className="text-sm text-slate-600" data-testid="session-info">
            {t('security.profile.signedInWith', {
              time: format.dateTime(user.session.authenticatedAt, 'withTime'),
              method: t(`security.profile.methods.${user.session.authMethod}`),
            })}
          </p>
        )}
        <Card title={t('security.profile.secondFactorTitle')} titleId="second-factor-heading">
          <SecondFactorPanel security={security} offerRecoveryCodes={params.enrolled === '1'} />
        </Card>
        <Card title={t('security.profile.passwordTitle')} titleId="password-heading">
          <ChangePasswordForm rules={t('security.password.rules', { min: minPasswordLength(user.role) })} />
        </Card>
      </div>
    </ReauthenticationProvider>
    </ClientMessages>
  );
}
