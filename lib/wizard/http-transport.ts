// The autosave engine's transport in the browser: the same REST API integrations use
// (PATCH /api/v1/assessments/{id}/answers, GET …/answers?since=N), answers mapped to outcomes.
import type { TAnswerConflict, TAnswersState } from '../assessments/types';
import type { TFetchOutcome, TSaveOutcome, TSyncTransport } from './answer-sync';

type TProblemBody = { problems?: Array<{ path: string; code: string }>; reason?: string; conflicts?: TAnswerConflict[]; status?: string };

async function readJson(response: Response): Promise<TProblemBody & Partial<TAnswersState>> {
  try {
    return (await response.json()) as TProblemBody & Partial<TAnswersState>;
  } catch {
    return {};
  }
}

export function createHttpTransport(assessmentId: string): TSyncTransport {
  const url = `/api/v1/assessments/${encodeURIComponent(assessmentId)}/answers`;
  return {
    async save(answers, options = {}): Promise<TSaveOutcome> {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ answers }),
          credentials: 'same-origin',
          keepalive: options.keepalive ?? false,
        });
      } catch {
        return { kind: 'unavailable' };
      }
      const body = await readJson(response);
      if (response.ok) return { kind: 'ok', state: body as TAnswersState };
      if (response.status === 409 && body.reason === 'answer_changed') return { kind: 'conflict', conflicts: body.conflicts ?? [] };
      if (response.status === 409 && body.reason === 'questionnaire_changed') return { kind: 'locked', status: 'UPGRADED' };
      if (response.status === 409) return { kind: 'locked', status: body.status ?? 'SUBMITTED' };
      if (response.status === 400) {
        const fieldErrors: Record<string, string[]> = {};
        for (const problem of body.problems ?? []) (fieldErrors[problem.path] ??= []).push(problem.code);
        return { kind: 'invalid', fieldErrors };
      }
      if (response.status === 401) return { kind: 'unauthenticated' };
      // Access withdrawn (the broker stopped sharing, say): nothing more can be saved here.
      if (response.status === 403 || response.status === 404) return { kind: 'locked', status: 'UNAVAILABLE' };
      return { kind: 'unavailable' };
    },
    async fetchSince(revision): Promise<TFetchOutcome> {
      let response: Response;
      try {
        response = await fetch(`${url}?since=${revision}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' });
      } catch {
        return { kind: 'unavailable' };
      }
      if (response.status === 401) return { kind: 'unauthenticated' };
      if (!response.ok) return { kind: 'unavailable' };
      return { kind: 'ok', state: (await response.json()) as TAnswersState };
    },
  };
}
