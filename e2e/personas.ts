// The seeded demo world as the end-to-end tests see it (prisma/seed/demo-world.ts), with, per
// persona, a record of their own tenant and one of another tenant.
import { ASSESSMENTS, CLAIMS, CLIENTS, DEMO_PASSWORD, SUBMISSIONS, USERS } from '../prisma/seed/demo-world';

export { DEMO_PASSWORD };

export const PERSONAS = {
  admin: { user: USERS.admin, home: 'User administration' },
  // Ben has no saved language, so the browser's decides (Anna's profile says German).
  broker: { user: USERS.ben, home: 'Your clients' },
  underwriter: { user: USERS.uwe, home: 'Review queue' },
  client: { user: USERS.hansen, home: 'My assessments' },
} as const;

export type TPersona = keyof typeof PERSONAS;

/**
 * Further signed-in users for scenarios with two people (not walked by the access-control spec):
 * Anna is Ben's colleague at Nordlicht (her saved language is German); Clara works for another
 * brokerage (Alpen Risk); Dr. Vogel is the client user of Medica, whose draft Ben shared with her;
 * Dora underwrites for Danubia and Bruno for Baltica (the other two insurers).
 */
export const COLLEAGUES = { anna: USERS.anna, clara: USERS.clara, medica: USERS.medica, dora: USERS.dora, bruno: USERS.bruno } as const;
export type TColleague = keyof typeof COLLEAGUES;

export function storageStatePath(persona: TPersona | TColleague): string {
  return `e2e/.auth/${persona}.json`;
}

/** Record ids per persona: `own` is inside their tenant, `foreign` belongs to another tenant. */
type TRecordIds = { own?: string; foreign: string[] };
export const RECORDS: Record<TPersona, { clientCompany: TRecordIds; assessment: TRecordIds; submission: TRecordIds; claim: TRecordIds }> = {
  admin: { clientCompany: { foreign: [CLIENTS.hansen.id] }, assessment: { foreign: [ASSESSMENTS.hansen.id] }, submission: { foreign: [SUBMISSIONS.hansenRheinmark.id] }, claim: { foreign: [CLAIMS.hansen.id] } },
  // Ben works for Nordlicht: Steiner and Huber belong to Alpen Risk.
  broker: {
    clientCompany: { own: CLIENTS.hansen.id, foreign: [CLIENTS.steiner.id, CLIENTS.huber.id] },
    assessment: { own: ASSESSMENTS.hansen.id, foreign: [ASSESSMENTS.steiner.id, ASSESSMENTS.huber.id] },
    submission: { own: SUBMISSIONS.hansenRheinmark.id, foreign: [SUBMISSIONS.steinerDanubia.id, SUBMISSIONS.huberRheinmark.id] },
    claim: { own: CLAIMS.hansen.id, foreign: [CLAIMS.steiner.id] },
  },
  // Uwe underwrites for Rheinmark: Steiner went to Danubia, Medica is still a draft.
  underwriter: {
    clientCompany: { foreign: [CLIENTS.hansen.id] },
    assessment: { own: ASSESSMENTS.hansen.id, foreign: [ASSESSMENTS.steiner.id, ASSESSMENTS.medica.id] },
    // Huber went to Rheinmark too, but its Baltica submission is Baltica's alone.
    submission: { own: SUBMISSIONS.hansenRheinmark.id, foreign: [SUBMISSIONS.steinerDanubia.id, SUBMISSIONS.huberBaltica.id] },
    // A claim reaches an insurer only through cover it bound: Steiner's never went to Rheinmark.
    claim: { foreign: [CLAIMS.steiner.id] },
  },
  // Hansen's IT lead: Medica shares Hansen's broker but is another company.
  client: {
    clientCompany: { own: CLIENTS.hansen.id, foreign: [CLIENTS.medica.id, CLIENTS.steiner.id] },
    assessment: { own: ASSESSMENTS.hansen.id, foreign: [ASSESSMENTS.medica.id, ASSESSMENTS.huber.id] },
    submission: { foreign: [SUBMISSIONS.hansenRheinmark.id] },
    claim: { own: CLAIMS.hansen.id, foreign: [CLAIMS.steiner.id] },
  },
};
