'use client';

// Last resort when the root layout itself fails: no catalogs are loaded here, so the message
// stands in both languages. Never shows the error's text, only the digest that matches the log.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 560, margin: '15vh auto', padding: '0 1rem', color: '#0f172a' }}>
        <main>
          <h1>Signet is unavailable · Signet ist nicht erreichbar</h1>
          <p>An unexpected error occurred. Please try again in a moment.</p>
          <p lang="de">Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es gleich noch einmal.</p>
          {error.digest && <p>Reference / Referenz: {error.digest}</p>}
          <button type="button" onClick={reset}>
            Try again · Erneut versuchen
          </button>
        </main>
      </body>
    </html>
  );
}
