import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requireUser } from '@/lib/auth/guards';
import { mayOpenPage } from '@/lib/navigation';
import { countUnreadNotificationsForUser } from '@/lib/placement/queries';

// Every page below checks its own permission too: a layout does not re-run on client navigation,
// so it is never the only guard.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const unread = mayOpenPage(user.role, '/notifications') ? await countUnreadNotificationsForUser({ user }) : null;
  return (
    <AppShell user={user} unread={unread}>
      {children}
    </AppShell>
  );
}
