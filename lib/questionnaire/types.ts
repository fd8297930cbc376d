// Types of a versioned questionnaire definition. The definition holds ids and logic only; every
// human-readable text lives in lib/i18n/messages/<locale>/questionnaire.json under the same ids.

export type TAnswerType = 'yes_no' | 'single' | 'multi' | 'integer' | 'percentage' | 'date';

/**
 * Answer value shapes, by answer type:
 * - yes_no     -> option id: 'yes' | 'no', plus 'dont_know' / 'not_applicable' where offered
 * - single     -> one option id
 * - multi      -> non-empty array of distinct option ids; an exclusive option ('none', 'dont_know')
 *                 stands alone. An empty array counts as "not answered" and is dropped.
 * - integer    -> integer within the question's min/max ('dont_know' too where the question has `dontKnow`)
 * - percentage -> finite number 0..100, decimals allowed ('dont_know' too where the question has `dontKnow`)
 * - date       -> 'YYYY-MM-DD', a real calendar date
 */
export type TAnswerValue = string | readonly string[] | number;

/** Answers keyed by question id. Hidden and unanswered questions are simply absent. */
export type TAnswers = Readonly<Record<string, TAnswerValue>>;

/** Answers as a form or API may send them: `null` marks a cleared (unanswered) field. */
export type TRawAnswers = Readonly<Record<string, TAnswerValue | null | undefined>>;

/**
 * Serialisable visibility condition. Every leaf is false while the question it refers to is
 * unanswered or hidden, so a follow-up only appears once its gate has a qualifying answer.
 * Conditions may refer only to questions that come earlier in the definition (checked by a test),
 * which lets visibility be resolved in one pass in definition order.
 */
export type TCondition =
  | { q: string; equals: string | number }
  | { q: string; notEquals: string | number }
  | { q: string; in: readonly string[] }
  | { q: string; includes: string }
  | { q: string; includesAny: readonly string[] }
  | { q: string; gt: number }
  | { q: string; lt: number }
  | { all: readonly TCondition[] }
  | { any: readonly TCondition[] };

/**
 * An option of a choice question. `safety` orders the options of yes_no/single questions from the
 * riskier to the safer answer (higher = safer; equal ranks allowed); it is omitted on options that
 * are not comparable ('not_applicable') and on questions that describe context, not a control.
 * Multi-choice options instead carry an `effect`: 'risky' options make the answer less safe when
 * added, 'protective' ones make it safer. The scoring tests hold the scoring to these orders.
 */
export type TOption = {
  id: string;
  safety?: number;
  effect?: 'risky' | 'protective';
  /** Cannot be combined with other options of a multi-choice question ('none', 'dont_know'). */
  exclusive?: boolean;
};

/** Which direction of a numeric answer is safer, or the band that is safest (distance = risk). */
export type TNumericSafety = 'higher' | 'lower' | { band: readonly [number, number] };

type TQuestionBase = {
  id: string;
  sectionId: string;
  required: boolean;
  visibleWhen?: TCondition;
  /** Knock-out item: a weak or unknown answer forces a referral regardless of the total score. */
  critical?: boolean;
  /**
   * Intentionally does not affect any score or indication. `informationalReason` is a stable id
   * (documented in docs/scoring-model.md, "Informational questions") saying why, e.g. 'cross_check_only'.
   */
  informational?: boolean;
  informationalReason?: string;
  /** Public baseline ids (CISA SCuBA, Maester, CIS) so scanner output can pre-fill answers later. */
  baselineRefs?: readonly string[];
  /** Id in the research catalogue (/shared/domain/question-catalogue.md), for traceability. */
  catalogueRef?: string;
};

export type TChoiceQuestion = TQuestionBase & {
  type: 'yes_no' | 'single' | 'multi';
  options: readonly TOption[];
};

export type TNumberQuestion = TQuestionBase & {
  type: 'integer' | 'percentage';
  min: number;
  max: number;
  safer?: TNumericSafety;
  /**
   * Also accepts the answer 'dont_know' (a string) besides a number; it ranks below every number
   * (riskiest). The form shows it as a separate choice next to the number field.
   */
  dontKnow?: boolean;
};

export type TDateQuestion = TQuestionBase & {
  type: 'date';
  /** Inclusive bounds, 'YYYY-MM-DD'. */
  min: string;
  max: string;
  /**
   * The question asks about the past: a date after "today" is refused (`future_date`). The library has
   * no clock, so the check runs only when the caller passes `today` to validation (the app always does).
   */
  notInFuture?: boolean;
};

export type TQuestion = TChoiceQuestion | TNumberQuestion | TDateQuestion;

export type TSection = {
  id: string;
  /** Informational sections (the business profile) describe the insured and carry no score weight. */
  informational?: boolean;
};

export type TQuestionnaire = {
  /** `<id>@<major>`, e.g. 'idp-exposure@1'. A released version never changes its ids or logic. */
  version: string;
  sections: readonly TSection[];
  /** In display order; conditions refer only to earlier questions. */
  questions: readonly TQuestion[];
};

export type TValidationMode = 'draft' | 'final';

/** Stable issue codes so the UI can localise messages; `message` is English for logs and the CLI. */
export type TAnswerIssueCode =
  | 'invalid_answers'
  | 'unknown_questionnaire_version'
  | 'unknown_section'
  | 'unknown_question'
  | 'unknown_option'
  | 'invalid_type'
  | 'required'
  | 'too_small'
  | 'too_big'
  | 'not_integer'
  | 'invalid_date'
  | 'future_date'
  | 'duplicate_option'
  | 'exclusive_option'
  | 'hidden_answer';

export type TAnswerIssue = {
  /** Empty string for problems of the whole answer set (e.g. not an object). */
  questionId: string;
  code: TAnswerIssueCode;
  message: string;
};

export type TValidateAnswersResult =
  | {
      ok: true;
      /** The valid answers, hidden ones dropped. */
      answers: TAnswers;
      /**
       * Questions that were answered but are hidden by the visibility rules, so their answers were
       * dropped (never scored or stored), in definition order; [] when none. The UI warns with them;
       * the API refuses them instead with the option `hiddenAnswers: 'refuse'`.
       */
      droppedHiddenQuestionIds: string[];
    }
  | { ok: false; issues: TAnswerIssue[] };
