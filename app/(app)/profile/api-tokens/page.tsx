import { headers } from 'next/headers';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CreateApiTokenForm } from '@/components/api-tokens/create-api-token-form';
import { ReauthenticationProvider } from '@/components/auth/reauthentication';
import { RevokeApiTokenButton } from '@/components/api-tokens/revoke-api-token-button';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, Table, Td } from '@/components/ui/table';
import { findApiTokensForUser } from '@/lib/api-tokens/queries';
import { apiTokenStatus, type TApiTokenStatus } from '@/lib/api-tokens/status';
import { requirePageUser } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { apiAccess } from '@/lib/auth/route-registry';
import { pageTitle } from '@/lib/i18n/page-title';
import { getAccountSecurity } from '@/lib/profile/queries';

export const generateMetadata = pageTitle('apiTokens.title');

const STATUS_TONE: Record<TApiTokenStatus, TBadgeTone> = { active: 'success', expired: 'neutral', revoked: 'danger', ended: 'warning' };

/** The address integrations call, as this request reached the app (behind a proxy: its forwarded host). */
async function apiBaseUrl(): Promise<string> {
  const headerStore = await headers();
  const host = headerStore.get('x-forwarded-host') ?? headerStore.get('host') ?? 'localhost:3000';
  const protocol = headerStore.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.0.0.1') ? 'http' : 'https');
  return `${protocol}://${host}/api/v1`;
}

// GET /profile/api-tokens — the user's personal API tokens: create (shown once), list, revoke.
export default async function ApiTokensPage() {
  const user = await requirePageUser('/profile/api-tokens');
  const [t, format, tokens, baseUrl, security] = await Promise.all([getTranslations('apiTokens'), getFormatter(), findApiTokensForUser({ user }), apiBaseUrl(), getAccountSecurity({ user })]);
  const now = new Date();
  // The example calls an endpoint this user may call: brokers list their clients, everyone else their assessments.
  const clientsAccess = apiAccess('/api/v1/clients', 'GET');
  const example = clientsAccess === 'public' || clientsAccess === 'authenticated' || can(user, clientsAccess.permission) ? '/clients?q=hansen&pageSize=10' : '/assessments?pageSize=10';
  const never = <span className="text-slate-500">{t('never')}</span>;

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="space-y-6">
        <Card title={t('createTitle')} titleId="create-token-heading">
          <ClientMessages namespaces={['apiTokens.form', 'validation', 'security.reauth']}>
            {/* The confirmation asks for a code when the account has a second factor now (as the server checks), whatever this session signed in with. */}
            <ReauthenticationProvider withCode={security.hasSecondFactor}>
              <CreateApiTokenForm apiUrl={`${baseUrl}${example.split('?')[0]}`} />
            </ReauthenticationProvider>
          </ClientMessages>
        </Card>

        <section aria-labelledby="tokens-heading">
          <h2 id="tokens-heading" className="mb-3 text-base font-semibold text-slate-900">
            {t('listTitle')}
          </h2>
          {tokens.length === 0 ? (
            <EmptyState>{t('empty')}</EmptyState>
          ) : (
            <Table caption={t('listTitle')} headers={[t('name'), t('token'), t('created'), t('expires'), t('lastUsed'), t('status'), t('actions')]}>
              {tokens.map((token) => {
                const status = apiTokenStatus(token, now);
                return (
                  <tr key={token.id} data-testid="token-row">
                    <Td className="px-4 py-3 font-medium text-slate-900">{token.name}</Td>
                    <Td>
                      <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{token.prefix}…</code>
                    </Td>
                    <Td>{format.dateTime(token.createdAt, 'short')}</Td>
                    <Td>{token.expiresAt ? format.dateTime(token.expiresAt, 'short') : never}</Td>
                    <Td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt, 'withTime') : never}</Td>
                    <Td>
                      <Badge tone={STATUS_TONE[status]}>{t(`statuses.${status}`)}</Badge>
                      {status === 'ended' && <span className="mt-1 block max-w-xs whitespace-normal text-xs text-slate-600">{t('endedHint')}</span>}
                    </Td>
                    <Td className="px-4 py-3">
                      {status === 'active' && (
                        <RevokeApiTokenButton
                          tokenId={token.id}
                          labels={{
                            revoke: t('revoke'),
                            question: t('revokeQuestion', { name: token.name }),
                            confirm: t('revokeConfirm'),
                            revoking: t('revoking'),
                            cancel: t('cancel'),
                            failed: t('revokeFailed'),
                          }}
                        />
                      )}
                    </Td>
                  </tr>
                );
              })}
            </Table>
          )}
        </section>

        <Card title={t('howToTitle')} titleId="how-to-heading">
          <div className="space-y-3 text-sm text-slate-700">
            <p>{t('howToIntro')}</p>
            <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
              <code>{`curl -H "Authorization: Bearer $SIGNET_TOKEN" "${baseUrl}${example}"`}</code>
            </pre>
            <p>{t('howToActsAsYou')}</p>
            <p>
              {t('howToReference')}{' '}
              <a href="/api/v1/openapi.json" className="font-medium text-brand-700 hover:underline">
                /api/v1/openapi.json
              </a>
            </p>
          </div>
        </Card>
      </div>
    </>
  );
}
