import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertSafeReusedDir, chooseDataDir, EmbeddedPostgresError, isReachableBy, startEmbeddedPostgres } from './embedded-postgres';

test('a port taken by another program gives a clear message instead of a crash', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'signet-pg-')), 'data');
    const attempt = startEmbeddedPostgres({ dataDir, port, password: 'test-password-0123456789' });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
    await expect(attempt).rejects.toThrow(`Port ${port} is already in use`);
    await expect(attempt).rejects.toThrow('EMBEDDED_PG_PORT');
  } finally {
    blocker.close();
  }
});

// The postgres OS user exists only where we run as root (CI and these machines); elsewhere
// PostgreSQL runs as the current user and reachability is not asked.
test.runIf(process.getuid?.() === 0)('reachability is asked of the OS as the postgres user, down to a private parent', () => {
  const osUser = { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
  const root = mkdtempSync(path.join('/var/tmp', 'signet-reach-'));
  try {
    chmodSync(root, 0o755);
    mkdirSync(path.join(root, 'open'), { mode: 0o755 });
    mkdirSync(path.join(root, 'private'), { mode: 0o700 });
    expect(isReachableBy(osUser, path.join(root, 'open'))).toBe(true);
    expect(isReachableBy(osUser, path.join(root, 'open', 'not-yet', 'data'))).toBe(true);
    expect(isReachableBy(osUser, path.join(root, 'private'))).toBe(false);
    expect(isReachableBy(osUser, path.join(root, 'private', 'not-yet'))).toBe(false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test.runIf(process.getuid?.() === 0)('a private .data/ left by an older checkout (or a 077 umask) is made searchable, not abandoned', () => {
  const root = mkdtempSync(path.join('/var/tmp', 'signet-data-'));
  try {
    chmodSync(root, 0o755);
    const dotData = path.join(root, '.data');
    mkdirSync(dotData, { mode: 0o700 });
    chmodSync(dotData, 0o700);
    const chosen = chooseDataDir(path.join(dotData, 'postgres'), root, () => {});
    expect(chosen).toBe(path.join(dotData, 'postgres'));
    expect(statSync(dotData).mode & 0o011).toBe(0o011);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

describe('folders reused under /var/tmp are checked before use', () => {
  const uid = process.getuid?.() ?? 0;
  test('an own, private directory passes; a missing one is fine (it will be created)', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'signet-reuse-'));
    try {
      chmodSync(root, 0o700);
      expect(() => assertSafeReusedDir(root, { uid, privateMode: true })).not.toThrow();
      expect(() => assertSafeReusedDir(path.join(root, 'missing'), { uid })).not.toThrow();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  test('a world-writable, foreign-owned or symlinked folder is refused', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'signet-reuse-'));
    try {
      const open = path.join(root, 'open');
      mkdirSync(open);
      chmodSync(open, 0o777);
      expect(() => assertSafeReusedDir(open, { uid })).toThrow(/mode 777/);
      chmodSync(open, 0o755);
      expect(() => assertSafeReusedDir(open, { uid, privateMode: true })).toThrow(/mode 755/);
      expect(() => assertSafeReusedDir(open, { uid: uid + 4242 })).toThrow(/owned by uid/);
      const link = path.join(root, 'link');
      symlinkSync(open, link);
      expect(() => assertSafeReusedDir(link, { uid })).toThrow(/not a plain directory/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
