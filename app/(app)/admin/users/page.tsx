import { getFormatter, getTranslations } from 'next-intl/server';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserAccessActions } from '@/components/admin/user-access-actions';
import { ReauthenticationProvider } from '@/components/auth/reauthentication';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td } from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/guards';
import { findOrganizationsForAdmin, findUsersForAdmin } from '@/lib/users/queries';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('admin.usersTitle');

// GET /admin/users — create accounts (with a one-time set-password link), reset access, end sessions,
// deactivate and unblock (admins only; every change asks for a recent re-authentication).
export default async function AdminUsersPage() {
  const user = await requirePageUser('/admin/users');
  const [t, format, users, organizations] = await Promise.all([
    getTranslations(),
    getFormatter(),
    findUsersForAdmin({ user }),
    findOrganizationsForAdmin({ user }),
  ]);
  return (
    <ClientMessages namespaces={['admin', 'validation', 'roles', 'security']}>
    <ReauthenticationProvider withCode={user.session?.authMethod !== 'PASSWORD'}>
      <PageHeader title={t('admin.usersTitle')} intro={t('admin.usersIntro')} />
      <div className="space-y-6">
        <div>
          <Table caption={t('admin.usersTitle')} headers={[t('admin.name'), t('admin.role'), t('admin.organization'), t('security.admin.status'), t('admin.lastLogin'), t('admin.actions')]}>
            {users.map((row) => (
              <tr key={row.id} data-testid="user-row" className="align-top">
                <Td>
                  <span className="font-medium text-slate-900">{row.name}</span>
                  <br />
                  <span className="text-xs text-slate-500">{row.email}</span>
                </Td>
                <Td>{t(`roles.${row.role}`)}</Td>
                <Td>{row.organization.name}</Td>
                <Td>
                  <span className="flex flex-wrap gap-1">
                    <Badge tone={row.deactivatedAt ? 'danger' : 'success'}>{row.deactivatedAt ? t('security.admin.deactivated') : t('security.admin.active')}</Badge>
                    <Badge tone={row.totpCredential?.confirmedAt ? 'info' : 'neutral'}>{row.totpCredential?.confirmedAt ? t('security.admin.secondFactorOn') : t('security.admin.secondFactorOff')}</Badge>
                  </span>
                </Td>
                <Td>{row.lastLoginAt ? format.dateTime(row.lastLoginAt, 'withTime') : t('admin.never')}</Td>
                <Td className="px-4 py-3">
                  <UserAccessActions user={{ id: row.id, name: row.name, email: row.email, isDeactivated: Boolean(row.deactivatedAt), isSelf: row.id === user.id }} />
                </Td>
              </tr>
            ))}
          </Table>
        </div>
        <Card title={t('admin.createTitle')} titleId="create-user-heading">
          <CreateUserForm organizations={organizations} />
        </Card>
      </div>
    </ReauthenticationProvider>
    </ClientMessages>
  );
}
