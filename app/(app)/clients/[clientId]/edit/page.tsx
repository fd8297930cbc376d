import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/auth/guards';

// Work in progress in this change: replaced before it lands.
export default async function EditClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  await requirePageUser('/clients/[clientId]/edit', { clientId });
  notFound();
}
