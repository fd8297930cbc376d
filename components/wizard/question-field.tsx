'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { TAnswerRecord } from '@/lib/assessments/types';
import type { TWizardQuestion } from '@/lib/assessments/wizard-view';
import type { TAnswerValue } from '@/lib/questionnaire';
import { cn } from '@/lib/cn';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

export type TQuestionState = {
  value: TAnswerValue | null;
  note: string | null;
  stored: TAnswerRecord | undefined;
  /** Theirs, when somebody else changed this answer while this user's change waited. */
  conflict: TAnswerRecord | undefined;
  remote: TAnswerRecord | undefined;
  error: string | undefined;
  isPending: boolean;
  readOnly: boolean;
  /** The carried answer is the target of a recommendation the client marked done (the reassessment pre-filled it). */
  isPrefilled?: boolean;
};

type TProps = {
  question: TWizardQuestion;
  state: TQuestionState;
  today: string;
  onChange: (value: TAnswerValue | null) => void;
  onNoteChange: (note: string | null) => void;
  onConfirm: () => void;
  onResolve: (choice: 'mine' | 'theirs') => void;
};

/** An answer in words: option labels, numbers with their unit, dates as written. */
export function describeAnswer(question: TWizardQuestion, value: TAnswerValue | null, empty: string): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return empty;
  const label = (id: string) => question.options.find((option) => option.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'string' && question.options.length > 0) return label(value);
  return question.type === 'percentage' ? `${value} %` : String(value);
}

function ChoiceInput({ question, value, readOnly, onChange }: { question: TWizardQuestion; value: TAnswerValue | null; readOnly: boolean; onChange: (value: TAnswerValue | null) => void }) {
  const name = useId();
  const isMulti = question.type === 'multi';
  const selected = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
  const toggle = (optionId: string, exclusive: boolean) => {
    if (!isMulti) return onChange(optionId);
    if (selected.has(optionId)) {
      const rest = [...selected].filter((id) => id !== optionId);
      return onChange(rest.length > 0 ? rest : null);
    }
    // An exclusive option ('none', "don't know") stands alone; choosing another option drops it.
    if (exclusive) return onChange([optionId]);
    const exclusiveIds = new Set(question.options.filter((option) => option.exclusive).map((option) => option.id));
    const order = question.options.map((option) => option.id);
    return onChange([...selected, optionId].filter((id) => !exclusiveIds.has(id)).sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  };
  return (
    <div className={cn('grid gap-2', question.options.length > 3 ? 'sm:grid-cols-2' : 'sm:grid-cols-3')}>
      {question.options.map((option) => {
        const checked = selected.has(option.id);
        return (
          <label
            key={option.id}
            className={cn(
              'flex cursor-pointer items-start gap-2 rounded-md border px-3 py-2 text-sm motion-safe:transition-colors',
              checked ? 'border-brand-600 bg-brand-50 text-brand-900' : 'border-slate-300 bg-white hover:border-slate-400',
              readOnly && 'cursor-not-allowed opacity-70',
            )}
          >
            <input
              type={isMulti ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={checked}
              disabled={readOnly}
              onChange={() => toggle(option.id, option.exclusive)}
              className="mt-0.5 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        );
      })}
    </div>
  );
}

function NumberInput({ id, question, value, readOnly, onChange, describedBy, invalid }: { id: string; question: TWizardQuestion; value: TAnswerValue | null; readOnly: boolean; onChange: (value: TAnswerValue | null) => void; describedBy: string; invalid: boolean }) {
  const t = useTranslations('wizard');
  // The text as typed ("1e", "-", "") stays in the field; only a number is an answer.
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (typeof value === 'number' ? Number(text) !== value : text !== '' && value === null) setText(typeof value === 'number' ? String(value) : '');
  }
  return (
    <div className="flex max-w-xs items-center gap-2">
      <input
        id={id}
        type="number"
        inputMode={question.type === 'integer' ? 'numeric' : 'decimal'}
        step={question.type === 'integer' ? 1 : 'any'}
        min={question.min}
        max={question.max}
        value={text}
        disabled={readOnly}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(event) => {
          setText(event.target.value);
          const trimmed = event.target.value.trim();
          onChange(trimmed === '' ? null : Number(trimmed));
        }}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600"
      />
      {question.type === 'percentage' && <span className="text-sm text-slate-600">{t('percentUnit')}</span>}
    </div>
  );
}

export function QuestionField({ question, state, today, onChange, onNoteChange, onConfirm, onResolve }: TProps) {
  const t = useTranslations('wizard');
  const format = useFormatter();
  const baseId = `q-${question.id}`;
  const [noteOpen, setNoteOpen] = useState(Boolean(state.note));
  const { stored, conflict, remote } = state;
  const time = (iso: string) => format.dateTime(new Date(iso), 'withTime');
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const describedBy = [state.error ? errorId : null, hintId].filter(Boolean).join(' ');
  const isChoice = question.options.length > 0;
  const hint =
    question.type === 'integer' ? t('numberHint', { min: question.min ?? 0, max: question.max ?? 0 }) : question.type === 'percentage' ? t('percentHint', { min: question.min ?? 0, max: question.max ?? 100 }) : question.type === 'date' && question.notInFuture ? t('dateHint') : null;

  const heading = (
    <span className="flex flex-wrap items-center gap-2">
      <span className="font-medium text-slate-900">{question.text}</span>
      {question.critical && <Badge tone="danger">{t('knockOut')}</Badge>}
      {!question.required && <Badge>{t('optional')}</Badge>}
    </span>
  );

  const input = isChoice ? (
    <ChoiceInput question={question} value={state.value} readOnly={state.readOnly} onChange={onChange} />
  ) : question.type === 'date' ? (
    <input
      id={`${baseId}-input`}
      type="date"
      min={typeof question.min === 'string' ? question.min : undefined}
      max={question.notInFuture ? today : typeof question.max === 'string' ? question.max : undefined}
      value={typeof state.value === 'string' ? state.value : ''}
      disabled={state.readOnly}
      aria-invalid={Boolean(state.error)}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      className="block w-48 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600"
    />
  ) : (
    <NumberInput id={`${baseId}-input`} question={question} value={state.value} readOnly={state.readOnly} onChange={onChange} describedBy={describedBy} invalid={Boolean(state.error)} />
  );

  return (
    <div id={baseId} data-question={question.id} className={cn('scroll-mt-24 rounded-lg border bg-white p-4 shadow-sm', conflict ? 'border-amber-400' : 'border-slate-200')}>
      {/* A choice question's hint and error describe the whole group: the fieldset carries them. */}
      <fieldset aria-describedby={isChoice ? describedBy : undefined}>
        {isChoice ? <legend className="mb-2 text-sm">{heading}</legend> : (
          <label htmlFor={`${baseId}-input`} className="mb-2 block text-sm">
            {heading}
          </label>
        )}
        {question.critical && <p className="mb-2 text-xs text-red-800">{t('knockOutHint')}</p>}
        {input}
      </fieldset>
      <p id={hintId} className="mt-2 text-xs text-slate-500">
        {hint}
        {hint && ' '}
        {stored && stored.updatedBy && !stored.carriedOver && stored.version > 0 && (
          <span data-testid="answered-by">{(stored.value === null ? t('clearedBy', { name: stored.updatedBy.name, time: time(stored.updatedAt) }) : t('answeredBy', { name: stored.updatedBy.name, time: time(stored.updatedAt) }))}</span>
        )}
      </p>
      {state.error && (
        <p id={errorId} role="alert" className="mt-1 text-xs font-medium text-red-700">
          {state.error}
        </p>
      )}
      {remote && !conflict && remote.updatedBy && (
        <p role="status" className="mt-2 text-xs text-brand-800">
          {t('remoteChanged', { name: remote.updatedBy.name, time: time(remote.updatedAt) })}
        </p>
      )}
      {stored?.carriedOver && !state.isPending && !state.readOnly && (
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="carried-over">
          <span>{state.isPrefilled ? t('carriedFromRecommendation') : t('carriedOver')}</span>
          <Button variant="secondary" onClick={onConfirm} className="px-3 py-1">
            {t('confirm')}
          </Button>
        </div>
      )}
      {conflict && (
        <div role="alert" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="conflict">
          <p className="font-medium">{t('conflictTitle', { name: conflict.updatedBy?.name ?? '—', time: time(conflict.updatedAt) })}</p>
          <p className="mt-1">{t('conflictTheirs', { value: describeAnswer(question, conflict.value, t('emptyValue')) })}</p>
          <p>{t('conflictMine', { value: describeAnswer(question, state.value, t('emptyValue')) })}</p>
          {(conflict.note ?? null) !== (state.note ?? null) && (
            <>
              <p className="mt-1">{t('conflictTheirNote', { note: conflict.note ?? t('emptyValue') })}</p>
              <p>{t('conflictMyNote', { note: state.note ?? t('emptyValue') })}</p>
            </>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <Button onClick={() => onResolve('mine')} className="px-3 py-1">
              {t('keepMine')}
            </Button>
            <Button variant="secondary" onClick={() => onResolve('theirs')} className="px-3 py-1">
              {t('useTheirs')}
            </Button>
          </div>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs">
        <details className="text-slate-600">
          <summary className="cursor-pointer text-brand-700 hover:underline">{t('whyWeAsk')}</summary>
          <p className="mt-1 max-w-prose">{question.help}</p>
        </details>
        {!state.readOnly && state.value !== null && (
          <button type="button" onClick={() => onChange(null)} className="text-slate-600 hover:text-slate-900 hover:underline">
            {t('clear')}
          </button>
        )}
        {!state.readOnly && !noteOpen && (
          <button type="button" onClick={() => setNoteOpen(true)} className="text-slate-600 hover:text-slate-900 hover:underline">
            {t('addNote')}
          </button>
        )}
      </div>
      {noteOpen && (
        <div className="mt-2">
          <label htmlFor={`${baseId}-note`} className="block text-xs font-medium text-slate-700">
            {t('noteLabel')}
          </label>
          <textarea
            id={`${baseId}-note`}
            rows={2}
            maxLength={2000}
            value={state.note ?? ''}
            disabled={state.readOnly}
            onChange={(event) => onNoteChange(event.target.value === '' ? null : event.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600"
            aria-describedby={`${baseId}-note-hint`}
          />
          <p id={`${baseId}-note-hint`} className="mt-1 text-xs text-slate-500">
            {t('noteHint')}
          </p>
        </div>
      )}
    </div>
  );
}
