// Which terms a report shows, for which reader: bound first; an underwriter only ever their own
// insurer's (bound, else their latest quote); a broker or the client bound terms only.
import { describe, expect, test } from 'vitest';
import { pickReportTerms, type TTermsCandidate } from './report-terms';

const candidate = (overrides: Partial<TTermsCandidate>): TTermsCandidate => ({
  insurerId: 'org_rheinmark',
  insurerName: 'Rheinmark',
  status: 'QUOTED',
  isBound: false,
  limitEur: 5_000_000,
  retentionEur: 50_000,
  premiumEur: 40_000,
  validUntil: '2026-12-31',
  decidedAt: '2026-11-10T10:00:00.000Z',
  subjectivities: [],
  ...overrides,
});

const rheinmarkQuote = candidate({});
const rheinmarkNewerQuote = candidate({ premiumEur: 42_000, decidedAt: '2026-11-12T10:00:00.000Z' });
const danubiaQuote = candidate({ insurerId: 'org_danubia', insurerName: 'Danubia', premiumEur: 39_000 });
const danubiaBound = candidate({ insurerId: 'org_danubia', insurerName: 'Danubia', status: 'BOUND', isBound: true, premiumEur: 39_000 });
const rheinmarkBound = candidate({ status: 'BOUND', isBound: true });

const uwe = { role: 'UNDERWRITER', organizationId: 'org_rheinmark' } as const;
const broker = { role: 'BROKER', organizationId: 'org_nordlicht' } as const;
const client = { role: 'CLIENT', organizationId: 'org_hansen' } as const;

describe('pickReportTerms', () => {
  test.each([
    ['underwriter: own bound terms first', uwe, [rheinmarkQuote, rheinmarkBound], { kind: 'bound', insurerName: 'Rheinmark' }],
    ['underwriter: own latest quote when nothing is bound', uwe, [rheinmarkQuote, rheinmarkNewerQuote, danubiaQuote], { kind: 'quoted', premiumEur: 42_000 }],
    ['underwriter: never a competitor’s bound terms; own quote instead', uwe, [danubiaBound, rheinmarkQuote], { kind: 'quoted', insurerName: 'Rheinmark' }],
    ['underwriter: a competitor’s quote alone shows nothing', uwe, [danubiaQuote], null],
    ['broker: bound terms', broker, [rheinmarkQuote, danubiaBound], { kind: 'bound', insurerName: 'Danubia' }],
    ['broker: open quotes are not "the" terms', broker, [rheinmarkQuote, danubiaQuote], null],
    ['client: bound terms', client, [rheinmarkBound], { kind: 'bound', insurerName: 'Rheinmark' }],
    ['client: quotes alone show nothing', client, [rheinmarkQuote], null],
    ['a bound row without its amounts shows nothing', broker, [candidate({ status: 'BOUND', isBound: true, premiumEur: null })], null],
    ['a status BOUND that is not the placement’s bound quote does not count', broker, [candidate({ status: 'BOUND', isBound: false })], null],
  ] as const)('%s', (_, reader, candidates, expected) => {
    const terms = pickReportTerms({ reader, candidates });
    if (expected === null) expect(terms).toBeNull();
    else expect(terms).toMatchObject(expected);
  });

  test('an admin sees no terms', () => {
    expect(pickReportTerms({ reader: { role: 'ADMIN', organizationId: 'org_signet' }, candidates: [rheinmarkBound] })).toBeNull();
  });

  test('subjectivities in due order', () => {
    const terms = pickReportTerms({
      reader: client,
      candidates: [
        rheinmarkBound,
        { ...rheinmarkBound, subjectivities: [] },
      ].map((entry, index) => (index === 0 ? { ...entry, subjectivities: [{ text: 'B', dueDate: '2026-12-20', status: 'OPEN' as const }, { text: 'A', dueDate: '2026-12-01', status: 'ACCEPTED' as const }] } : entry)),
    });
    expect(terms?.subjectivities.map((subjectivity) => subjectivity.text)).toEqual(['A', 'B']);
  });
});
