// Building blocks shared by the idp-exposure definitions: option lists with their safety ranks and
// the gates several versions use. A released version's output must never change (a digest per
// version is pinned in ../definition.test.ts), so a block is only ever added, never altered.
import type { TCondition, TOption } from '../types';

export const USES_ENTRA_ID: TCondition = { q: 'dep_idps', includes: 'entra_id' };
// Follow-ups of a gate are shown for "yes" AND for "don't know": an unknown gate must be resolved by
// its follow-ups. Hiding them would let "don't know" score like the safe answer, because hidden
// follow-ups are neither asked nor counted (tested for every gate with a "don't know" option).
export const RUNS_OWN_TOKEN_ISSUER: TCondition = {
  q: 'key_self_issuers',
  includesAny: ['adfs', 'keycloak', 'custom_oidc_saml', 'other_issuer', 'dont_know'],
};
export const OFFERS_OWN_SIGN_IN_APPS: TCondition = { q: 'tok_own_signin_apps', in: ['yes', 'dont_know'] };

/** Yes/no control question; `safe` names the safer answer. */
export function yesNo(options: { safe: 'yes' | 'no'; dontKnow?: boolean; notApplicable?: boolean }): TOption[] {
  const result: TOption[] = [
    { id: 'yes', safety: options.safe === 'yes' ? 2 : 1 },
    { id: 'no', safety: options.safe === 'no' ? 2 : 1 },
  ];
  if (options.dontKnow !== false) result.push({ id: 'dont_know', safety: 0 });
  if (options.notApplicable) result.push({ id: 'not_applicable' });
  return result;
}

/** Options ranked from safest (first) to riskiest (last); equal ranks via nested arrays. */
export function ranked(...ids: Array<string | readonly string[]>): TOption[] {
  return ids.flatMap((entry, index) => {
    const safety = ids.length - 1 - index;
    return typeof entry === 'string' ? [{ id: entry, safety }] : entry.map((id) => ({ id, safety }));
  });
}

/** Options of a context question: no safety order. */
export function plain(...ids: string[]): TOption[] {
  return ids.map((id) => ({ id }));
}

export const NONE: TOption = { id: 'none', exclusive: true };
export const DONT_KNOW: TOption = { id: 'dont_know', exclusive: true };
