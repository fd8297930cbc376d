// npm run -s demo:code -- EMAIL — the current authenticator code (RFC 6238) of a seeded demo account
// that has a second factor, from its published demo secret (prisma/seed/demo-world.ts). Demo only.
import { totpCode } from '../lib/auth/totp';
import { DEMO_TOTP_SECRETS, demoTotpSecretFor, USERS } from '../prisma/seed/demo-world';
import { runScript } from './lib/run-script';

runScript(async () => {
  const email = process.argv[2] ?? '';
  const secret = demoTotpSecretFor(email);
  if (!secret) {
    const known = (Object.keys(DEMO_TOTP_SECRETS) as Array<keyof typeof USERS>).map((key) => USERS[key].email).join(', ');
    throw new Error(`No demo authenticator for "${email}". Demo accounts with a second factor: ${known}.`);
  }
  console.log(totpCode({ secret, now: new Date() }));
});
