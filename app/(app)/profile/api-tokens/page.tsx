import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/auth/guards';

// Work in progress in this change: replaced before it lands.
export default async function ApiTokensPage() {
  await requirePageUser('/profile/api-tokens');
  notFound();
}
