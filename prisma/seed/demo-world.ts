// The demo world: who exists after `npm run db:seed`. Stable ids make the seed idempotent and let
// the end-to-end tests address records (and other tenants' records) directly.
import type { OrganizationKind, Role } from '../../lib/db/generated/enums';

/** Demo-only password for every seeded account. Never use the seed outside a local demo. */
export const DEMO_PASSWORD = 'signet-demo-2026';

export type TSeedOrganization = { id: string; kind: OrganizationKind; name: string; country: string };
export type TSeedUser = { id: string; email: string; name: string; role: Role; organizationId: string; locale?: 'en' | 'de' };
export type TSeedClient = {
  id: string;
  organizationId: string;
  brokerageId: string;
  name: string;
  industry: string;
  country: string;
  revenueBand: string;
  employeeCount: number;
  responsibleBrokerId: string;
};
export type TSeedAssessment = {
  id: string;
  clientCompanyId: string;
  brokerId: string;
  /** The insurers a submitted assessment is placed with (one submission each). */
  placedWith: readonly string[];
  status: 'DRAFT' | 'SUBMITTED';
  /** A draft the broker has opened to the client company's users. */
  sharedWithClient?: boolean;
};

export const ORGANIZATIONS = {
  platform: { id: 'org_signet', kind: 'PLATFORM', name: 'Signet', country: 'DE' },
  nordlicht: { id: 'org_nordlicht', kind: 'BROKERAGE', name: 'Nordlicht Versicherungsmakler GmbH', country: 'DE' },
  alpenrisk: { id: 'org_alpenrisk', kind: 'BROKERAGE', name: 'Alpen Risk Partners GmbH', country: 'AT' },
  rheinmark: { id: 'org_rheinmark', kind: 'INSURER', name: 'Rheinmark Versicherung AG', country: 'DE' },
  danubia: { id: 'org_danubia', kind: 'INSURER', name: 'Danubia Cyber Insurance SE', country: 'AT' },
  baltica: { id: 'org_baltica', kind: 'INSURER', name: 'Baltica Cyber Versicherung AG', country: 'DE' },
  hansen: { id: 'org_hansen', kind: 'CLIENT_COMPANY', name: 'Hansen Maschinenbau GmbH', country: 'DE' },
  medica: { id: 'org_medica', kind: 'CLIENT_COMPANY', name: 'Medica Praxisverbund GmbH', country: 'DE' },
  steiner: { id: 'org_steiner', kind: 'CLIENT_COMPANY', name: 'Steiner Logistik GmbH', country: 'AT' },
  huber: { id: 'org_huber', kind: 'CLIENT_COMPANY', name: 'Huber & Partner Rechtsanwälte', country: 'AT' },
} as const satisfies Record<string, TSeedOrganization>;

export const USERS = {
  admin: { id: 'usr_admin', email: 'admin@signet.example', name: 'Sina Admin', role: 'ADMIN', organizationId: 'org_signet' },
  anna: { id: 'usr_anna', email: 'anna.berger@nordlicht.example', name: 'Anna Berger', role: 'BROKER', organizationId: 'org_nordlicht', locale: 'de' },
  ben: { id: 'usr_ben', email: 'ben.kraus@nordlicht.example', name: 'Ben Kraus', role: 'BROKER', organizationId: 'org_nordlicht' },
  clara: { id: 'usr_clara', email: 'clara.wimmer@alpenrisk.example', name: 'Clara Wimmer', role: 'BROKER', organizationId: 'org_alpenrisk' },
  uwe: { id: 'usr_uwe', email: 'uwe.lorenz@rheinmark.example', name: 'Uwe Lorenz', role: 'UNDERWRITER', organizationId: 'org_rheinmark' },
  ute: { id: 'usr_ute', email: 'ute.schmid@rheinmark.example', name: 'Ute Schmid', role: 'UNDERWRITER', organizationId: 'org_rheinmark' },
  dora: { id: 'usr_dora', email: 'dora.novak@danubia.example', name: 'Dora Novak', role: 'UNDERWRITER', organizationId: 'org_danubia' },
  bruno: { id: 'usr_bruno', email: 'bruno.kalnins@baltica.example', name: 'Bruno Kalniņš', role: 'UNDERWRITER', organizationId: 'org_baltica' },
  hansen: { id: 'usr_hansen', email: 'it@hansen.example', name: 'Jonas Hansen', role: 'CLIENT', organizationId: 'org_hansen' },
  medica: { id: 'usr_medica', email: 'it@medica.example', name: 'Dr. Lea Vogel', role: 'CLIENT', organizationId: 'org_medica' },
  steiner: { id: 'usr_steiner', email: 'it@steiner.example', name: 'Markus Steiner', role: 'CLIENT', organizationId: 'org_steiner' },
  huber: { id: 'usr_huber', email: 'it@huber.example', name: 'Eva Huber', role: 'CLIENT', organizationId: 'org_huber' },
} as const satisfies Record<string, TSeedUser>;

/**
 * Demo-only authenticator secrets (base32, RFC 6238) of the seeded accounts that need a second factor
 * (admins and underwriters): published like the password, so the demo stays usable.
 * `npm run -s demo:code -- EMAIL` prints the current code; the e2e personas compute it the same way.
 */
export const DEMO_TOTP_SECRETS: Partial<Record<keyof typeof USERS, string>> = {
  admin: 'GUZNTQHKHTAA5MCVWSHPYHUQWURXFLLW',
  uwe: 'UZWCPS7GQFOS5MVKGHYZKPF4QH2JUCJZ',
  ute: 'NR453FI5YEOSQW7G2P3O3QZS2ZDZVK4V',
  dora: '3AMW5644NPHORPE4Q6GDIQGAEXPF5PUY',
  bruno: 'E4CRLEX24B3PXRH7HSTZLBZBOUC3RW75',
};

export function demoTotpSecretFor(email: string): string | undefined {
  const key = (Object.keys(USERS) as Array<keyof typeof USERS>).find((k) => USERS[k].email === email.trim().toLowerCase());
  return key ? DEMO_TOTP_SECRETS[key] : undefined;
}

export const CLIENTS = {
  hansen: { id: 'cc_hansen', organizationId: 'org_hansen', brokerageId: 'org_nordlicht', name: 'Hansen Maschinenbau GmbH', industry: 'manufacturing', country: 'DE', revenueBand: 'from_50m_to_100m', employeeCount: 420, responsibleBrokerId: 'usr_anna' },
  medica: { id: 'cc_medica', organizationId: 'org_medica', brokerageId: 'org_nordlicht', name: 'Medica Praxisverbund GmbH', industry: 'healthcare', country: 'DE', revenueBand: 'from_10m_to_50m', employeeCount: 180, responsibleBrokerId: 'usr_ben' },
  steiner: { id: 'cc_steiner', organizationId: 'org_steiner', brokerageId: 'org_alpenrisk', name: 'Steiner Logistik GmbH', industry: 'other_industry', country: 'AT', revenueBand: 'from_100m_to_500m', employeeCount: 950, responsibleBrokerId: 'usr_clara' },
  huber: { id: 'cc_huber', organizationId: 'org_huber', brokerageId: 'org_alpenrisk', name: 'Huber & Partner Rechtsanwälte', industry: 'professional_services', country: 'AT', revenueBand: 'from_2m_to_10m', employeeCount: 35, responsibleBrokerId: 'usr_clara' },
} as const satisfies Record<string, TSeedClient>;

export const ASSESSMENTS = {
  hansen: { id: 'asm_hansen', clientCompanyId: 'cc_hansen', brokerId: 'usr_anna', placedWith: ['org_rheinmark'], status: 'SUBMITTED' },
  medica: { id: 'asm_medica', clientCompanyId: 'cc_medica', brokerId: 'usr_ben', placedWith: [], status: 'DRAFT', sharedWithClient: true },
  steiner: { id: 'asm_steiner', clientCompanyId: 'cc_steiner', brokerId: 'usr_clara', placedWith: ['org_danubia'], status: 'SUBMITTED' },
  huber: { id: 'asm_huber', clientCompanyId: 'cc_huber', brokerId: 'usr_clara', placedWith: ['org_rheinmark', 'org_baltica'], status: 'SUBMITTED' },
} as const satisfies Record<string, TSeedAssessment>;

export type TSeedSubmission = {
  id: string;
  assessmentId: string;
  insurerId: string;
  /** Where the demo's placement stands at this insurer (the seed writes the steps that led there). */
  state:
    | { status: 'SUBMITTED' }
    | { status: 'INFO_REQUESTED'; question: string; askedById: string }
    | {
        status: 'QUOTED';
        quotedById: string;
        terms: { limitEur: number; retentionEur: number; premiumEur: number; validUntil: string };
        subjectivities: ReadonlyArray<{ id: string; text: string; dueDate: string }>;
      };
};

/** One submission per insurer a demo assessment is placed with (ASSESSMENTS.placedWith), with stable ids. */
export const SUBMISSIONS = {
  hansenRheinmark: { id: 'sub_hansen_rheinmark', assessmentId: 'asm_hansen', insurerId: 'org_rheinmark', state: { status: 'SUBMITTED' } },
  steinerDanubia: { id: 'sub_steiner_danubia', assessmentId: 'asm_steiner', insurerId: 'org_danubia', state: { status: 'SUBMITTED' } },
  huberRheinmark: {
    id: 'sub_huber_rheinmark',
    assessmentId: 'asm_huber',
    insurerId: 'org_rheinmark',
    state: {
      status: 'QUOTED',
      quotedById: 'usr_uwe',
      terms: { limitEur: 1_000_000, retentionEur: 10_000, premiumEur: 8_400, validUntil: '2027-01-31' },
      subjectivities: [
        { id: 'sbj_huber_mfa', text: 'Phishing-resistant MFA (FIDO2) for every administrator account', dueDate: '2026-11-25' },
        { id: 'sbj_huber_backup', text: 'Offline backup of the document management system, tested restore', dueDate: '2027-01-15' },
      ],
    },
  },
  huberBaltica: {
    id: 'sub_huber_baltica',
    assessmentId: 'asm_huber',
    insurerId: 'org_baltica',
    state: { status: 'INFO_REQUESTED', question: 'Which identity provider signs in to the client portal, and is its token signing key held in an HSM?', askedById: 'usr_bruno' },
  },
} as const satisfies Record<string, TSeedSubmission>;

export type TSeedClaim = {
  id: string;
  reference: string;
  clientCompanyId: string;
  assessmentId: string;
  incidentType: string;
  discoveredAt: string;
  description: string;
  reportedById: string;
};

/** Claims support: one first notice of loss per brokerage, so each tenant has a claim of its own and one of another. */
export const CLAIMS = {
  hansen: {
    id: 'clm_hansen',
    reference: 'CLM-2026-000001',
    clientCompanyId: 'cc_hansen',
    assessmentId: 'asm_hansen',
    incidentType: 'token_compromise',
    discoveredAt: '2026-11-20T07:45:00Z',
    description: 'Sign-ins to the ERP portal with valid tokens from an unknown network; the users deny them. The tokens were issued by our identity provider.',
    reportedById: 'usr_hansen',
  },
  steiner: {
    id: 'clm_steiner',
    reference: 'CLM-2026-000002',
    clientCompanyId: 'cc_steiner',
    assessmentId: 'asm_steiner',
    incidentType: 'business_email_compromise',
    discoveredAt: '2026-11-25T13:10:00Z',
    description: 'A supplier was asked from our finance mailbox to change bank details; the mailbox has a forwarding rule nobody set up.',
    reportedById: 'usr_steiner',
  },
} as const satisfies Record<string, TSeedClaim>;
