// Integration tests run against the fresh database that scripts/with-test-db.ts created.
if (!process.env.DATABASE_URL) {
  throw new Error('Integration tests need DATABASE_URL: run them through `npm run test:integration`.');
}
