import { createHash } from 'node:crypto';

import { describe, expect, test } from 'vitest';

import deMessages from '@/lib/i18n/messages/de/questionnaire.json';
import enMessages from '@/lib/i18n/messages/en/questionnaire.json';

import { listConditionQuestionIds } from './conditions';
import { idpExposureV1 } from './definitions/idp-exposure-v1';
import { idpExposureV2 } from './definitions/idp-exposure-v2';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire, listQuestionnaireVersions } from './registry';
import type { TCondition, TQuestion, TQuestionnaire } from './types';

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const VERSIONS: ReadonlyArray<readonly [string, TQuestionnaire]> = [
  ['idp-exposure@1', idpExposureV1],
  ['idp-exposure@2', idpExposureV2],
];

/**
 * SHA-256 of each released definition's JSON. A released version never changes its ids or logic
 * (stored answers and scores refer to them): a change of meaning needs a new version.
 */
const RELEASED_DIGESTS: Readonly<Record<string, string>> = {
  'idp-exposure@1': '21a9b2fc6d48f5f49c4896fe5e0022de3d8dfd81266a5ccf5d1cf264205ce333',
  'idp-exposure@2': '1745a4bc392cb5964b7fa55bb050eb72858f7035f273d049b964d59f1ded2979',
};

/** The option ids a catalog must word for a question: its options, or "don't know" of a number question. */
function listOptionIds(question: TQuestion): string[] {
  if ('options' in question) return question.options.map((option) => option.id);
  return question.type !== 'date' && question.dontKnow ? ['dont_know'] : [];
}

function collectLeaves(condition: TCondition): Array<Exclude<TCondition, { all: unknown } | { any: unknown }>> {
  if ('all' in condition) return condition.all.flatMap(collectLeaves);
  if ('any' in condition) return condition.any.flatMap(collectLeaves);
  return [condition];
}

describe('registry', () => {
  test('the current version is idp-exposure@2; idp-exposure@1 stays loadable', () => {
    expect(CURRENT_QUESTIONNAIRE_VERSION).toBe('idp-exposure@2');
    expect(getQuestionnaire('idp-exposure@2')).toBe(idpExposureV2);
    expect(getQuestionnaire('idp-exposure@1')).toBe(idpExposureV1);
    expect(listQuestionnaireVersions()).toEqual(['idp-exposure@1', 'idp-exposure@2']);
  });

  test.each(Object.entries(RELEASED_DIGESTS))('released %s is unchanged', (version, expected) => {
    expect(createHash('sha256').update(JSON.stringify(getQuestionnaire(version))).digest('hex')).toBe(expected);
  });

  test('unknown versions are undefined', () => {
    expect(getQuestionnaire('idp-exposure@99')).toBeUndefined();
  });
});

describe.each(VERSIONS)('%s structure', (_version, definition) => {
  const { questions } = definition;
  const idpExposureV1 = definition;

  test('has 45 to 80 questions in 8 to 10 sections', () => {
    expect(questions.length).toBeGreaterThanOrEqual(45);
    expect(questions.length).toBeLessThanOrEqual(80);
    expect(idpExposureV1.sections.length).toBeGreaterThanOrEqual(8);
    expect(idpExposureV1.sections.length).toBeLessThanOrEqual(10);
  });

  test('covers the required domains', () => {
    expect(idpExposureV1.sections.map((section) => section.id)).toEqual(
      expect.arrayContaining([
        'landscape',
        'authentication',
        'privileged_access',
        'tokens_keys',
        'third_party_apps',
        'mail_collaboration',
        'logging_detection',
        'incident_response',
        'business_profile',
      ]),
    );
  });

  test('every section has questions and only the business profile is informational', () => {
    for (const section of idpExposureV1.sections) {
      expect(questions.some((question) => question.sectionId === section.id), section.id).toBe(true);
    }
    expect(idpExposureV1.sections.filter((section) => section.informational).map((section) => section.id)).toEqual(['business_profile']);
  });

  test('question, section and option ids are unique snake_case without dots', () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...ids, ...idpExposureV1.sections.map((section) => section.id)]) expect(id, id).toMatch(SNAKE_CASE);
    for (const question of questions) {
      if (!('options' in question)) continue;
      const optionIds = question.options.map((option) => option.id);
      expect(new Set(optionIds).size, question.id).toBe(optionIds.length);
      for (const id of optionIds) expect(id, `${question.id}.${id}`).toMatch(SNAKE_CASE);
    }
  });

  test('every question belongs to a declared section', () => {
    const sectionIds = new Set(idpExposureV1.sections.map((section) => section.id));
    for (const question of questions) expect(sectionIds.has(question.sectionId), question.id).toBe(true);
  });

  test('choice questions have options, numbers have a sensible range, dates ISO bounds', () => {
    for (const question of questions) {
      if (question.type === 'integer' || question.type === 'percentage') {
        expect(question.min, question.id).toBeLessThan(question.max);
        if (question.type === 'percentage') expect([question.min, question.max], question.id).toEqual([0, 100]);
      } else if (question.type === 'date') {
        expect(question.min < question.max, question.id).toBe(true);
      } else if ('options' in question) {
        expect(question.options.length, question.id).toBeGreaterThanOrEqual(2);
      }
      if (question.type === 'yes_no') {
        const ids = question.options.map((option) => option.id);
        expect(ids.slice(0, 2), question.id).toEqual(['yes', 'no']);
        for (const id of ids) expect(['yes', 'no', 'dont_know', 'not_applicable'], question.id).toContain(id);
      }
    }
  });

  test('conditions refer only to earlier questions and to existing options', () => {
    const seen = new Map<string, TQuestion>();
    for (const question of questions) {
      if (question.visibleWhen) {
        for (const id of listConditionQuestionIds(question.visibleWhen)) expect(seen.has(id), `${question.id} -> ${id}`).toBe(true);
        for (const leaf of collectLeaves(question.visibleWhen)) {
          const gate = seen.get(leaf.q)!;
          const referenced = 'equals' in leaf ? [leaf.equals] : 'notEquals' in leaf ? [leaf.notEquals] : 'in' in leaf ? leaf.in : 'includes' in leaf ? [leaf.includes] : 'includesAny' in leaf ? leaf.includesAny : [];
          if ('options' in gate) {
            const optionIds = gate.options.map((option) => option.id);
            for (const value of referenced) expect(optionIds, `${question.id} -> ${leaf.q}`).toContain(value);
          }
        }
      }
      seen.set(question.id, question);
    }
  });

  test('conditions are JSON-serialisable (the CLI prints them, the form evaluates them)', () => {
    expect(JSON.parse(JSON.stringify(idpExposureV1))).toEqual(idpExposureV1);
  });

  test('knock-out items are marked critical', () => {
    const critical = questions.filter((question) => question.critical).map((question) => question.id);
    expect(critical).toEqual(
      expect.arrayContaining(['auth_mfa_coverage', 'auth_legacy_blocked', 'priv_jit', 'log_unified_audit', 'log_mail_access_events', 'log_retention', 'ir_idp_playbook', 'tok_issuer_validation']),
    );
  });

  test('critical choice questions rank "don\'t know" below every other answer', () => {
    for (const question of questions) {
      if (!question.critical || !('options' in question)) continue;
      const dontKnow = question.options.find((option) => option.id === 'dont_know');
      if (!dontKnow) continue;
      for (const option of question.options) {
        if (option.id !== 'dont_know' && option.safety !== undefined) expect(option.safety, `${question.id}.${option.id}`).toBeGreaterThan(dontKnow.safety!);
      }
    }
  });

  test('informational questions name a reason; others do not', () => {
    for (const question of questions) {
      expect(Boolean(question.informationalReason), question.id).toBe(Boolean(question.informational));
    }
    expect(questions.filter((question) => question.informational).length).toBeGreaterThan(0);
  });

  test('exclusive options only appear in multi-choice questions', () => {
    for (const question of questions) {
      if (!('options' in question) || question.type === 'multi') continue;
      expect(question.options.some((option) => option.exclusive), question.id).toBe(false);
    }
  });
});

describe('idp-exposure@2 adds to idp-exposure@1', () => {
  test('every question of @1 is in @2 unchanged, in the same order, except the "don\'t know" on MFA coverage', () => {
    const v2ById = new Map(idpExposureV2.questions.map((question) => [question.id, question]));
    for (const question of idpExposureV1.questions) {
      const expected = question.id === 'auth_mfa_coverage' ? { ...question, dontKnow: true } : question;
      expect(v2ById.get(question.id), question.id).toEqual(expected);
    }
    const order = idpExposureV2.questions.map((question) => question.id).filter((id) => idpExposureV1.questions.some((question) => question.id === id));
    expect(order).toEqual(idpExposureV1.questions.map((question) => question.id));
    expect(idpExposureV2.sections).toEqual(idpExposureV1.sections);
  });

  test('the facts the issue asks for are new questions', () => {
    const added = idpExposureV2.questions.filter((question) => !idpExposureV1.questions.some((old) => old.id === question.id)).map((question) => question.id);
    expect(added).toEqual([
      'dep_shared_workforce_customer_idp',
      'auth_number_matching',
      'priv_pim_approval_alerts',
      'priv_admin_workstation_edr',
      'tok_immutable_user_claims',
      'key_last_rotation_date',
      'app_guest_restrictions',
      'app_cross_tenant_default',
    ]);
  });

  test('questions about the past refuse future dates when the caller passes today', () => {
    for (const question of idpExposureV2.questions) if (question.type === 'date') expect(question.notInFuture, question.id).toBe(true);
  });
});

type TCatalog = {
  sections: Record<string, { title: string; description: string }>;
  questions: Record<string, { text: string; help: string; options: Record<string, string> }>;
};

/** Every question of every version, by id (a question keeps its id across versions; options may be added). */
const ALL_QUESTIONS: ReadonlyMap<string, TQuestion[]> = VERSIONS.reduce((all, [, definition]) => {
  for (const question of definition.questions) all.set(question.id, [...(all.get(question.id) ?? []), question]);
  return all;
}, new Map<string, TQuestion[]>());

describe.each<[string, TCatalog]>([
  ['en', enMessages as TCatalog],
  ['de', deMessages as TCatalog],
])('questionnaire catalog %s', (locale, catalog) => {
  const questions = [...ALL_QUESTIONS.values()].map((versions) => versions[versions.length - 1]!);

  test('every section has a title and description', () => {
    for (const section of idpExposureV1.sections) {
      expect(catalog.sections[section.id]?.title?.trim(), `${locale} ${section.id}`).toBeTruthy();
      expect(catalog.sections[section.id]?.description?.trim(), `${locale} ${section.id}`).toBeTruthy();
    }
  });

  test('every question has text, help and a text per option', () => {
    for (const question of questions) {
      const entry = catalog.questions[question.id];
      expect(entry?.text?.trim(), `${locale} ${question.id}`).toBeTruthy();
      expect(entry?.help?.trim(), `${locale} ${question.id}`).toBeTruthy();
      const optionIds = [...new Set(ALL_QUESTIONS.get(question.id)!.flatMap(listOptionIds))];
      for (const optionId of optionIds) expect(entry?.options?.[optionId]?.trim(), `${locale} ${question.id}.${optionId}`).toBeTruthy();
      expect(Object.keys(entry?.options ?? {}).sort(), `${locale} ${question.id} has no extra options`).toEqual([...optionIds].sort());
    }
  });

  test('has no keys the definition lacks', () => {
    expect(Object.keys(catalog).sort()).toEqual(['questions', 'sections']);
    expect(Object.keys(catalog.sections).sort()).toEqual(idpExposureV1.sections.map((section) => section.id).sort());
    expect(Object.keys(catalog.questions).sort()).toEqual(questions.map((question) => question.id).sort());
    for (const [id, entry] of Object.entries(catalog.questions)) expect(Object.keys(entry).sort(), id).toEqual(['help', 'options', 'text']);
  });

  test('keys contain no dots (next-intl reads dots as paths)', () => {
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        expect(key.includes('.'), `${path}.${key}`).toBe(false);
        walk(value, `${path}.${key}`);
      }
    };
    walk(catalog, locale);
  });
});

describe('German catalog quality', () => {
  const text = JSON.stringify(deMessages);

  test('uses real umlauts, not ASCII substitutes', () => {
    expect(text).toMatch(/[äöüß]/);
    expect(text).not.toMatch(/\b(fuer|Schluessel|koennen|ueber|Identitaetsanbieter|moeglich|Praemie|Gross)\b/);
  });

  test('uses the agreed insurance terminology', () => {
    for (const term of ['Mehr-Faktor-Authentifizierung (MFA)', 'Identitätsanbieter', 'Deckungssumme', 'Selbstbehalt', 'Obliegenheiten', 'Versicherungsnehmer']) {
      expect(text, term).toContain(term);
    }
  });

  test('addresses the reader formally (Sie), never with du', () => {
    expect(text).toMatch(/\bSie\b/);
    expect(text).not.toMatch(/\b(du|dein|deine|dich|dir)\b/i);
  });
});
