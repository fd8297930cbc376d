import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { arbitraryAnswers, arbitraryAnswerValue } from './arbitraries';
import { idpExposureV1 } from './definitions/idp-exposure-v1';
import { describeValue, getAnswersSchema, isCalendarDate, validateAnswers } from './schema';
import type { TAnswers, TAnswerIssue, TQuestionnaire } from './types';

const VERSION = 'idp-exposure@1';

function codesFor(issues: readonly TAnswerIssue[], questionId: string): string[] {
  return issues.filter((issue) => issue.questionId === questionId).map((issue) => issue.code);
}

function expectIssues(answers: unknown, mode: 'draft' | 'final' = 'draft'): TAnswerIssue[] {
  const result = validateAnswers(VERSION, answers, mode);
  if (result.ok) throw new Error('expected validation to fail');
  return result.issues;
}

const COMPLETE: TAnswers = fc.sample(arbitraryAnswers(idpExposureV1, { completeness: 'complete' }), { numRuns: 1, seed: 42 })[0]!;

describe('isCalendarDate', () => {
  test.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-04-31', false],
    ['2024-4-1', false],
    ['2024-04-01T00:00:00Z', false],
    ['1999-12-31', true],
  ])('%s -> %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('validateAnswers: values', () => {
  test.each<[string, Record<string, unknown>, string, string]>([
    ['unknown question', { no_such_question: 'yes' }, 'no_such_question', 'unknown_question'],
    ['unknown option (single)', { dep_mail_platform: 'lotus_notes' }, 'dep_mail_platform', 'unknown_option'],
    ['unknown option (multi)', { dep_idps: ['okta', 'auth0'] }, 'dep_idps', 'unknown_option'],
    ['wrong type for single', { dep_mail_platform: 3 }, 'dep_mail_platform', 'invalid_type'],
    ['string for a number', { dep_tenant_count: '3' }, 'dep_tenant_count', 'invalid_type'],
    ['fraction for an integer', { dep_tenant_count: 2.5 }, 'dep_tenant_count', 'not_integer'],
    ['integer below min', { dep_tenant_count: 0 }, 'dep_tenant_count', 'too_small'],
    ['integer above max', { priv_global_admin_count: 10001 }, 'priv_global_admin_count', 'too_big'],
    ['percentage above 100', { auth_mfa_coverage: 100.5 }, 'auth_mfa_coverage', 'too_big'],
    ['negative percentage', { auth_mfa_coverage: -1 }, 'auth_mfa_coverage', 'too_small'],
    ['exclusive option combined', { auth_weak_methods: ['none', 'sms'] }, 'auth_weak_methods', 'exclusive_option'],
    ['"don\'t know" combined', { key_self_issuers: ['adfs', 'dont_know'] }, 'key_self_issuers', 'exclusive_option'],
    ['duplicate option', { dep_idps: ['okta', 'okta'] }, 'dep_idps', 'duplicate_option'],
    ['impossible date', { ir_last_exercise: 'within_6_months', ir_last_exercise_date: '2023-02-29' }, 'ir_last_exercise_date', 'invalid_date'],
    ['date with time', { ir_last_exercise: 'within_6_months', ir_last_exercise_date: '2024-05-01T10:00' }, 'ir_last_exercise_date', 'invalid_date'],
    ['date out of range', { ir_last_exercise: 'within_6_months', ir_last_exercise_date: '1999-12-31' }, 'ir_last_exercise_date', 'invalid_date'],
    ['array for a single choice', { dep_mail_platform: ['exchange_online'] }, 'dep_mail_platform', 'invalid_type'],
    ['string for a multi choice', { dep_idps: 'okta' }, 'dep_idps', 'invalid_type'],
  ])('%s', (_name, answers, questionId, code) => {
    expect(codesFor(expectIssues(answers), questionId)).toContain(code);
  });

  test('lists every problem at once, in question order, with messages', () => {
    const issues = expectIssues({ zzz: 1, dep_tenant_count: 0, dep_mail_platform: 'x', auth_weak_methods: ['none', 'sms'] });
    expect(issues.map((issue) => [issue.questionId, issue.code])).toEqual([
      ['dep_mail_platform', 'unknown_option'],
      ['dep_tenant_count', 'too_small'],
      ['auth_weak_methods', 'exclusive_option'],
      ['zzz', 'unknown_question'],
    ]);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
  });

  test('rejects non-objects and unknown versions', () => {
    expect(expectIssues([])[0]?.code).toBe('invalid_answers');
    expect(expectIssues(null)[0]?.code).toBe('invalid_answers');
    const unknownVersion = validateAnswers('idp-exposure@9', {}, 'draft');
    expect(unknownVersion.ok ? [] : unknownVersion.issues.map((issue) => issue.code)).toEqual(['unknown_questionnaire_version']);
  });

  test('accepts decimals in percentages and a valid leap day', () => {
    const result = validateAnswers(VERSION, { auth_mfa_coverage: 99.5, ir_last_exercise: 'within_6_months', ir_last_exercise_date: '2024-02-29' }, 'draft');
    expect(result.ok).toBe(true);
  });

  test.each([
    ['2026-12-02', false],
    ['2030-01-01', false],
    ['2026-12-01', true],
    ['2026-11-30', true],
  ])('a question about the past refuses %s after today 2026-12-01 only when told today (ok: %s)', (date, ok) => {
    const answers = { ir_last_exercise: 'within_6_months', ir_last_exercise_date: date };
    const withToday = validateAnswers(VERSION, answers, 'draft', { today: '2026-12-01' });
    expect(withToday.ok).toBe(ok);
    if (!withToday.ok) expect(withToday.issues).toEqual([expect.objectContaining({ questionId: 'ir_last_exercise_date', code: 'future_date' })]);
    // The library has no clock: without `today` only the question's own bounds apply.
    expect(validateAnswers(VERSION, answers, 'draft').ok).toBe(true);
    expect(getAnswersSchema(idpExposureV1, { mode: 'draft', sectionId: 'incident_response', today: '2026-12-01' }).safeParse(answers).success).toBe(ok);
  });
});

/** A value nested `depth` arrays deep, built without recursion. */
function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let level = 1; level < depth; level++) value = [value];
  return value;
}

describe('describeValue is bounded and total', () => {
  test.each<[string, unknown, string]>([
    ['short string', 'okta', '"okta"'],
    ['number', 2.5, '2.5'],
    ['NaN', Number.NaN, 'NaN, which is not a number'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity, which is not a finite number'],
    ['-Infinity', Number.NEGATIVE_INFINITY, '-Infinity, which is not a finite number'],
    ['null', null, 'null'],
    ['undefined', undefined, 'nothing'],
    ['short flat array', ['okta', 'okta'], '["okta","okta"]'],
    ['empty array', [], 'an empty array'],
    ['nested array', [[[]]], 'an array of 1 item'],
    ['long array', Array.from({ length: 3000 }, () => 'x'), 'an array of 3,000 items'],
    ['object', { a: 1, b: { c: 2 } }, 'an object with 2 keys'],
    ['bigint', 12n, '12 (a bigint)'],
  ])('%s', (_name, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  test('long strings are cut to about 80 characters with an ellipsis and their length', () => {
    const described = describeValue('x'.repeat(5_000_000));
    expect(described).toBe(`a string of 5,000,000 characters starting "${'x'.repeat(80)}…"`);
    // A surrogate pair is never split at the cut.
    expect(describeValue('😀'.repeat(100))).toContain(`"${'😀'.repeat(40)}…"`);
  });

  test('values nested far beyond the stack depth are described, not stringified', () => {
    expect(() => describeValue(nestedArray(20_000))).not.toThrow();
    expect(describeValue(nestedArray(20_000))).toBe('an array of 1 item');
  });
});

describe('validateAnswers never throws and keeps messages short', () => {
  test('deeply nested answers or values give issues, not a RangeError', () => {
    const deep = nestedArray(20_000);
    expect(validateAnswers(VERSION, deep, 'final')).toEqual({
      ok: false,
      issues: [{ questionId: '', code: 'invalid_answers', message: 'Answers must be a JSON object { "questionId": value } (got an array of 1 item).' }],
    });
    expect(codesFor(expectIssues({ bp_employees: deep }), 'bp_employees')).toEqual(['invalid_type']);
    expect(codesFor(expectIssues({ dep_idps: [deep] }), 'dep_idps')).toEqual(['invalid_type']);
  });

  test('non-finite numbers are named, not shown as null', () => {
    const [issue] = expectIssues({ auth_mfa_coverage: Number.POSITIVE_INFINITY });
    expect(issue).toEqual({
      questionId: 'auth_mfa_coverage',
      code: 'invalid_type',
      message: 'auth_mfa_coverage expects a number from 0 to 100 (got Infinity, which is not a finite number).',
    });
    expect(expectIssues(Number.POSITIVE_INFINITY)[0]?.message).toContain('Infinity, which is not a finite number');
  });

  test('a huge integer gives one issue quoting the question\'s own bound, not zod\'s safe-integer bound', () => {
    expect(expectIssues({ bp_employees: 1e308 })).toEqual([
      { questionId: 'bp_employees', code: 'too_big', message: 'bp_employees must be at most 1000000 (got 1e+308).' },
    ]);
    expect(expectIssues({ bp_employees: -1e308 })).toEqual([
      { questionId: 'bp_employees', code: 'too_small', message: 'bp_employees must be at least 1 (got -1e+308).' },
    ]);
  });

  test('a 5 MB string is not echoed back', () => {
    const issues = expectIssues({ ir_last_exercise: 'within_6_months', ir_last_exercise_date: 'x'.repeat(5_000_000), dep_mail_platform: 'y'.repeat(1000) });
    expect(issues.map((issue) => issue.code)).toEqual(['unknown_option', 'invalid_date']);
    for (const issue of issues) expect(issue.message.length).toBeLessThan(300);
  });
});

describe('validateAnswers: draft vs final', () => {
  test('draft accepts an empty or partial answer set', () => {
    expect(validateAnswers(VERSION, {}, 'draft')).toEqual({ ok: true, answers: {}, droppedHiddenQuestionIds: [] });
    expect(validateAnswers(VERSION, { dep_idps: ['okta'] }, 'draft')).toEqual({ ok: true, answers: { dep_idps: ['okta'] }, droppedHiddenQuestionIds: [] });
  });

  test('final reports every visible required question that is missing', () => {
    const issues = expectIssues({ dep_idps: ['okta'] }, 'final');
    const required = issues.filter((issue) => issue.code === 'required').map((issue) => issue.questionId);
    expect(required).toContain('dep_mail_platform');
    expect(required).toContain('bp_prior_incidents');
    // Entra-only follow-ups are hidden without Entra ID, so never required.
    expect(required).not.toContain('dep_ad_connection');
    expect(required).not.toContain('auth_device_code_blocked');
    // Optional questions are never required.
    expect(required).not.toContain('bp_requested_limit');
  });

  test('final requires a follow-up once its gate makes it visible', () => {
    const withoutFollowUp: Record<string, unknown> = { ...COMPLETE, tok_own_signin_apps: 'yes' };
    delete withoutFollowUp.tok_issuer_validation;
    delete withoutFollowUp.tok_account_types;
    const required = expectIssues(withoutFollowUp, 'final').filter((issue) => issue.code === 'required').map((issue) => issue.questionId);
    expect(required.sort()).toEqual(['tok_account_types', 'tok_issuer_validation']);
  });

  test('a bad value does not hide missing required answers', () => {
    const { dep_mail_platform: _mail, ...rest } = COMPLETE;
    const issues = expectIssues({ ...rest, dep_tenant_count: -5 }, 'final');
    expect(codesFor(issues, 'dep_tenant_count')).toEqual(['too_small']);
    expect(codesFor(issues, 'dep_mail_platform')).toEqual(['required']);
  });

  test('null and empty selections count as unanswered', () => {
    const issues = expectIssues({ ...COMPLETE, dep_mail_platform: null, dep_idps: [] }, 'final');
    expect(codesFor(issues, 'dep_mail_platform')).toEqual(['required']);
    expect(codesFor(issues, 'dep_idps')).toEqual(['required']);
    expect(validateAnswers(VERSION, { dep_mail_platform: null }, 'draft')).toEqual({ ok: true, answers: {}, droppedHiddenQuestionIds: [] });
  });

  test('generated complete answer sets pass in final mode', () => {
    fc.assert(
      fc.property(arbitraryAnswers(idpExposureV1, { completeness: 'complete' }), (answers) => {
        expect(validateAnswers(VERSION, answers, 'final')).toEqual({ ok: true, answers, droppedHiddenQuestionIds: [] });
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('visibility: hidden answers are dropped consistently', () => {
  test('an answer to a hidden question is accepted as a value but omitted from the output', () => {
    const result = validateAnswers(VERSION, { dep_idps: ['okta'], dep_ad_connection: 'federation_adfs' }, 'draft');
    expect(result).toEqual({ ok: true, answers: { dep_idps: ['okta'] }, droppedHiddenQuestionIds: ['dep_ad_connection'] });
  });

  test('hidden answers are still type-checked', () => {
    expect(codesFor(expectIssues({ dep_idps: ['okta'], dep_ad_connection: 'nonsense' }), 'dep_ad_connection')).toEqual(['unknown_option']);
  });

  test('cascading: hiding a gate drops the follow-up of its follow-up', () => {
    const result = validateAnswers(VERSION, { ir_last_exercise: 'never', ir_last_exercise_date: '2024-01-10' }, 'draft');
    expect(result).toEqual({ ok: true, answers: { ir_last_exercise: 'never' }, droppedHiddenQuestionIds: ['ir_last_exercise_date'] });
  });

  test('the final schema drops hidden answers exactly like validateAnswers', () => {
    const schema = getAnswersSchema(idpExposureV1, { mode: 'final' });
    const withHidden = { ...COMPLETE, tok_own_signin_apps: 'no', tok_issuer_validation: 'none', tok_account_types: 'dont_know' };
    const parsed = schema.safeParse(withHidden);
    expect(parsed.success).toBe(true);
    const viaHelper = validateAnswers(VERSION, withHidden, 'final');
    expect(viaHelper.ok && parsed.success ? parsed.data : null).toEqual(viaHelper.ok ? viaHelper.answers : undefined);
    expect(parsed.success ? parsed.data.tok_issuer_validation : 'present').toBeUndefined();
  });

  test('the final schema rejects a missing visible required answer', () => {
    const { priv_jit: _jit, ...rest } = COMPLETE;
    const parsed = getAnswersSchema(idpExposureV1, { mode: 'final' }).safeParse(rest);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain('priv_jit');
  });
});

describe('section schemas', () => {
  test('a section schema accepts only that section and uses context for visibility', () => {
    const withEntra = validateAnswers(VERSION, { auth_device_code_blocked: 'yes' }, 'draft', {
      sectionId: 'authentication',
      context: { dep_idps: ['entra_id'] },
    });
    expect(withEntra).toEqual({ ok: true, answers: { auth_device_code_blocked: 'yes' }, droppedHiddenQuestionIds: [] });
    const withoutEntra = validateAnswers(VERSION, { auth_device_code_blocked: 'yes' }, 'draft', {
      sectionId: 'authentication',
      context: { dep_idps: ['okta'] },
    });
    expect(withoutEntra).toEqual({ ok: true, answers: {}, droppedHiddenQuestionIds: ['auth_device_code_blocked'] });
  });

  test('without context, an answer gated by another section is kept, not silently dropped', () => {
    const answers = { auth_device_code_blocked: 'yes', auth_mfa_coverage: 100 };
    expect(validateAnswers(VERSION, answers, 'draft', { sectionId: 'authentication' })).toEqual({ ok: true, answers, droppedHiddenQuestionIds: [] });
    expect(getAnswersSchema(idpExposureV1, { mode: 'draft', sectionId: 'authentication' }).parse(answers)).toEqual(answers);
    // With context the gate is decided: an empty context means Entra ID is not in use.
    expect(validateAnswers(VERSION, answers, 'draft', { sectionId: 'authentication', context: {} })).toEqual({
      ok: true,
      answers: { auth_mfa_coverage: 100 },
      droppedHiddenQuestionIds: ['auth_device_code_blocked'],
    });
  });

  test('without context, an undecided question is not required; gates inside the section still apply', () => {
    const final = validateAnswers(VERSION, {}, 'final', { sectionId: 'authentication' });
    const required = final.ok ? [] : final.issues.map((issue) => issue.questionId);
    expect(required).toContain('auth_mfa_coverage');
    expect(required).not.toContain('auth_device_code_blocked');
    const withEntra = validateAnswers(VERSION, {}, 'final', { sectionId: 'authentication', context: { dep_idps: ['entra_id'] } });
    expect(withEntra.ok ? [] : withEntra.issues.map((issue) => issue.questionId)).toContain('auth_device_code_blocked');
    expect(
      validateAnswers(VERSION, { ir_last_exercise: 'never', ir_last_exercise_date: '2024-01-10' }, 'draft', { sectionId: 'incident_response' }),
    ).toEqual({ ok: true, answers: { ir_last_exercise: 'never' }, droppedHiddenQuestionIds: ['ir_last_exercise_date'] });
  });

  test('without context, a follow-up of an in-scope gate whose own visibility is undecided is undecided too', () => {
    // s2.gate is shown only when s1.outer says yes (another section); s2.follow only when s2.gate says yes.
    const chained: TQuestionnaire = {
      version: 'chained-gates@1',
      sections: [{ id: 's1' }, { id: 's2' }],
      questions: [
        { id: 'outer', sectionId: 's1', type: 'yes_no', required: true, options: [{ id: 'yes' }, { id: 'no' }] },
        { id: 'gate', sectionId: 's2', type: 'yes_no', required: true, visibleWhen: { q: 'outer', equals: 'yes' }, options: [{ id: 'yes' }, { id: 'no' }] },
        { id: 'follow', sectionId: 's2', type: 'yes_no', required: true, visibleWhen: { q: 'gate', equals: 'yes' }, options: [{ id: 'yes' }, { id: 'no' }] },
        { id: 'unless', sectionId: 's2', type: 'yes_no', required: true, visibleWhen: { q: 'gate', equals: 'no' }, options: [{ id: 'yes' }, { id: 'no' }] },
      ],
    };
    // The gate may turn out hidden (outer = no), so its follow-up must not be required …
    expect(validateAnswers(chained, { gate: 'yes' }, 'final', { sectionId: 's2' })).toEqual({ ok: true, answers: { gate: 'yes' }, droppedHiddenQuestionIds: [] });
    // … and its answer is kept, not dropped; a follow-up that is hidden either way is dropped.
    expect(validateAnswers(chained, { gate: 'yes', follow: 'no', unless: 'no' }, 'final', { sectionId: 's2' })).toEqual({
      ok: true,
      answers: { gate: 'yes', follow: 'no' },
      droppedHiddenQuestionIds: ['unless'],
    });
    // With context the chain is decided both ways.
    const shown = validateAnswers(chained, { gate: 'yes' }, 'final', { sectionId: 's2', context: { outer: 'yes' } });
    expect(shown.ok ? [] : shown.issues.map((issue) => [issue.questionId, issue.code])).toEqual([['follow', 'required']]);
    expect(validateAnswers(chained, { gate: 'yes', follow: 'no' }, 'final', { sectionId: 's2', context: { outer: 'no' } })).toEqual({
      ok: true,
      answers: {},
      droppedHiddenQuestionIds: ['gate', 'follow'],
    });
  });

  test('a question of another section is rejected in a section schema', () => {
    const result = validateAnswers(VERSION, { dep_idps: ['okta'] }, 'draft', { sectionId: 'authentication' });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.questionId, issue.code])).toEqual([['dep_idps', 'unknown_question']]);
  });

  test('final section validation requires only that section', () => {
    const result = validateAnswers(VERSION, {}, 'final', { sectionId: 'governance', context: { dep_idps: ['okta'], dep_mail_platform: 'google_workspace' } });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.questionId, issue.code])).toEqual([['gov_baseline_assessment', 'required']]);
  });

  test('unknown sections are reported', () => {
    const result = validateAnswers(VERSION, {}, 'draft', { sectionId: 'nope' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['unknown_section']);
  });

  test('schemas are cached per mode and section', () => {
    expect(getAnswersSchema(idpExposureV1, { mode: 'draft', sectionId: 'landscape' })).toBe(
      getAnswersSchema(idpExposureV1, { mode: 'draft', sectionId: 'landscape' }),
    );
    expect(getAnswersSchema(idpExposureV1, { mode: 'final' })).not.toBe(getAnswersSchema(idpExposureV1, { mode: 'draft' }));
  });
});

describe('answers to hidden questions', () => {
  const withHidden = { ...COMPLETE, tok_own_signin_apps: 'no', tok_issuer_validation: 'none', tok_account_types: 'dont_know' };

  test('are dropped and listed, so the UI can warn; nothing hidden means an empty list', () => {
    const result = validateAnswers(VERSION, withHidden, 'final');
    expect(result.ok && result.droppedHiddenQuestionIds).toEqual(['tok_issuer_validation', 'tok_account_types']);
    expect(result.ok && result.answers.tok_issuer_validation).toBeUndefined();
  });

  test("are refused one by one with hiddenAnswers: 'refuse' (the API), naming the gate", () => {
    const result = validateAnswers(VERSION, withHidden, 'final', { hiddenAnswers: 'refuse' });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.questionId, issue.code])).toEqual([
      ['tok_issuer_validation', 'hidden_answer'],
      ['tok_account_types', 'hidden_answer'],
    ]);
    expect(result.ok ? '' : result.issues[0]!.message).toContain('tok_own_signin_apps');
    expect(validateAnswers(VERSION, COMPLETE, 'final', { hiddenAnswers: 'refuse' }).ok).toBe(true);
  });

  test('property: the dropped ones are exactly the answered questions the output leaves out', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(idpExposureV1.questions.map((question) => [question.id, arbitraryAnswerValue(question)])), { requiredKeys: [] }), (raw) => {
        const result = validateAnswers(VERSION, raw, 'draft');
        if (!result.ok) return;
        const kept = Object.keys(result.answers);
        expect([...kept, ...result.droppedHiddenQuestionIds].sort()).toEqual(Object.keys(raw).sort());
        for (const id of result.droppedHiddenQuestionIds) expect(kept).not.toContain(id);
      }),
      { numRuns: 150, seed: 81 },
    );
  });
});

describe('"don\'t know" on a number question (idp-exposure@2, auth_mfa_coverage)', () => {
  test('is accepted where the question offers it, and only there', () => {
    expect(validateAnswers('idp-exposure@2', { auth_mfa_coverage: 'dont_know' }, 'draft').ok).toBe(true);
    const refused = validateAnswers(VERSION, { auth_mfa_coverage: 'dont_know' }, 'draft');
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.code)).toEqual(['invalid_type']);
  });

  test('other strings and out-of-range numbers get the usual issues, naming both kinds of answer', () => {
    const wrong = validateAnswers('idp-exposure@2', { auth_mfa_coverage: 'maybe' }, 'draft');
    expect(wrong.ok ? [] : wrong.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['invalid_type', 'auth_mfa_coverage expects a number from 0 to 100 or "dont_know" (got "maybe").'],
    ]);
    const big = validateAnswers('idp-exposure@2', { auth_mfa_coverage: 120 }, 'draft');
    expect(big.ok ? [] : big.issues.map((issue) => issue.code)).toEqual(['too_big']);
  });
});
