import { describe, expect, test } from 'vitest';
import type { TAnswerRecord, TAnswersState } from '../assessments/types';
import { AnswerSync, DEBOUNCE_MS, type TAnswerChangeRequest, type TFetchOutcome, type TSaveOutcome } from './answer-sync';

/** A manual clock: timers run only when the test advances time. */
function fakeClock() {
  let now = 1_000_000;
  let timers: Array<{ at: number; callback: () => void; id: number }> = [];
  let nextId = 1;
  return {
    clock: {
      now: () => now,
      setTimeout: (callback: () => void, ms: number) => {
        const id = nextId++;
        timers.push({ at: now + ms, callback, id });
        return id;
      },
      clearTimeout: (handle: unknown) => {
        timers = timers.filter((timer) => timer.id !== handle);
      },
    },
    async advance(ms: number) {
      now += ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= now).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        due.callback();
        await settle();
      }
    },
  };
}

async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key), items };
}

function record(questionId: string, value: TAnswerRecord['value'], version: number, by = 'Anna', note: string | null = null): TAnswerRecord {
  return { questionId, value, note, version, carriedOver: false, updatedAt: '2026-12-01T10:00:00.000Z', updatedBy: { id: by, name: by } };
}

function state(answers: TAnswerRecord[], revision = 1, status: TAnswersState['status'] = 'DRAFT', questionnaireVersion = 'idp-exposure@2'): TAnswersState {
  return { assessmentId: 'a1', status, questionnaireVersion, revision, answers: Object.fromEntries(answers.map((answer) => [answer.questionId, answer])) };
}

/** A server that applies saves by version, like the real one, with scripted failures. */
function fakeServer(initial: TAnswerRecord[]) {
  const answers = new Map(initial.map((answer) => [answer.questionId, answer]));
  let revision = 1;
  const calls: Array<Record<string, TAnswerChangeRequest>> = [];
  const failures: TSaveOutcome[] = [];
  return {
    answers,
    calls,
    failNext: (outcome: TSaveOutcome) => failures.push(outcome),
    /** Somebody else saves. */
    saveAs(user: string, questionId: string, value: TAnswerRecord['value'], note: string | null = null) {
      revision++;
      answers.set(questionId, record(questionId, value, (answers.get(questionId)?.version ?? 0) + 1, user, note));
    },
    transport: {
      save: async (batch: Record<string, TAnswerChangeRequest>): Promise<TSaveOutcome> => {
        calls.push(batch);
        const failure = failures.shift();
        if (failure) return failure;
        const conflicts = Object.entries(batch)
          .filter(([questionId, change]) => (answers.get(questionId)?.version ?? 0) !== change.version)
          .map(([questionId, change]) => ({ questionId, baseVersion: change.version, current: answers.get(questionId) ?? { ...record(questionId, null, 0), updatedBy: null } }));
        if (conflicts.length > 0) return { kind: 'conflict', conflicts };
        revision++;
        const written: TAnswerRecord[] = [];
        for (const [questionId, change] of Object.entries(batch)) {
          const saved = { ...record(questionId, change.value, change.version + 1, 'me'), note: change.note ?? answers.get(questionId)?.note ?? null };
          answers.set(questionId, saved);
          written.push(saved);
        }
        return { kind: 'ok', state: state(written, revision) };
      },
      fetchSince: async (since: number): Promise<TFetchOutcome> => ({ kind: 'ok', state: state([...answers.values()].filter(() => since < revision), revision) }),
    },
  };
}

function setup(initial: TAnswerRecord[] = [], storage = memoryStorage()) {
  const server = fakeServer(initial);
  const time = fakeClock();
  let saved = 0;
  const sync = new AnswerSync({ initial: state(initial), transport: server.transport, storage, storageKey: 'k', clock: time.clock, onSaved: () => saved++ });
  return { sync, server, time, storage, saves: () => saved };
}

describe('AnswerSync', () => {
  test('a change is kept on the device at once and sent once the user pauses, with the version it is based on', async () => {
    const { sync, server, time, storage } = setup([record('q1', 'no', 1)]);
    sync.set('q1', 'yes');
    sync.set('q2', 5);
    expect(storage.items.get('k')).toContain('"yes"');
    await time.advance(DEBOUNCE_MS - 1);
    expect(server.calls).toHaveLength(0);
    await time.advance(1);
    expect(server.calls).toEqual([{ q1: { value: 'yes', version: 1 }, q2: { value: 5, version: 0 } }]);
    expect(sync.getSnapshot()).toMatchObject({ status: 'saved', pending: {} });
    expect(sync.getSnapshot().server.q1).toMatchObject({ value: 'yes', version: 2 });
    expect(storage.items.has('k')).toBe(false);
  });

  test('a change made while a save is on its way is sent next, based on the new version', async () => {
    const { sync, server, time } = setup([record('q1', 'a', 1)]);
    sync.set('q1', 'b');
    await time.advance(DEBOUNCE_MS - 1);
    const first = time.advance(1);
    sync.set('q1', 'a'); // back to the old value while 'b' is in flight
    await first;
    await time.advance(DEBOUNCE_MS);
    expect(server.calls.map((call) => call.q1)).toEqual([
      { value: 'b', version: 1 },
      { value: 'a', version: 2 },
    ]);
    expect(server.answers.get('q1')).toMatchObject({ value: 'a', version: 3 });
    expect(sync.value('q1')).toBe('a');
  });

  test('somebody else changed the same answer: both values are kept until the user chooses; the rest of the batch is saved', async () => {
    const { sync, server, time } = setup([record('q1', 'a', 1), record('q2', 1, 1)]);
    server.saveAs('Ben', 'q1', 'ben');
    sync.set('q1', 'mine');
    sync.set('q2', 2);
    await time.advance(DEBOUNCE_MS);
    await time.advance(0);
    expect(sync.getSnapshot().conflicts.q1).toMatchObject({ value: 'ben', version: 2, updatedBy: { name: 'Ben' } });
    expect(sync.value('q1')).toBe('mine');
    expect(server.answers.get('q2')).toMatchObject({ value: 2, version: 2 });
    expect(server.answers.get('q1')).toMatchObject({ value: 'ben' });

    sync.resolveConflict('q1', 'mine');
    await time.advance(0);
    expect(server.answers.get('q1')).toMatchObject({ value: 'mine', version: 3 });
    expect(sync.getSnapshot().conflicts).toEqual({});
  });

  test('a pull that overlaps a refused save is discarded; the save’s own 409 shows the conflict, and the choice sticks', async () => {
    // The network returns: the pull and the save go out together.
    const { sync, server, time } = setup([record('q1', 'a', 1)]);
    server.saveAs('Ben', 'q1', 'ben');
    let releaseSave: () => void = () => {};
    const save = server.transport.save;
    server.transport.save = async (batch) => {
      const outcome = await save(batch);
      if (outcome.kind === 'conflict') await new Promise<void>((resolve) => (releaseSave = resolve));
      return outcome;
    };
    sync.set('q1', 'mine');
    const pulling = sync.pull();
    const saving = time.advance(DEBOUNCE_MS);
    await pulling;
    expect(sync.getSnapshot().conflicts).toEqual({});
    releaseSave();
    await saving;
    expect(sync.getSnapshot().conflicts.q1).toMatchObject({ value: 'ben' });
    sync.resolveConflict('q1', 'mine');
    await time.advance(0);
    expect(sync.getSnapshot().conflicts).toEqual({});
    expect(server.answers.get('q1')).toMatchObject({ value: 'mine', version: 3 });
  });

  test('choosing the other person’s value drops the own change', async () => {
    const { sync, server, time } = setup([record('q1', 'a', 1)]);
    server.saveAs('Ben', 'q1', 'ben');
    sync.set('q1', 'mine');
    await time.advance(DEBOUNCE_MS);
    sync.resolveConflict('q1', 'theirs');
    await time.advance(DEBOUNCE_MS);
    expect(sync.value('q1')).toBe('ben');
    expect(server.calls).toHaveLength(1);
    expect(sync.getSnapshot().pending).toEqual({});
  });

  test('without a network the change waits on the device, retries with growing pauses, and is sent when the network is back', async () => {
    const { sync, server, time, storage } = setup();
    server.failNext({ kind: 'unavailable' });
    server.failNext({ kind: 'unavailable' });
    sync.set('q1', 'yes');
    await time.advance(DEBOUNCE_MS);
    expect(sync.getSnapshot()).toMatchObject({ status: 'retrying', retryInSeconds: 1 });
    await time.advance(1000);
    expect(sync.getSnapshot()).toMatchObject({ status: 'retrying', retryInSeconds: 2 });
    expect(storage.items.get('k')).toContain('"yes"');
    sync.online();
    await time.advance(0);
    expect(sync.getSnapshot().status).toBe('saved');
    expect(server.answers.get('q1')).toMatchObject({ value: 'yes' });
    expect(server.calls).toHaveLength(3);
  });

  test('a reload restores unsent changes from the device and sends them; changes already on the server are not sent again', async () => {
    const storage = memoryStorage();
    storage.setItem('k', JSON.stringify({ changes: [{ q: 'q1', value: 'yes', baseVersion: 1, page: 'old' }, { q: 'q2', value: 'x', baseVersion: 1, page: 'old' }] }));
    // q2 reached the server before the page went away (version 2 holds 'x').
    const { server, time } = setup([record('q1', 'no', 1), record('q2', 'x', 2)], storage);
    await time.advance(0);
    expect(server.calls).toEqual([{ q1: { value: 'yes', version: 1 } }]);
  });

  test('other people’s saves are merged; one that collides with a waiting change shows as a conflict before it is sent', async () => {
    const { sync, server } = setup([record('q1', 'a', 1), record('q2', 'b', 1)]);
    sync.set('q2', 'mine');
    server.saveAs('Ben', 'q1', 'ben1');
    server.saveAs('Ben', 'q2', 'ben2');
    await sync.pull();
    expect(sync.value('q1')).toBe('ben1');
    expect(sync.getSnapshot().remote.q1).toMatchObject({ updatedBy: { name: 'Ben' } });
    expect(sync.getSnapshot().conflicts.q2).toMatchObject({ value: 'ben2' });
  });

  test('once submitted (by anyone) nothing more is sent', async () => {
    const { sync, server, time } = setup([record('q1', 'a', 1)]);
    server.failNext({ kind: 'locked', status: 'SUBMITTED' });
    sync.set('q1', 'b');
    await time.advance(DEBOUNCE_MS);
    expect(sync.getSnapshot()).toMatchObject({ status: 'locked', lockedStatus: 'SUBMITTED' });
    sync.set('q1', 'c');
    await time.advance(DEBOUNCE_MS);
    expect(server.calls).toHaveLength(1);
  });

  test('a refused answer is not retried until it is changed', async () => {
    const { sync, server, time } = setup();
    server.failNext({ kind: 'invalid', fieldErrors: { 'answers.q1': ['scoring.issues.future_date'] } });
    sync.set('q1', 'yes');
    await time.advance(DEBOUNCE_MS);
    expect(sync.getSnapshot().rejected).toEqual({ q1: ['scoring.issues.future_date'] });
    await time.advance(60_000);
    expect(server.calls).toHaveLength(1);
    sync.set('q1', 'no');
    await time.advance(DEBOUNCE_MS);
    expect(server.calls).toHaveLength(2);
  });

  test('a signed-out user keeps the changes on the device', async () => {
    const { sync, server, time, storage } = setup();
    server.failNext({ kind: 'unauthenticated' });
    sync.set('q1', 'yes');
    await time.advance(DEBOUNCE_MS);
    expect(sync.getSnapshot().status).toBe('signedOut');
    expect(storage.items.get('k')).toContain('"yes"');
  });

  test('confirming carried-over answers saves them unchanged', async () => {
    const { sync, server, time } = setup([{ ...record('q1', 'yes', 1), carriedOver: true }]);
    sync.confirm(['q1']);
    await time.advance(0);
    expect(server.calls).toEqual([{ q1: { value: 'yes', version: 1 } }]);
  });

  test('clearing an answer that was never given sends nothing', async () => {
    const { sync, server, time } = setup();
    sync.set('q1', null);
    await time.advance(DEBOUNCE_MS);
    expect(server.calls).toHaveLength(0);
  });

  // Found in review (each would lose or block a user's change):
  test('a note is a change of its own: a save of the same value by somebody else is a conflict, not a reason to drop it', async () => {
    const { sync, server, time } = setup([record('q1', 'yes', 1)]);
    sync.set('q1', 'yes', 'Evidence: MFA report of 1 Dec');
    server.saveAs('Ben', 'q1', 'yes', 'Ben’s note');
    await sync.pull();
    expect(sync.getSnapshot().conflicts.q1).toMatchObject({ note: 'Ben’s note' });
    sync.resolveConflict('q1', 'mine');
    await time.advance(0);
    expect(server.answers.get('q1')).toMatchObject({ value: 'yes', note: 'Evidence: MFA report of 1 Dec', version: 3 });
  });

  test('a change refused because the other answers hide its question is dropped, never stuck waiting (also after a reload)', async () => {
    const { sync, server, time, storage } = setup([record('gate', 'yes', 1)]);
    server.failNext({ kind: 'invalid', fieldErrors: { 'answers.dep': ['validation.questionHidden'] } });
    sync.set('dep', 5);
    sync.set('gate', 'no');
    await time.advance(DEBOUNCE_MS);
    await time.advance(0);
    expect(sync.getSnapshot().pending).toEqual({});
    expect(server.answers.get('gate')).toMatchObject({ value: 'no' });
    expect(storage.items.has('k')).toBe(false);
  });

  test('signed out, then signed in again elsewhere: the next pull finds the session and the waiting change is sent', async () => {
    const { sync, server, time } = setup();
    server.failNext({ kind: 'unauthenticated' });
    sync.set('q1', 'yes');
    await time.advance(DEBOUNCE_MS);
    expect(sync.getSnapshot().status).toBe('signedOut');
    await sync.pull();
    await time.advance(0);
    expect(sync.getSnapshot().status).toBe('saved');
    expect(server.answers.get('q1')).toMatchObject({ value: 'yes' });
  });

  test('a pull that overlapped this page’s own save is discarded, so the save never shows as somebody else’s conflict', async () => {
    const { sync, server, time } = setup([record('q1', 'a', 1)]);
    let releaseFetch: () => void = () => {};
    const fetchSince = server.transport.fetchSince;
    server.transport.fetchSince = async (since) => {
      await new Promise<void>((resolve) => (releaseFetch = resolve));
      return fetchSince(since);
    };
    sync.set('q1', 'b');
    const pulling = sync.pull();
    await time.advance(DEBOUNCE_MS); // the save of 'b' goes out and comes back while the pull waits
    sync.set('q1', 'c');
    releaseFetch();
    await pulling;
    expect(sync.getSnapshot().conflicts).toEqual({});
    await time.advance(DEBOUNCE_MS);
    expect(server.answers.get('q1')).toMatchObject({ value: 'c', version: 3 });
  });

  test('going offline or online does not reopen a submitted draft', async () => {
    const { sync, server, time } = setup();
    server.failNext({ kind: 'locked', status: 'SUBMITTED' });
    sync.set('q1', 'yes');
    await time.advance(DEBOUNCE_MS);
    sync.offline();
    sync.online();
    expect(sync.getSnapshot()).toMatchObject({ status: 'locked', lockedStatus: 'SUBMITTED' });
  });

  test('an answer whose stored version went back (removed by an upgrade) is re-based once, not resent in a loop', async () => {
    const { sync, server, time } = setup([record('q1', 3, 4)]);
    server.answers.delete('q1');
    sync.set('q1', 5);
    await time.advance(DEBOUNCE_MS);
    await time.advance(0);
    expect(server.calls.map((call) => call.q1?.version)).toEqual([4, 0]);
    expect(server.answers.get('q1')).toMatchObject({ value: 5, version: 1 });
  });

  test('two pages of the same user keep their own unsent changes on the device; a closed page’s change is adopted by the next visit', async () => {
    const storage = memoryStorage();
    const server = fakeServer([]);
    const time = fakeClock();
    const page = () => new AnswerSync({ initial: state([]), transport: server.transport, storage, storageKey: 'k', clock: time.clock });
    const a = page();
    const b = page();
    a.set('qa', 'from A');
    b.set('qb', 'from B');
    expect(storage.items.get('k')).toContain('from A');
    expect(storage.items.get('k')).toContain('from B');
    a.dispose(); // page A closes before its pause is over
    await time.advance(DEBOUNCE_MS);
    expect(server.answers.get('qb')).toMatchObject({ value: 'from B' });
    expect(storage.items.get('k')).toContain('from A');
    page();
    await time.advance(0);
    expect(server.answers.get('qa')).toMatchObject({ value: 'from A' });
  });

  test('a draft upgraded to another questionnaire locks this page (it asks the old questions)', async () => {
    const { sync, server } = setup([record('q1', 'a', 1)]);
    server.transport.fetchSince = async () => ({ kind: 'ok', state: state([], 5, 'DRAFT', 'idp-exposure@3') });
    await sync.pull();
    expect(sync.getSnapshot()).toMatchObject({ status: 'locked', lockedStatus: 'UPGRADED' });
  });
});
