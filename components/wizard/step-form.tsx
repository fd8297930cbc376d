'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { TWizardQuestion } from '@/lib/assessments/wizard-view';
import { isAnswered, validateAnswers, type TAnswerValue, type TQuestionnaire } from '@/lib/questionnaire';
import type { TSyncSnapshot } from '@/lib/wizard/answer-sync';
import { useFieldMessage } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { QuestionField } from './question-field';

type TStepValues = Record<string, TAnswerValue | null>;

/**
 * The questions' own schemas (lib/questionnaire) as the form's resolver: the browser checks a value
 * exactly as the server will (with the same "today" for questions about the past).
 */
function questionResolver(questionnaire: TQuestionnaire, sectionId: string, today: string): Resolver<TStepValues> {
  return async (values) => {
    const answered = Object.fromEntries(Object.entries(values).filter(([, value]) => isAnswered(value)));
    const result = validateAnswers(questionnaire, answered, 'draft', { sectionId, today });
    if (result.ok) return { values, errors: {} };
    const errors: FieldErrors<TStepValues> = {};
    for (const issue of result.issues) errors[issue.questionId] ??= { type: issue.code, message: `scoring.issues.${issue.code}` };
    return { values: {}, errors };
  };
}

type TProps = {
  sectionId: string;
  questions: TWizardQuestion[];
  questionnaire: TQuestionnaire;
  snapshot: TSyncSnapshot;
  values: Record<string, TAnswerValue | null>;
  notes: Record<string, string | null>;
  today: string;
  readOnly: boolean;
  /** Questions whose carried answer a DONE recommendation pre-filled. */
  prefilledQuestionIds: ReadonlySet<string>;
  onAnswer: (questionId: string, value: TAnswerValue | null, note?: string | null) => void;
  onConfirm: (questionIds: string[]) => void;
  onResolve: (questionId: string, choice: 'mine' | 'theirs') => void;
};

export function StepForm({ sectionId, questions, questionnaire, snapshot, values, notes, today, readOnly, prefilledQuestionIds, onAnswer, onConfirm, onResolve }: TProps) {
  const t = useTranslations();
  const resolver = useMemo(() => questionResolver(questionnaire, sectionId, today), [questionnaire, sectionId, today]);
  const stepValues = useMemo(() => Object.fromEntries(questions.map((question) => [question.id, values[question.id] ?? null])), [questions, values]);
  const form = useForm<TStepValues>({ defaultValues: stepValues, resolver, mode: 'onChange' });
  const { errors } = form.formState;

  // Answers that change from outside the form (another editor, a conflict resolved, a restore from
  // this device) replace what the form shows; the field being typed into keeps its own text.
  const shown = useRef(stepValues);
  useEffect(() => {
    for (const [questionId, value] of Object.entries(stepValues)) {
      if (JSON.stringify(shown.current[questionId] ?? null) !== JSON.stringify(value)) form.setValue(questionId, value);
    }
    shown.current = stepValues;
  }, [stepValues, form]);

  const change = async (questionId: string, value: TAnswerValue | null) => {
    form.setValue(questionId, value, { shouldDirty: true });
    shown.current = { ...shown.current, [questionId]: value };
    if (await form.trigger(questionId)) onAnswer(questionId, value);
  };

  const carried = questions.filter((question) => snapshot.server[question.id]?.carriedOver && !(question.id in snapshot.pending)).map((question) => question.id);
  const message = useFieldMessage();

  return (
    <form method="post" noValidate onSubmit={(event) => event.preventDefault()} className="space-y-4" data-testid={`step-${sectionId}`}>
      {carried.length > 1 && !readOnly && (
        <div className="flex justify-end">
          <Button variant="secondary" onClick={() => onConfirm(carried)} data-testid="confirm-section">
            {t('wizard.confirmSection', { count: carried.length })}
          </Button>
        </div>
      )}
      {questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          today={today}
          state={{
            value: values[question.id] ?? null,
            note: notes[question.id] ?? null,
            stored: snapshot.server[question.id],
            conflict: snapshot.conflicts[question.id],
            remote: snapshot.remote[question.id],
            error: message(errors[question.id]?.message ?? snapshot.rejected[question.id]?.[0]),
            isPending: question.id in snapshot.pending,
            readOnly,
            isPrefilled: prefilledQuestionIds.has(question.id),
          }}
          onChange={(value) => void change(question.id, value)}
          onNoteChange={(note) => onAnswer(question.id, form.getValues(question.id) ?? null, note)}
          onConfirm={() => onConfirm([question.id])}
          onResolve={(choice) => onResolve(question.id, choice)}
        />
      ))}
    </form>
  );
}
