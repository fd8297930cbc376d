'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import {
  createPlacementAction,
  declineSubmissionAction,
  fulfilSubjectivityAction,
  overrideSubmissionAction,
  quoteSubmissionAction,
  requestInformationAction,
  respondToSubmissionAction,
} from '@/app/(app)/submissions/actions';
import { FormAlert } from '@/components/forms/form-alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field, Input, Select, TextArea } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import type { TActionResult } from '@/lib/errors';

type TOption = { value: string; label: string };

/** Placement actions explain their conflicts (a stale version, an illegal move, an expired quote). */
const usePlacementSubmit = () => useActionSubmit({ conflicts: 'placement.conflicts' });

function text(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

/** A text area inside a Field: invalid and described by its error when there is one. */
function FieldTextArea({ id, name, error, rows = 3, defaultValue }: { id: string; name: string; error?: string; rows?: number; defaultValue?: string }) {
  return <TextArea id={id} name={name} rows={rows} defaultValue={defaultValue} aria-invalid={Boolean(error)} aria-describedby={describedBy(id, Boolean(error))} />;
}

/** Send the assessment to insurers (a new placement with its cover request), or add insurers to it. */
export function PlacementForm({ assessmentId, insurers, cover }: { assessmentId: string; insurers: TOption[]; cover: { limitEur: number; retentionEur: number; startDate: string } | null }) {
  const t = useTranslations('placement');
  const hydrated = useHydrated();
  const { run, pending, fieldError, formError } = usePlacementSubmit();
  const defaults = cover ?? { limitEur: 2_000_000, retentionEur: 25_000, startDate: '' };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    void run(
      () =>
        createPlacementAction({
          assessmentId,
          insurerIds: data.getAll('insurerIds').map(String),
          requestedLimitEur: text(form, 'requestedLimitEur') || defaults.limitEur,
          requestedRetentionEur: text(form, 'requestedRetentionEur') || defaults.retentionEur,
          coverStartDate: text(form, 'coverStartDate') || defaults.startDate,
          message: text(form, 'message') || undefined,
        }),
      () => form.reset(),
    );
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" data-testid="placement-form">
      <FormAlert message={formError} />
      <fieldset aria-describedby={fieldError('insurerIds') ? 'insurers-error' : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t('form.insurers')}</legend>
        <ul className="space-y-1">
          {insurers.map((insurer) => (
            <li key={insurer.value}>
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="insurerIds" value={insurer.value} data-testid={`insurer-${insurer.value}`} />
                {insurer.label}
              </label>
            </li>
          ))}
        </ul>
        {fieldError('insurerIds') && (
          <p id="insurers-error" role="alert" className="mt-1 text-xs font-medium text-red-700">
            {fieldError('insurerIds')}
          </p>
        )}
      </fieldset>
      {cover === null && (
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="placement-limit" label={t('form.limit')} error={fieldError('requestedLimitEur')}>
            <Input id="placement-limit" name="requestedLimitEur" type="number" min={50_000} step={50_000} defaultValue={defaults.limitEur} aria-invalid={Boolean(fieldError('requestedLimitEur'))} />
          </Field>
          <Field id="placement-retention" label={t('form.retention')} error={fieldError('requestedRetentionEur')}>
            <Input id="placement-retention" name="requestedRetentionEur" type="number" min={0} step={5_000} defaultValue={defaults.retentionEur} aria-invalid={Boolean(fieldError('requestedRetentionEur'))} />
          </Field>
          <Field id="placement-start" label={t('form.startDate')} error={fieldError('coverStartDate')}>
            <Input id="placement-start" name="coverStartDate" type="date" aria-invalid={Boolean(fieldError('coverStartDate'))} />
          </Field>
        </div>
      )}
      {cover === null && (
        <Field id="placement-message" label={t('form.message')} error={fieldError('message')}>
          <FieldTextArea id="placement-message" name="message" error={fieldError('message')} />
        </Field>
      )}
      <Button type="submit" disabled={pending || !hydrated} data-testid="send-placement">
        {pending ? t('form.sending') : cover === null ? t('form.send') : t('form.addInsurers')}
      </Button>
    </form>
  );
}

/** Override the grade or a section score; the justification is mandatory. */
export function OverrideForm({ submissionId, version, targets }: { submissionId: string; version: number; targets: TOption[] }) {
  const t = useTranslations('placement');
  const hydrated = useHydrated();
  const { run, pending, fieldError, formError } = usePlacementSubmit();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void run(() => overrideSubmissionAction({ submissionId, version, target: text(form, 'target'), value: text(form, 'value'), justification: text(form, 'justification') }), () => form.reset());
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" data-testid="override-form">
      <FormAlert message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="override-target" label={t('override.target')} error={fieldError('target')}>
          <Select id="override-target" name="target" data-testid="override-target">
            {targets.map((target) => (
              <option key={target.value} value={target.value}>
                {target.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="override-value" label={t('override.value')} error={fieldError('value')}>
          <Input id="override-value" name="value" maxLength={10} aria-invalid={Boolean(fieldError('value'))} data-testid="override-value" />
        </Field>
      </div>
      <Field id="override-justification" label={t('override.justification')} error={fieldError('justification')}>
        <FieldTextArea id="override-justification" name="justification" error={fieldError('justification')} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending || !hydrated} data-testid="override-submit">
        {pending ? t('saving') : t('override.submit')}
      </Button>
    </form>
  );
}

/** One text and a button, on the submission's thread: the underwriter's questions, the broker's answer. */
function ThreadTextForm({ name, label, submitLabel, testId, variant, send }: { name: string; label: string; submitLabel: string; testId: string; variant: 'primary' | 'secondary'; send: (text: string) => Promise<TActionResult<unknown>> }) {
  const t = useTranslations('placement');
  const hydrated = useHydrated();
  const { run, pending, fieldError, formError } = usePlacementSubmit();
  const id = `${testId}-${name}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void run(() => send(text(form, name)), () => form.reset());
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" data-testid={`${testId}-form`}>
      <FormAlert message={formError} />
      <Field id={id} label={label} error={fieldError(name)}>
        <FieldTextArea id={id} name={name} rows={4} error={fieldError(name)} />
      </Field>
      <Button type="submit" variant={variant} disabled={pending || !hydrated} data-testid={`${testId}-submit`}>
        {pending ? t('saving') : submitLabel}
      </Button>
    </form>
  );
}

/** The underwriter asks the broker questions; the submission waits for the answer. */
export function RequestInformationForm({ submissionId, version }: { submissionId: string; version: number }) {
  const t = useTranslations('placement');
  return (
    <ThreadTextForm
      name="questions"
      label={t('decision.questions')}
      submitLabel={t('decision.requestInformation')}
      testId="request-info"
      variant="secondary"
      send={(questions) => requestInformationAction({ submissionId, version, questions })}
    />
  );
}

type TSubjectivityRow = { key: number; text: string; dueDate: string };

export function QuoteForm({
  submissionId,
  version,
  defaults,
}: {
  submissionId: string;
  version: number;
  defaults: { limitEur: number; retentionEur: number; premiumEur: number | null; validUntil: string; subjectivities: Array<{ text: string; dueDate: string }> };
}) {
  const t = useTranslations('placement');
  const hydrated = useHydrated();
  const { run, pending, fieldError, formError } = usePlacementSubmit();
  const [rows, setRows] = useState<TSubjectivityRow[]>(() => defaults.subjectivities.map((row, key) => ({ key, ...row })));
  const [nextKey, setNextKey] = useState(defaults.subjectivities.length);
  const update = (key: number, patch: Partial<TSubjectivityRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void run(() =>
      quoteSubmissionAction({
        submissionId,
        version,
        limitEur: text(form, 'limitEur'),
        retentionEur: text(form, 'retentionEur'),
        premiumEur: text(form, 'premiumEur'),
        validUntil: text(form, 'validUntil'),
        subjectivities: rows.map(({ text: body, dueDate }) => ({ text: body, dueDate })),
      }),
    );
  };
  const money = (name: 'limitEur' | 'retentionEur' | 'premiumEur', value: number | null) => (
    <Field id={`quote-${name}`} label={t(`terms.${name}`)} error={fieldError(name)}>
      <Input id={`quote-${name}`} name={name} type="number" min={0} step={100} defaultValue={value ?? ''} aria-invalid={Boolean(fieldError(name))} data-testid={`quote-${name}`} />
    </Field>
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" data-testid="quote-form">
      <FormAlert message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        {money('limitEur', defaults.limitEur)}
        {money('retentionEur', defaults.retentionEur)}
        {money('premiumEur', defaults.premiumEur)}
        <Field id="quote-validUntil" label={t('terms.validUntil')} error={fieldError('validUntil')}>
          <Input id="quote-validUntil" name="validUntil" type="date" defaultValue={defaults.validUntil} aria-invalid={Boolean(fieldError('validUntil'))} data-testid="quote-validUntil" />
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('subjectivities.title')}</legend>
        <p className="text-xs text-slate-500">{t('decision.subjectivitiesHint')}</p>
        {rows.map((row, index) => (
          <div key={row.key} className="grid gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[1fr_10rem_auto]" data-testid="quote-subjectivity">
            <Field id={`sbj-text-${row.key}`} label={t('subjectivities.text')} error={fieldError(`subjectivities.${index}.text`)}>
              <Input id={`sbj-text-${row.key}`} value={row.text} onChange={(event) => update(row.key, { text: event.target.value })} data-testid="quote-subjectivity-text" />
            </Field>
            <Field id={`sbj-due-${row.key}`} label={t('subjectivities.dueDate')} error={fieldError(`subjectivities.${index}.dueDate`)}>
              <Input id={`sbj-due-${row.key}`} type="date" value={row.dueDate} onChange={(event) => update(row.key, { dueDate: event.target.value })} data-testid="quote-subjectivity-due" />
            </Field>
            <div className="flex items-end">
              <Button variant="ghost" onClick={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))} disabled={!hydrated}>
                {t('decision.removeSubjectivity')}
              </Button>
            </div>
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() => {
            setRows((current) => [...current, { key: nextKey, text: '', dueDate: defaults.validUntil }]);
            setNextKey(nextKey + 1);
          }}
          disabled={!hydrated}
          data-testid="add-subjectivity"
        >
          {t('decision.addSubjectivity')}
        </Button>
      </fieldset>
      <Button type="submit" disabled={pending || !hydrated} data-testid="quote-submit">
        {pending ? t('saving') : t('decision.quote')}
      </Button>
    </form>
  );
}

export function DeclineForm({ submissionId, version, reasons }: { submissionId: string; version: number; reasons: TOption[] }) {
  const t = useTranslations('placement');
  const hydrated = useHydrated();
  const { run, pending, fieldError, formError } = usePlacementSubmit();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void run(() => declineSubmissionAction({ submissionId, version, reasons: new FormData(form).getAll('reasons').map(String), note: text(form, 'note') || undefined }));
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" data-testid="decline-form">
      <FormAlert message={formError} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t('decision.declineReasons')}</legend>
        <ul className="grid gap-1 sm:grid-cols-2">
          {reasons.map((reason) => (
            <li key={reason.value}>
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="reasons" value={reason.value} data-testid={`decline-reason-${reason.value}`} />
                {reason.label}
              </label>
            </li>
          ))}
        </ul>
        {fieldError('reasons') && (
          <p role="alert" className="mt-1 text-xs font-medium text-red-700">
            {fieldError('reasons')}
          </p>
        )}
      </fieldset>
      <Field id="decline-note" label={t('decision.declineNote')} error={fieldError('note')}>
        <FieldTextArea id="decline-note" name="note" error={fieldError('note')} />
      </Field>
      <Button type="submit" variant="danger" disabled={pending || !hydrated} data-testid="decline-submit">
        {pending ? t('saving') : t('decision.decline')}
      </Button>
    </form>
  );
}

/** The broker answers the underwriter's questions and resubmits. */
export function RespondForm({ submissionId, version }: { submissionId: string; version: number }) {
  const t = useTranslations('placement');
  return (
    <ThreadTextForm
      name="answer"
      label={t('thread.answer')}
      submitLabel={t('thread.answerAndResubmit')}
      testId="respond"
      variant="primary"
      send={(answer) => respondToSubmissionAction({ submissionId, version, answer })}
    />
  );
}

/** The broker marks a subjectivity fulfilled with a note and/or an evidence file (PDF, PNG, JPEG, text; 5 MB). */
export function FulfilSubjectivityForm({ submissionId, version, subjectivityId }: { submissionId: string; version: number; subjectivityId: string }) {
  const t = useTranslations('placement');
  const hydrated = useHydrated();
  const { run, pending, fieldError, formError } = usePlacementSubmit();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    data.set('submissionId', submissionId);
    data.set('version', String(version));
    data.set('subjectivityId', subjectivityId);
    void run(() => fulfilSubjectivityAction(data), () => form.reset());
  };
  return (
    <form method="post" encType="multipart/form-data" onSubmit={onSubmit} noValidate className="mt-2 space-y-2" data-testid={`fulfil-form-${subjectivityId}`}>
      <FormAlert message={formError} />
      <Field id={`fulfil-note-${subjectivityId}`} label={t('subjectivities.note')} error={fieldError('note')}>
        <FieldTextArea id={`fulfil-note-${subjectivityId}`} name="note" rows={2} error={fieldError('note')} />
      </Field>
      <Field id={`fulfil-file-${subjectivityId}`} label={t('subjectivities.evidence')} hint={t('subjectivities.evidenceHint')} error={fieldError('file')}>
        <input id={`fulfil-file-${subjectivityId}`} name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.txt,application/pdf,image/png,image/jpeg,text/plain" className="block text-sm" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending || !hydrated} data-testid={`fulfil-submit-${subjectivityId}`}>
        {pending ? t('saving') : t('subjectivities.fulfil')}
      </Button>
    </form>
  );
}
