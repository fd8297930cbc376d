import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { SubNav } from '@/components/profile/sub-nav';
import { requireUser } from '@/lib/auth/guards';
import { profileSectionsForRole } from '@/lib/navigation';

// The account area: "Account security" (/profile) and personal API tokens (/profile/api-tokens),
// each shown to whoever may open it. Each page still checks its own access.
export default async function ProfileLayout({ children }: { children: ReactNode }) {
  const user = await requireUser('/profile');
  const t = await getTranslations('security.profile');
  return (
    <div className="space-y-6">
      <SubNav label={t('subnavLabel')} items={profileSectionsForRole(user.role).map((section) => ({ href: section.href, label: t(`sections.${section.labelKey}`) }))} />
      {children}
    </div>
  );
}
