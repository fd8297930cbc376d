import { cn } from '@/lib/cn';

/** The message about a form as a whole (what no single field explains), announced when it appears. */
export function FormAlert({ message, className }: { message: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={cn('rounded-md bg-red-50 px-3 py-2 text-sm text-red-800', className)}>
      {message}
    </p>
  );
}
