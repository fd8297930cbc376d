import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checksumOf, managesOwnTransaction, readMigrations } from './migrate';

test('reads migrations in name order with SHA-256 checksums, skipping folders without migration.sql', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'signet-migrations-'));
  for (const [name, sql] of [['20260102000000_b', 'SELECT 2;'], ['20260101000000_a', 'SELECT 1;']] as const) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  mkdirSync(path.join(dir, 'notes'));
  writeFileSync(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  const migrations = readMigrations(dir);
  expect(migrations.map((m) => m.name)).toEqual(['20260101000000_a', '20260102000000_b']);
  // sha256('SELECT 1;'), as `prisma migrate deploy` records it
  expect(migrations[0]!.checksum).toBe('17db4fd369edb9244b9f91d9aeed145c3d04ad8ba6e95d06247f07a63527d11a');
  expect(checksumOf('SELECT 1;')).not.toBe(checksumOf('SELECT 1; '));
});

test('a missing folder means no migrations', () => {
  expect(readMigrations('/nonexistent/signet')).toEqual([]);
});

test.each([
  ['CREATE TABLE a (id int);', false],
  ['-- BEGIN;\nCREATE TABLE a (id int);', false],
  ['/* COMMIT; */ ALTER TABLE a ADD b int;', false],
  ["INSERT INTO t VALUES ('BEGIN;');", false],
  ['-- AlterEnum\nBEGIN;\nCREATE TYPE "S_new" AS ENUM (\'A\');\nCOMMIT;', true],
  ['start transaction;\nSELECT 1;\ncommit;', true],
])('managesOwnTransaction(%j) = %s', (sql, expected) => {
  expect(managesOwnTransaction(sql)).toBe(expected);
});
