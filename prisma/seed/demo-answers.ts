// Answers for the demo assessments, taken from the scoring library's golden profiles so the demo
// shows realistic, scoreable data. The business profile is overwritten from the client company
// record, so an assessment never contradicts the company it belongs to.
import hardened from '../../lib/scoring/fixtures/hardened-enterprise.json';
import hybridAdfs from '../../lib/scoring/fixtures/hybrid-adfs-manufacturer.json';
import okta from '../../lib/scoring/fixtures/okta-saas-company.json';
import smallGoogle from '../../lib/scoring/fixtures/small-google-workspace-firm.json';
import { businessProfileAnswersFor } from '../../lib/domain/company';
import type { TSeedClient } from './demo-world';

type TAnswers = Record<string, unknown>;

/** Which profile each demo client answers like; Medica's is a draft with only the first sections. */
const PROFILE_BY_CLIENT: Record<string, { answers: TAnswers; onlySectionsPrefix?: string[] }> = {
  cc_hansen: { answers: hybridAdfs.answers },
  cc_medica: { answers: hardened.answers, onlySectionsPrefix: ['dep_', 'auth_'] },
  cc_steiner: { answers: okta.answers },
  cc_huber: { answers: smallGoogle.answers },
};

export function demoAnswersFor(client: TSeedClient): TAnswers {
  const profile = PROFILE_BY_CLIENT[client.id];
  if (!profile) return {};
  const entries = Object.entries(profile.answers).filter(
    ([id]) => !id.startsWith('bp_') && (!profile.onlySectionsPrefix || profile.onlySectionsPrefix.some((prefix) => id.startsWith(prefix))),
  );
  if (profile.onlySectionsPrefix) return Object.fromEntries(entries);
  return {
    ...Object.fromEntries(entries),
    ...Object.fromEntries(Object.entries(profile.answers).filter(([id]) => id.startsWith('bp_'))),
    ...businessProfileAnswersFor(client),
  };
}
