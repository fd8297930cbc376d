// Where rendered reports are kept, keyed by their content hash (report-hash.ts): the same hash is
// always the same bytes, so a stored document is served as it is and never rendered twice. One
// small interface; PostgreSQL in the app (postgres-report-store.ts), the file system where a
// directory is enough (tests, a single instance).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type TReportArtifact = { contentHash: string; assessmentId: string; snapshotId: string; locale: string; bytes: Uint8Array; createdAt: Date };

export type TReportStore = {
  get(contentHash: string): Promise<TReportArtifact | null>;
  /** Keeps the artifact; a second put of the same hash keeps the first (the bytes are the same). */
  put(artifact: Omit<TReportArtifact, 'createdAt'>): Promise<void>;
};

const HASH = /^[0-9a-f]{64}$/;

/** One `<hash>.pdf` and its `<hash>.json` (the artifact's facts) per report under `directory`. */
export function createFileReportStore(directory: string): TReportStore {
  const fileOf = (contentHash: string, extension: 'pdf' | 'json') => {
    // The hash names the file: anything else could walk out of the directory.
    if (!HASH.test(contentHash)) throw new Error('Not a content hash');
    return path.join(directory, `${contentHash}.${extension}`);
  };
  return {
    async get(contentHash) {
      if (!HASH.test(contentHash)) return null;
      try {
        const [bytes, facts] = await Promise.all([readFile(fileOf(contentHash, 'pdf')), readFile(fileOf(contentHash, 'json'), 'utf8')]);
        const parsed = JSON.parse(facts) as Omit<TReportArtifact, 'bytes' | 'createdAt'> & { createdAt: string };
        return { ...parsed, bytes: new Uint8Array(bytes), createdAt: new Date(parsed.createdAt) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async put(artifact) {
      await mkdir(directory, { recursive: true });
      const { bytes, ...facts } = artifact;
      // Write aside, then rename: a reader never sees half a file. The facts file goes last, so a
      // report counts as stored only once both are complete.
      const suffix = `${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}`;
      const temporary = (extension: 'pdf' | 'json') => `${fileOf(artifact.contentHash, extension)}.${suffix}.part`;
      await writeFile(temporary('pdf'), bytes);
      await rename(temporary('pdf'), fileOf(artifact.contentHash, 'pdf'));
      await writeFile(temporary('json'), JSON.stringify({ ...facts, createdAt: new Date().toISOString() }));
      await rename(temporary('json'), fileOf(artifact.contentHash, 'json'));
    },
  };
}
