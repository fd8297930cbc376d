import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/auth/guards';

// Work in progress in this change: replaced before it lands.
export default async function NewClientPage() {
  await requirePageUser('/clients/new');
  notFound();
}
