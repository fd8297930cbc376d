import { describe, expect, test } from 'vitest';

import deMessages from '@/lib/i18n/messages/de/questionnaire.json';
import enMessages from '@/lib/i18n/messages/en/questionnaire.json';

import { listConditionQuestionIds } from './conditions';
import { idpExposureV1 } from './definitions/idp-exposure-v1';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire, listQuestionnaireVersions } from './registry';
import type { TCondition, TQuestion } from './types';

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const questions = idpExposureV1.questions;

function collectLeaves(condition: TCondition): Array<Exclude<TCondition, { all: unknown } | { any: unknown }>> {
  if ('all' in condition) return condition.all.flatMap(collectLeaves);
  if ('any' in condition) return condition.any.flatMap(collectLeaves);
  return [condition];
}

describe('registry', () => {
  test('the current version is idp-exposure@1 and loadable', () => {
    expect(CURRENT_QUESTIONNAIRE_VERSION).toBe('idp-exposure@1');
    expect(getQuestionnaire('idp-exposure@1')).toBe(idpExposureV1);
    expect(listQuestionnaireVersions()).toContain('idp-exposure@1');
  });

  test('unknown versions are undefined', () => {
    expect(getQuestionnaire('idp-exposure@99')).toBeUndefined();
  });
});

describe('idp-exposure@1 structure', () => {
  test('has 45 to 70 questions in 8 to 10 sections', () => {
    expect(questions.length).toBeGreaterThanOrEqual(45);
    expect(questions.length).toBeLessThanOrEqual(70);
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

type TCatalog = {
  sections: Record<string, { title: string; description: string }>;
  questions: Record<string, { text: string; help: string; options: Record<string, string> }>;
};

describe.each<[string, TCatalog]>([
  ['en', enMessages as TCatalog],
  ['de', deMessages as TCatalog],
])('questionnaire catalog %s', (locale, catalog) => {
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
      const optionIds = 'options' in question ? question.options.map((option) => option.id) : [];
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
