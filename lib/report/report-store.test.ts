// The file-system report store: what was put comes back byte for byte; nothing else is found; a
// name that is not a content hash never reaches the file system.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createFileReportStore } from './report-store';

const directories: string[] = [];
afterAll(async () => Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true }))));

async function store() {
  const directory = await mkdtemp(path.join(tmpdir(), 'signet-reports-'));
  directories.push(directory);
  return { directory, store: createFileReportStore(path.join(directory, 'reports')) };
}

test('keeps the bytes under their hash and serves them back', async () => {
  const { store: reports, directory } = await store();
  const contentHash = 'a1'.repeat(32);
  expect(await reports.get(contentHash)).toBeNull();
  const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xc3, 0xa4]);
  await reports.put({ contentHash, assessmentId: 'asm_1', snapshotId: 'snap_1', locale: 'de', bytes });
  const stored = await reports.get(contentHash);
  expect(stored).toMatchObject({ contentHash, assessmentId: 'asm_1', snapshotId: 'snap_1', locale: 'de' });
  expect([...stored!.bytes]).toEqual([...bytes]);
  expect(stored!.createdAt).toBeInstanceOf(Date);
  expect((await readdir(path.join(directory, 'reports'))).sort()).toEqual([`${contentHash}.json`, `${contentHash}.pdf`]);
  expect(await reports.get('b2'.repeat(32))).toBeNull();
});

test('a name that is not a content hash is never looked up or written', async () => {
  const { store: reports } = await store();
  expect(await reports.get('../../etc/passwd')).toBeNull();
  await expect(reports.put({ contentHash: '../escape', assessmentId: 'a', snapshotId: 's', locale: 'en', bytes: new Uint8Array([1]) })).rejects.toThrow('Not a content hash');
});
