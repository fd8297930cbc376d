// The app's environment, validated once. Nothing else reads process.env (scripts/ excepted:
// they prepare the environment this file reads). See .env.example for every variable.
import { z } from 'zod';

/** The placeholder an older .env.example carried: never a real secret. */
const KNOWN_PLACEHOLDERS = new Set(['change-me-to-a-long-random-string-of-48-bytes', 'changeme', 'secret']);
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * How many random bytes a secret carries, read as the generators write them: hex (openssl rand -hex)
 * or base64/base64url (openssl rand -base64). Anything else counts as no random bytes.
 */
export function secretBytes(secret: string): number {
  if (/^[0-9a-f]+$/i.test(secret) && secret.length % 2 === 0) return secret.length / 2;
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(secret)) return Math.floor((secret.replace(/=+$/, '').length * 3) / 4);
  return 0;
}

const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgresql:// URL' }),
    NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
    NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: 'NEXTAUTH_URL must be an http(s):// URL' }).optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** How many reverse proxies in front of the app append to X-Forwarded-For (0: the app faces clients directly). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Absolute session lifetime from sign-in; polling does not extend it. */
    SESSION_MAX_AGE_HOURS: z.coerce.number().min(0.1).max(24 * 7).default(12),
    /** A session without a request for this long ends. */
    SESSION_IDLE_TIMEOUT_MINUTES: z.coerce.number().min(1).max(24 * 60).default(30),
    /** Seals authenticator secrets at rest (AES-256-GCM): 32 random bytes, base64. */
    SECOND_FACTOR_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, 'SECOND_FACTOR_KEY must be 32 random bytes, base64 (openssl rand -base64 32)')
      .optional(),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.NEXTAUTH_SECRET) {
      context.addIssue({ code: 'custom', path: ['NEXTAUTH_SECRET'], message: 'NEXTAUTH_SECRET is required in production' });
    } else if (KNOWN_PLACEHOLDERS.has(env.NEXTAUTH_SECRET) || secretBytes(env.NEXTAUTH_SECRET) < 32 || new Set(env.NEXTAUTH_SECRET).size < 16) {
      context.addIssue({ code: 'custom', path: ['NEXTAUTH_SECRET'], message: 'NEXTAUTH_SECRET must be at least 32 random bytes, hex or base64 (openssl rand -base64 48)' });
    }
    if (!env.SECOND_FACTOR_KEY) {
      context.addIssue({ code: 'custom', path: ['SECOND_FACTOR_KEY'], message: 'SECOND_FACTOR_KEY is required in production (openssl rand -base64 32)' });
    }
    if (!env.NEXTAUTH_URL) {
      context.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: 'NEXTAUTH_URL is required in production' });
    } else {
      const url = new URL(env.NEXTAUTH_URL);
      // Plain http only on this machine's loopback (the demo and the end-to-end tests).
      if (url.protocol !== 'https:' && !LOOPBACK_HOSTS.has(url.hostname)) {
        context.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: 'NEXTAUTH_URL must be https:// in production' });
      }
    }
  });

export type TEnv = z.infer<typeof ZEnv>;

/** Validates a raw environment (pure: the tests feed it objects). */
export function parseEnv(raw: Record<string, string | undefined>): { ok: true; env: TEnv } | { ok: false; problems: string[] } {
  const parsed = ZEnv.safeParse({
    NODE_ENV: raw.NODE_ENV,
    DATABASE_URL: raw.DATABASE_URL,
    NEXTAUTH_SECRET: raw.NEXTAUTH_SECRET || undefined,
    NEXTAUTH_URL: raw.NEXTAUTH_URL || undefined,
    DATABASE_POOL_MAX: raw.DATABASE_POOL_MAX || undefined,
    TRUSTED_PROXY_HOPS: raw.TRUSTED_PROXY_HOPS || undefined,
    SESSION_MAX_AGE_HOURS: raw.SESSION_MAX_AGE_HOURS || undefined,
    SESSION_IDLE_TIMEOUT_MINUTES: raw.SESSION_IDLE_TIMEOUT_MINUTES || undefined,
    SECOND_FACTOR_KEY: raw.SECOND_FACTOR_KEY || undefined,
  });
  if (parsed.success) return { ok: true, env: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
}

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  if (cached) return cached;
  const result = parseEnv({
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX,
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS,
    SESSION_MAX_AGE_HOURS: process.env.SESSION_MAX_AGE_HOURS,
    SESSION_IDLE_TIMEOUT_MINUTES: process.env.SESSION_IDLE_TIMEOUT_MINUTES,
    SECOND_FACTOR_KEY: process.env.SECOND_FACTOR_KEY,
  });
  if (!result.ok) {
    throw new Error(`Invalid environment: ${result.problems.join('; ')}. Start the app with \`npm run demo\` or see .env.example.`);
  }
  cached = result.env;
  return cached;
}

/** Served over HTTPS: cookies get the Secure flag and the session cookie the __Host- prefix. */
export function isHttpsDeployment(env: TEnv = getEnv()): boolean {
  return env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}
