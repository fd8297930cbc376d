'use client';

import de from '@/lib/i18n/messages/de/common.json';
import en from '@/lib/i18n/messages/en/common.json';

// Last resort when the root layout itself fails: no request locale is known here, so the message
// stands in both languages, taken from the catalogs. Never shows the error's text, only the digest
// that matches the server log.
const CATALOGS = [
  { lang: 'en', text: en.globalError },
  { lang: 'de', text: de.globalError },
] as const;

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 560, margin: '15vh auto', padding: '0 1rem', color: '#0f172a' }}>
        <main>
          <h1>{CATALOGS.map(({ text }) => text.title).join(' · ')}</h1>
          {CATALOGS.map(({ lang, text }) => (
            <p key={lang} lang={lang}>
              {text.body}
              {error.digest && ` ${text.reference.replace('{digest}', error.digest)}`}
            </p>
          ))}
          <button type="button" onClick={reset}>
            {CATALOGS.map(({ text }) => text.retry).join(' · ')}
          </button>
        </main>
      </body>
    </html>
  );
}
