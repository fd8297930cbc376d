import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { markNotificationsReadAction } from '@/app/(app)/submissions/actions';
import { ServerActionButton } from '@/components/forms/server-action-button';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/guards';
import { pageTitle } from '@/lib/i18n/page-title';
import { notificationHref } from '@/lib/placement/notification-links';
import { findNotificationsForUser } from '@/lib/placement/queries';

export const generateMetadata = pageTitle('notifications.pageTitle');

// GET /notifications — the signed-in user's own in-app notifications, newest first; mark one or all read.
export default async function NotificationsPage() {
  const user = await requirePageUser('/notifications');
  const [notifications, t, format] = await Promise.all([findNotificationsForUser({ user }), getTranslations('notifications'), getFormatter()]);
  const unread = notifications.filter((notification) => notification.readAt === null).length;
  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('unread', { count: unread })}
        actions={unread > 0 ? <ServerActionButton action={markNotificationsReadAction} input={{}} label={t('markAllRead')} pendingLabel={t('marking')} variant="secondary" testId="mark-all-read" /> : undefined}
      />
      <Card>
        {notifications.length === 0 ? (
          <p className="text-sm text-slate-600">{t('empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="notification-list">
            {notifications.map((notification) => {
              const href = notificationHref(notification);
              const text = t.has(`kinds.${notification.kind}`) ? t(`kinds.${notification.kind}`, { client: notification.data.clientName ?? '', subjectivity: notification.data.subjectivity ?? '', reference: notification.data.reference ?? '' }) : notification.kind;
              return (
                <li key={notification.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="notification" data-kind={notification.kind} data-read={notification.readAt ? 'true' : 'false'}>
                  <div>
                    <p className="text-sm text-slate-900">
                      {notification.readAt === null && (
                        <span className="mr-2">
                          <Badge tone="info">{t('new')}</Badge>
                        </span>
                      )}
                      {href ? (
                        <Link href={href} className="font-medium text-brand-700 hover:underline">
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </p>
                    <p className="text-xs text-slate-500">{format.dateTime(notification.createdAt, 'withTime')}</p>
                  </div>
                  {notification.readAt === null && (
                    <ServerActionButton
                      action={markNotificationsReadAction}
                      input={{ notificationIds: [notification.id] }}
                      label={t('markRead')}
                      pendingLabel={t('marking')}
                      variant="ghost"
                      testId={`mark-read-${notification.id}`}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}
