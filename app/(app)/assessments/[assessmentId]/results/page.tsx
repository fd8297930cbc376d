import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/auth/guards';

// Work in progress in this change: replaced before it lands.
export default async function ResultsPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  await requirePageUser('/assessments/[assessmentId]/results', { assessmentId });
  notFound();
}
