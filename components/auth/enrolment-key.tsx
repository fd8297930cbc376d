/** The new authenticator key as a QR code and as text to type (login enrolment and profile). */
export function EnrolmentKeyView({ qrSvg, secret, centered, labels }: { qrSvg: string; secret: string; centered?: boolean; labels: { qrAlt: string; manual: string } }) {
  return (
    <div className={centered ? 'space-y-3 text-center' : 'space-y-3'}>
      {/* The SVG comes from the qrcode library (our own input), not from a user. */}
      <div role="img" aria-label={labels.qrAlt} data-testid="enrolment-qr" className={centered ? 'mx-auto h-48 w-48' : 'h-48 w-48'} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p className="text-sm text-slate-600">{labels.manual}</p>
      <p className="break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm tracking-wider text-slate-900" data-testid="enrolment-secret">
        {secret}
      </p>
    </div>
  );
}
