import { DEMO_PASSWORD, ORGANIZATIONS, USERS } from '../../prisma/seed/demo-world';

export function printDemoLogins(): void {
  const organizations = Object.values(ORGANIZATIONS);
  console.log(`\nDemo logins (demo only — every account's password is: ${DEMO_PASSWORD})`);
  for (const user of Object.values(USERS)) {
    const organization = organizations.find((o) => o.id === user.organizationId)?.name ?? '';
    console.log(`  ${user.role.padEnd(11)} ${user.email.padEnd(32)} ${organization}`);
  }
  console.log('  Admins and underwriters also need an authenticator code: npm run -s demo:code -- EMAIL');
  console.log('');
}
