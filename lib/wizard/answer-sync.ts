// The questionnaire's autosave engine, framework-free so its hard cases are unit-tested: every change
// is kept on the device at once (storage), sent after the user pauses (debounce), retried with
// back-off while the network or the server is away, and merged with other people's saves. Each
// answer is sent with the version it was based on; when somebody else changed the same answer first,
// the server refuses it (409) and the engine holds both values until the user chooses.
import type { TAnswerValue } from '../questionnaire';
import type { TAnswerConflict, TAnswerRecord, TAnswersState } from '../assessments/types';
import { isEditableStatus } from '../assessments/status';

export type TSaveOutcome =
  | { kind: 'ok'; state: TAnswersState }
  | { kind: 'conflict'; conflicts: TAnswerConflict[] }
  | { kind: 'locked'; status: string }
  | { kind: 'invalid'; fieldErrors: Record<string, string[]> }
  | { kind: 'unauthenticated' }
  | { kind: 'unavailable' };

export type TFetchOutcome = { kind: 'ok'; state: TAnswersState } | { kind: 'unauthenticated' } | { kind: 'unavailable' };

export type TAnswerChangeRequest = { value: TAnswerValue | null; version: number; note?: string | null };

export type TSyncTransport = {
  save: (answers: Record<string, TAnswerChangeRequest>, options?: { keepalive?: boolean }) => Promise<TSaveOutcome>;
  fetchSince: (revision: number) => Promise<TFetchOutcome>;
};

export type TSyncStorage = { getItem: (key: string) => string | null; setItem: (key: string, value: string) => void; removeItem: (key: string) => void };

export type TSyncClock = {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

export type TSyncStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'offline' | 'signedOut' | 'locked';

/** Statuses that only a reload or a new sign-in ends; network events do not change them. */
const TERMINAL: ReadonlySet<TSyncStatus> = new Set(['locked', 'signedOut']);

type TPending = { value: TAnswerValue | null; note?: string | null; baseVersion: number; seq: number };

export type TSyncSnapshot = {
  status: TSyncStatus;
  /** When the last save succeeded (ms since epoch); null before the first. */
  lastSavedAt: number | null;
  /** Seconds until the next attempt while retrying. */
  retryInSeconds: number | null;
  /**
   * Why nothing more can be saved here: the assessment's status when someone submitted it,
   * 'UNAVAILABLE' when access was withdrawn, 'UPGRADED' when the draft moved to another questionnaire.
   */
  lockedStatus: string | null;
  server: Readonly<Record<string, TAnswerRecord>>;
  pending: Readonly<Record<string, { value: TAnswerValue | null; note?: string | null }>>;
  /** Answers somebody else changed while this user's change was waiting: theirs, until the user chooses. */
  conflicts: Readonly<Record<string, TAnswerRecord>>;
  /** Server refusals per question (catalog keys), until the answer is changed again. */
  rejected: Readonly<Record<string, string[]>>;
  /** Answers other people changed since this page loaded, for a visible hint. */
  remote: Readonly<Record<string, TAnswerRecord>>;
};

export const DEBOUNCE_MS = 800;
const BACKOFF_SECONDS = [1, 2, 4, 8, 15, 30];

function sameValue(a: TAnswerValue | null | undefined, b: TAnswerValue | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** A waiting change says the same as a stored answer: its value, and its note when it changes the note. */
function saysTheSame(change: { value: TAnswerValue | null; note?: string | null }, stored: TAnswerRecord): boolean {
  return sameValue(change.value, stored.value) && (change.note === undefined || (change.note || null) === (stored.note ?? null));
}

/** A stored change, with the page that made it: each open page keeps its own entries in the shared storage. */
type TStoredChange = { q: string; value: TAnswerValue | null; note?: string | null; baseVersion: number; page: string };

export class AnswerSync {
  private server: Record<string, TAnswerRecord>;
  private revision: number;
  private pending: Record<string, TPending> = {};
  private conflicts: Record<string, TAnswerRecord> = {};
  private rejected: Record<string, string[]> = {};
  private remote: Record<string, TAnswerRecord> = {};
  private status: TSyncStatus = 'idle';
  private lastSavedAt: number | null = null;
  private retryInSeconds: number | null = null;
  private lockedStatus: string | null = null;
  private seq = 0;
  private failures = 0;
  private inflight = false;
  /** Questions of the batch on its way: a change to one of them is sent again after it, never dropped. */
  private inflightIds = new Set<string>();
  private timer: unknown = null;
  private listeners = new Set<() => void>();
  private snapshot: TSyncSnapshot;
  private onSaved: (() => void) | undefined;
  private storage: TSyncStorage | null = null;
  /** This page's id in the shared storage (a reload is a new page that adopts the old one's entries). */
  private readonly pageId = Math.random().toString(36).slice(2);
  /** Saves started so far: a pull that overlapped one is discarded (it may hold this page's own save). */
  private savesStarted = 0;

  constructor(
    private readonly options: {
      initial: TAnswersState;
      transport: TSyncTransport;
      /** Where unsent changes wait; null until attachStorage (e.g. during server rendering). */
      storage?: TSyncStorage | null;
      storageKey: string;
      clock: TSyncClock;
      isOnline?: () => boolean;
      onSaved?: () => void;
    },
  ) {
    this.server = { ...options.initial.answers };
    this.revision = options.initial.revision;
    this.onSaved = options.onSaved;
    if (!isEditableStatus(options.initial.status)) {
      this.status = 'locked';
      this.lockedStatus = options.initial.status;
    }
    this.snapshot = this.buildSnapshot();
    if (options.storage) this.attachStorage(options.storage);
  }

  /**
   * Starts keeping changes on the device, and sends what an earlier visit left there. The page
   * attaches the browser's storage after it mounts (the server has none), so the first render matches.
   */
  attachStorage(storage: TSyncStorage): void {
    this.storage = storage;
    this.restore();
    this.emit();
    if (Object.keys(this.pending).length > 0) this.schedule(0);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TSyncSnapshot => this.snapshot;

  /** The answer as this user sees it: their unsent change, else the server's. */
  value(questionId: string): TAnswerValue | null {
    if (questionId in this.pending) return this.pending[questionId]!.value;
    return this.server[questionId]?.value ?? null;
  }

  /** Records a change (value, and the note when given) and sends it once the user pauses. */
  set(questionId: string, value: TAnswerValue | null, note?: string | null): void {
    if (this.status === 'locked') return;
    const existing = this.pending[questionId];
    const stored = this.server[questionId];
    let baseVersion = existing?.baseVersion ?? stored?.version ?? 0;
    if (this.conflicts[questionId]) {
      // Typing again over a conflict means "mine": based on their version now.
      baseVersion = this.conflicts[questionId]!.version;
      delete this.conflicts[questionId];
    }
    const nextNote = note !== undefined ? note : existing?.note;
    const unchanged = stored ? saysTheSame({ value, note: nextNote }, stored) && !stored.carriedOver : value === null && !nextNote;
    if (unchanged && (stored?.version ?? 0) === baseVersion && !this.inflightIds.has(questionId)) delete this.pending[questionId];
    else this.pending[questionId] = { value, ...(nextNote !== undefined ? { note: nextNote } : {}), baseVersion, seq: ++this.seq };
    delete this.rejected[questionId];
    delete this.remote[questionId];
    this.persist();
    this.emit();
    this.schedule(DEBOUNCE_MS);
  }

  /** Confirms answers as they are (a reassessment's carried-over answers): saved unchanged, which clears the mark. */
  confirm(questionIds: readonly string[]): void {
    if (this.status === 'locked') return;
    for (const questionId of questionIds) {
      const stored = this.server[questionId];
      if (!stored || this.pending[questionId]) continue;
      this.pending[questionId] = { value: stored.value, baseVersion: stored.version, seq: ++this.seq };
    }
    this.persist();
    this.emit();
    this.schedule(0);
  }

  /** The user's choice on a conflict: keep their own value (saved over the other one) or take the other one. */
  resolveConflict(questionId: string, choice: 'mine' | 'theirs'): void {
    const theirs = this.conflicts[questionId];
    if (!theirs) return;
    delete this.conflicts[questionId];
    if (choice === 'theirs' || !this.pending[questionId]) delete this.pending[questionId];
    else this.pending[questionId] = { ...this.pending[questionId]!, baseVersion: theirs.version, seq: ++this.seq };
    this.persist();
    this.emit();
    this.schedule(0);
  }

  /** The network is back: send at once. */
  online(): void {
    if (TERMINAL.has(this.status)) return;
    this.failures = 0;
    if (this.status === 'offline' || this.status === 'retrying') this.schedule(0);
  }

  offline(): void {
    if (TERMINAL.has(this.status)) return;
    if (this.status === 'saving' || this.status === 'retrying' || Object.keys(this.pending).length > 0) this.setStatus('offline');
  }

  /** Best effort before the page goes away: send what is waiting (it is on the device anyway). */
  flushOnExit(): void {
    const batch = this.batch();
    if (Object.keys(batch).length > 0 && !this.inflight) void this.options.transport.save(batch, { keepalive: true }).catch(() => {});
  }

  dispose(): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
  }

  /** Sends the waiting changes now (the debounce calls this). */
  async flush(): Promise<void> {
    this.timer = null;
    if (this.inflight || this.status === 'locked' || this.status === 'signedOut') return;
    const batch = this.batch();
    if (Object.keys(batch).length === 0) return;
    const sent = Object.fromEntries(Object.keys(batch).map((questionId) => [questionId, this.pending[questionId]!.seq]));
    this.inflight = true;
    this.savesStarted++;
    this.inflightIds = new Set(Object.keys(batch));
    this.retryInSeconds = null;
    this.setStatus('saving');
    let outcome: TSaveOutcome;
    try {
      outcome = await this.options.transport.save(batch);
    } catch {
      outcome = { kind: 'unavailable' };
    }
    this.inflight = false;
    this.inflightIds = new Set();
    this.apply(outcome, sent);
  }

  /** Fetches what other people saved since the last pull and merges it. */
  async pull(): Promise<void> {
    if (this.inflight || this.status === 'locked') return;
    const savesBefore = this.savesStarted;
    let outcome: TFetchOutcome;
    try {
      outcome = await this.options.transport.fetchSince(this.revision);
    } catch {
      return;
    }
    if (outcome.kind === 'unauthenticated') {
      this.setStatus('signedOut');
      return;
    }
    // A save started meanwhile: this answer may show it as somebody else's change. The next pull asks again.
    if (outcome.kind !== 'ok' || this.savesStarted !== savesBefore || this.inflight) return;
    const { state } = outcome;
    if (state.questionnaireVersion !== this.options.initial.questionnaireVersion) {
      // Upgraded to another questionnaire: this page's questions are no longer the draft's.
      this.lock('UPGRADED');
      return;
    }
    for (const record of Object.values(state.answers)) this.mergeRemote(record);
    this.revision = Math.max(this.revision, state.revision);
    if (!isEditableStatus(state.status)) {
      this.lock(state.status);
      return;
    } else if (this.status === 'signedOut') {
      // Signed in again (in another tab): carry on where this page stopped.
      this.status = 'idle';
      this.schedule(0);
    }
    this.emit();
  }

  private mergeRemote(record: TAnswerRecord): void {
    const known = this.server[record.questionId];
    if (known && record.version <= known.version) return;
    this.server[record.questionId] = record;
    const mine = this.pending[record.questionId];
    if (!mine) this.remote[record.questionId] = record;
    else if (record.version > mine.baseVersion && !saysTheSame(mine, record)) this.conflicts[record.questionId] = record;
    else if (record.version > mine.baseVersion) delete this.pending[record.questionId];
  }

  private batch(): Record<string, TAnswerChangeRequest> {
    const batch: Record<string, TAnswerChangeRequest> = {};
    for (const [questionId, change] of Object.entries(this.pending)) {
      if (this.conflicts[questionId] || this.rejected[questionId]) continue;
      batch[questionId] = { value: change.value, version: change.baseVersion, ...(change.note !== undefined ? { note: change.note } : {}) };
    }
    return batch;
  }

  private apply(outcome: TSaveOutcome, sent: Record<string, number>): void {
    switch (outcome.kind) {
      case 'ok': {
        this.failures = 0;
        for (const record of Object.values(outcome.state.answers)) {
          this.server[record.questionId] = record;
          const change = this.pending[record.questionId];
          if (change && change.seq === sent[record.questionId]) delete this.pending[record.questionId];
          else if (change) change.baseVersion = record.version;
        }
        this.lastSavedAt = this.options.clock.now();
        this.persist();
        this.setStatus('saved');
        this.onSaved?.();
        break;
      }
      case 'conflict':
        this.failures = 0;
        for (const conflict of outcome.conflicts) {
          const known = this.server[conflict.questionId];
          if (!known || conflict.current.version >= known.version) this.server[conflict.questionId] = conflict.current;
          const mine = this.pending[conflict.questionId];
          if (!mine) continue;
          // Already decided while this save was on its way (the user chose "mine" over this version).
          if (mine.baseVersion === conflict.current.version) continue;
          if (saysTheSame(mine, conflict.current)) delete this.pending[conflict.questionId];
          // The stored answer went back to an earlier version (removed by an upgrade): nothing of anyone's to keep.
          else if (conflict.current.version < mine.baseVersion) mine.baseVersion = conflict.current.version;
          else this.conflicts[conflict.questionId] = conflict.current;
        }
        this.persist();
        this.setStatus(Object.keys(this.batch()).length > 0 ? 'saving' : 'saved');
        break;
      case 'locked':
        this.lock(outcome.status);
        return;
      case 'invalid':
        this.failures = 0;
        // Problems are keyed `answers.<questionId>` (or deeper, e.g. `answers.<questionId>.version`).
        const byQuestion = new Map<string, string[]>();
        for (const [path, messages] of Object.entries(outcome.fieldErrors)) {
          const questionId = path.split('.')[1];
          if (questionId !== undefined && questionId in sent) byQuestion.set(questionId, [...(byQuestion.get(questionId) ?? []), ...messages]);
        }
        for (const [questionId, messages] of byQuestion) {
          if (!this.pending[questionId]) continue;
          // The other answers hide the question (here or after someone else's change): its change no longer matters.
          if (messages.includes('validation.questionHidden')) delete this.pending[questionId];
          else this.rejected[questionId] = messages;
        }
        // A refusal that names none of the sent answers cannot be fixed by sending the same batch again.
        if (byQuestion.size === 0) for (const questionId of Object.keys(sent)) if (this.pending[questionId]) this.rejected[questionId] ??= ['validation.answerInvalid'];
        this.persist();
        this.setStatus('saved');
        break;
      case 'unauthenticated':
        this.setStatus('signedOut');
        return;
      case 'unavailable': {
        const seconds = BACKOFF_SECONDS[Math.min(this.failures, BACKOFF_SECONDS.length - 1)]!;
        this.failures++;
        this.retryInSeconds = seconds;
        this.setStatus(this.options.isOnline && !this.options.isOnline() ? 'offline' : 'retrying');
        this.schedule(seconds * 1000);
        return;
      }
    }
    if (Object.keys(this.batch()).length > 0) this.schedule(0);
  }

  /**
   * Nothing more can be saved here (submitted, access withdrawn, upgraded). What still waits can never
   * be sent: it leaves the device too, instead of coming back on every visit.
   */
  private lock(reason: string): void {
    this.lockedStatus = reason;
    this.pending = {};
    this.conflicts = {};
    this.rejected = {};
    this.persist();
    this.setStatus('locked');
  }

  private schedule(ms: number): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = this.options.clock.setTimeout(() => void this.flush(), ms);
  }

  private setStatus(status: TSyncStatus): void {
    this.status = status;
    this.emit();
  }

  private emit(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }

  private buildSnapshot(): TSyncSnapshot {
    return {
      status: this.status,
      lastSavedAt: this.lastSavedAt,
      retryInSeconds: this.retryInSeconds,
      lockedStatus: this.lockedStatus,
      server: { ...this.server },
      pending: Object.fromEntries(Object.entries(this.pending).map(([questionId, change]) => [questionId, { value: change.value, note: change.note }])),
      conflicts: { ...this.conflicts },
      rejected: { ...this.rejected },
      remote: { ...this.remote },
    };
  }

  /**
   * Every unsent change is on the device the moment it is made: a reload, a crash or a closed tab
   * loses nothing. Several pages of the same user share the entry, each keeping its own changes in it.
   */
  private persist(): void {
    const storage = this.storage;
    if (!storage) return;
    try {
      const others = this.readStored().filter((change) => change.page !== this.pageId);
      const mine: TStoredChange[] = Object.entries(this.pending).map(([q, change]) => ({ q, value: change.value, ...(change.note !== undefined ? { note: change.note } : {}), baseVersion: change.baseVersion, page: this.pageId }));
      const changes = [...others, ...mine];
      if (changes.length === 0) storage.removeItem(this.options.storageKey);
      else storage.setItem(this.options.storageKey, JSON.stringify({ changes }));
    } catch {
      // Storage full or disabled: the changes still go to the server as usual.
    }
  }

  private readStored(): TStoredChange[] {
    try {
      const saved = JSON.parse(this.storage?.getItem(this.options.storageKey) ?? 'null') as { changes?: unknown } | null;
      return Array.isArray(saved?.changes) ? (saved.changes as TStoredChange[]).filter((change) => typeof change?.q === 'string' && typeof change.baseVersion === 'number') : [];
    } catch {
      return [];
    }
  }

  /**
   * Adopts the changes left on the device (by an earlier visit, a crashed tab, or another open tab of
   * the same user — sending one of those twice is harmless: the second is refused by its version).
   */
  private restore(): void {
    if (!this.storage || this.status === 'locked') return;
    for (const change of this.readStored()) {
      const stored = this.server[change.q];
      // Already on the server (sent just before the page went away): nothing to restore.
      if (stored && stored.version > change.baseVersion && saysTheSame(change, stored)) continue;
      if (stored && stored.version === change.baseVersion && saysTheSame(change, stored) && !stored.carriedOver) continue;
      if (!stored && change.value === null && !change.note) continue;
      this.pending[change.q] = { value: change.value, ...(change.note !== undefined ? { note: change.note } : {}), baseVersion: change.baseVersion, seq: ++this.seq };
    }
    // Adopted: the entries are this page's now.
    try {
      this.storage.removeItem(this.options.storageKey);
    } catch {
      // ignore
    }
    this.persist();
  }
}
