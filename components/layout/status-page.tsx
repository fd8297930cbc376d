import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';

/**
 * The 403 / 404 / error pages: a code, a title, a sentence, and a way back. Inside the app shell
 * (which already has the <main> landmark) it renders a section; on its own it is the main landmark.
 */
export function StatusPage({ code, title, text, homeLabel, isInShell = false, children }: { code: string; title: string; text: string; homeLabel: string; isInShell?: boolean; children?: ReactNode }) {
  const Landmark = isInShell ? 'section' : 'main';
  return (
    <Landmark id={isInShell ? undefined : 'main'} className="mx-auto flex min-h-[70vh] max-w-lg flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-700">{code}</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-600">{text}</p>
      <div className="mt-6 flex gap-3">
        {children}
        <Link href="/dashboard" className={buttonClasses('primary')}>
          {homeLabel}
        </Link>
      </div>
    </Landmark>
  );
}
