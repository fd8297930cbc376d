import { getFormatter, getTranslations } from 'next-intl/server';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { ResetPasswordForm } from '@/components/admin/reset-password-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td } from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/guards';
import { findOrganizationsForAdmin, findUsersForAdmin } from '@/lib/users/queries';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('admin.usersTitle');

// GET /admin/users — create accounts and reset passwords (admins only).
export default async function AdminUsersPage() {
  const user = await requirePageUser('/admin/users');
  const [t, format, users, organizations] = await Promise.all([
    getTranslations(),
    getFormatter(),
    findUsersForAdmin({ user }),
    findOrganizationsForAdmin({ user }),
  ]);
  return (
    <ClientMessages namespaces={['admin', 'validation', 'roles']}>
      <PageHeader title={t('admin.usersTitle')} intro={t('admin.usersIntro')} />
      <div className="space-y-6">
        <div>
          <Table caption={t('admin.usersTitle')} headers={[t('admin.name'), t('admin.role'), t('admin.organization'), t('admin.lastLogin'), t('admin.actions')]}>
            {users.map((row) => (
              <tr key={row.id} data-testid="user-row">
                <Td>
                  <span className="font-medium text-slate-900">{row.name}</span>
                  <br />
                  <span className="text-xs text-slate-500">{row.email}</span>
                </Td>
                <Td>{t(`roles.${row.role}`)}</Td>
                <Td>{row.organization.name}</Td>
                <Td>{row.lastLoginAt ? format.dateTime(row.lastLoginAt, 'withTime') : t('admin.never')}</Td>
                <Td className="px-4 py-3">
                  <ResetPasswordForm userId={row.id} userName={row.name} />
                </Td>
              </tr>
            ))}
          </Table>
        </div>
        <Card title={t('admin.createTitle')} titleId="create-user-heading">
          <CreateUserForm organizations={organizations} />
        </Card>
      </div>
    </ClientMessages>
  );
}
