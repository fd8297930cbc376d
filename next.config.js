import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// The Content-Security-Policy is set per request with a nonce by proxy.ts; these apply to every response.
const securityHeaders = [
  // Browsers honour HSTS only over HTTPS, so it is harmless on a local http:// demo.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native/binary packages stay outside the server bundle.
  // @react-pdf/renderer too: bundled for the react-server layer it would get React's server build, which its reconciler cannot drive.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@prisma/adapter-pg', '@react-pdf/renderer'],
  // `npm test` type-checks the whole project once (npm run typecheck); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // forbidden() renders app/forbidden.tsx with HTTP 403. Server actions accept a 5 MB evidence file
  // (lib/placement/schemas.ts checks the size itself) plus the form around it.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
