// idp-exposure@2 — idp-exposure@1 plus the facts @1 could not express (issue "Scoring model 2"):
// number matching on push MFA, PIM activation with approval and alerts, apps that key users on the
// immutable tenant + object id (the "nOAuth" flaw), guest and cross-tenant access defaults, one
// identity provider for workforce and customers, endpoint detection on admin workstations, the date
// of the last token-signing key rotation, and a "don't know" on the MFA coverage question.
//
// Every question of @1 keeps its id, type, options and meaning here, so an @1 draft upgrades by
// carrying every answer over (../upgrade.ts); auth_mfa_coverage only gains the "don't know" answer.
// Released: ids and logic never change; a change of meaning needs idp-exposure@3.
import type { TQuestion, TQuestionnaire } from '../types';
import { OFFERS_OWN_SIGN_IN_APPS, RUNS_OWN_TOKEN_ISSUER, USES_ENTRA_ID, ranked, yesNo } from './building-blocks';
import { IDP_EXPOSURE_V1_QUESTIONS, idpExposureV1 } from './idp-exposure-v1';

export const IDP_EXPOSURE_V2 = 'idp-exposure@2';

/** The questions @2 adds, each placed after the @1 question it follows in the display order. */
const ADDED_AFTER: ReadonlyArray<{ after: string; question: TQuestion }> = [
  {
    after: 'dep_outage_fallback',
    question: {
      id: 'dep_shared_workforce_customer_idp',
      sectionId: 'landscape',
      type: 'single',
      required: true,
      // 'no_customer_identities' has no rank: the risk does not arise (like "not applicable").
      options: [...ranked('separate', 'shared', 'dont_know'), { id: 'no_customer_identities' }],
      catalogueRef: 'DEP-06',
    },
  },
  {
    after: 'auth_weak_methods',
    question: {
      id: 'auth_number_matching',
      sectionId: 'authentication',
      type: 'yes_no',
      required: true,
      options: yesNo({ safe: 'yes', notApplicable: true }),
      baselineRefs: ['MS.AAD.3.3v2'],
      catalogueRef: 'AUTH-08',
    },
  },
  {
    after: 'priv_jit',
    question: {
      id: 'priv_pim_approval_alerts',
      sectionId: 'privileged_access',
      type: 'single',
      required: true,
      // Activation exists only with just-in-time access. Unlike the other gates, "don't know" does not
      // show it: a hidden activation question earns no credit (it is left out, not counted as safe),
      // so hiding it gives "don't know" no advantage, and approval of an activation nobody knows exists
      // means nothing.
      visibleWhen: { q: 'priv_jit', in: ['yes', 'partially'] },
      options: ranked('both', ['approval_only', 'alerts_only'], 'neither', 'dont_know'),
      baselineRefs: ['MS.AAD.7.6v1', 'MS.AAD.7.7v1', 'MS.AAD.7.8v1'],
      catalogueRef: 'PRIV-04',
    },
  },
  {
    after: 'priv_admin_workstations',
    question: {
      id: 'priv_admin_workstation_edr',
      sectionId: 'privileged_access',
      type: 'single',
      required: true,
      options: ranked('all_admins', 'some_admins', 'none', 'dont_know'),
    },
  },
  {
    after: 'tok_account_types',
    question: {
      id: 'tok_immutable_user_claims',
      sectionId: 'tokens_keys',
      type: 'single',
      required: true,
      visibleWhen: OFFERS_OWN_SIGN_IN_APPS,
      options: ranked('all', 'some', 'none', 'dont_know'),
      catalogueRef: 'APP-09',
    },
  },
  {
    after: 'key_rotation',
    question: {
      id: 'key_last_rotation_date',
      sectionId: 'tokens_keys',
      type: 'date',
      required: false,
      visibleWhen: RUNS_OWN_TOKEN_ISSUER,
      min: '2000-01-01',
      max: '2100-12-31',
      notInFuture: true,
    },
  },
  {
    after: 'app_mail_access_apps',
    question: {
      id: 'app_guest_restrictions',
      sectionId: 'third_party_apps',
      type: 'single',
      required: true,
      options: ranked('both', 'one', 'neither', 'dont_know'),
      baselineRefs: ['MS.AAD.8.1v1', 'MS.AAD.8.2v1', 'MS.AAD.8.3v1'],
      catalogueRef: 'APP-05',
    },
  },
  {
    after: 'app_guest_restrictions',
    question: {
      id: 'app_cross_tenant_default',
      sectionId: 'third_party_apps',
      type: 'yes_no',
      required: true,
      visibleWhen: USES_ENTRA_ID,
      options: yesNo({ safe: 'yes' }),
      catalogueRef: 'APP-06',
    },
  },
];

/** @1's questions with the changes of @2 applied and the added ones inserted. */
function buildQuestions(): TQuestion[] {
  const questions: TQuestion[] = [];
  const place = (id: string): void => {
    for (const { after, question } of ADDED_AFTER) {
      if (after !== id) continue;
      questions.push(question);
      place(question.id);
    }
  };
  for (const question of IDP_EXPOSURE_V1_QUESTIONS) {
    // "Don't know" on MFA coverage: a percentage or dont_know; @1's numbers keep their meaning.
    questions.push(question.id === 'auth_mfa_coverage' && question.type === 'percentage' ? { ...question, dontKnow: true } : question);
    place(question.id);
  }
  return questions;
}

export const idpExposureV2: TQuestionnaire = {
  version: IDP_EXPOSURE_V2,
  sections: idpExposureV1.sections,
  questions: buildQuestions(),
};
