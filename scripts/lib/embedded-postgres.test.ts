import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './embedded-postgres';

test('a port taken by another program gives a clear message instead of a crash', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'signet-pg-')), 'data');
    const attempt = startEmbeddedPostgres({ dataDir, port });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
    await expect(attempt).rejects.toThrow(`Port ${port} is already in use`);
    await expect(attempt).rejects.toThrow('EMBEDDED_PG_PORT');
  } finally {
    blocker.close();
  }
});
