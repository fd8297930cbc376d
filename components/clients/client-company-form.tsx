'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { createClientCompanyAction, updateClientCompanyAction } from '@/app/(app)/clients/actions';
import { FormAlert } from '@/components/forms/form-alert';
import { useActionFeedback, useFieldMessage } from '@/components/forms/use-action-form';
import { Button, buttonClasses } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { describedBy, Field, Input, Select } from '@/components/ui/field';
import { EMPLOYEES_MAX, EMPLOYEES_MIN, type TClientCompanyFormValues, type TCreateClientCompanyInput, ZClientCompanyFields } from '@/lib/clients/schemas';

export type TFormOption = { value: string; label: string };

/** A select's options after an empty "Choose …" one, so that nothing is preselected. */
function Choices({ placeholder, options }: { placeholder: string; options: TFormOption[] }) {
  return (
    <>
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}
type TFieldName = keyof TClientCompanyFormValues;

/**
 * Create or edit a client company: one form, validated in the browser with the same zod schema the
 * server action parses. An edit sends only the fields that changed. The brokerage and the responsible
 * broker are no fields: the server takes them from the session.
 */
export function ClientCompanyForm({
  mode,
  defaultValues,
  options,
  cancelHref,
}: {
  mode: { kind: 'create' } | { kind: 'edit'; clientCompanyId: string };
  defaultValues: TClientCompanyFormValues;
  options: { industries: TFormOption[]; revenueBands: TFormOption[]; countries: TFormOption[] };
  cancelHref: string;
}) {
  const hydrated = useHydrated();
  const t = useTranslations();
  const message = useFieldMessage();
  const router = useRouter();
  const [isLeaving, setIsLeaving] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, dirtyFields },
  } = useForm<TClientCompanyFormValues, unknown, TCreateClientCompanyInput>({ resolver: zodResolver(ZClientCompanyFields), defaultValues });
  const { formError, apply, setFormError } = useActionFeedback(setError, mode.kind === 'edit' ? { fieldPrefix: 'fields.' } : {});

  const onSubmit = handleSubmit(async (values) => {
    if (mode.kind === 'create') {
      const result = await createClientCompanyAction(values);
      if (!apply(result)) return;
      setIsLeaving(true);
      router.push(`/clients/${result.data.id}`);
      return;
    }
    const changed = (Object.keys(dirtyFields) as TFieldName[]).filter((name) => dirtyFields[name]);
    if (changed.length === 0) {
      setFormError(t('validation.nothingToChange'));
      return;
    }
    const fields = Object.fromEntries(changed.map((name) => [name, values[name]]));
    const result = await updateClientCompanyAction({ clientCompanyId: mode.clientCompanyId, fields });
    if (!apply(result)) return;
    setIsLeaving(true);
    router.push(`/clients/${mode.clientCompanyId}`);
  });

  const control = (name: TFieldName, hasHint = false) => {
    const id = `client-${name}`;
    const error = (errors as FieldErrors<TClientCompanyFormValues>)[name];
    return { id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy(id, Boolean(error), hasHint), ...register(name) };
  };
  const errorOf = (name: TFieldName) => message(errors[name]?.message);
  const isBusy = isSubmitting || isLeaving;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-6" data-testid="client-company-form">
      <FormAlert message={formError} />
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-3 text-base font-semibold text-slate-900">{t('clients.form.companySection')}</legend>
        <div className="md:col-span-2">
          <Field id="client-name" label={t('clients.form.name')} error={errorOf('name')}>
            <Input autoComplete="organization" {...control('name')} />
          </Field>
        </div>
        <Field id="client-industry" label={t('clients.form.industry')} error={errorOf('industry')}>
          <Select {...control('industry')}>
            <Choices placeholder={t('clients.form.chooseIndustry')} options={options.industries} />
          </Select>
        </Field>
        <Field id="client-country" label={t('clients.form.country')} error={errorOf('country')}>
          <Select autoComplete="country" {...control('country')}>
            <Choices placeholder={t('clients.form.chooseCountry')} options={options.countries} />
          </Select>
        </Field>
        <Field id="client-revenueBand" label={t('clients.form.revenueBand')} error={errorOf('revenueBand')}>
          <Select {...control('revenueBand')}>
            <Choices placeholder={t('clients.form.chooseRevenueBand')} options={options.revenueBands} />
          </Select>
        </Field>
        <Field id="client-employeeCount" label={t('clients.form.employeeCount')} hint={t('clients.form.employeeCountHint')} error={errorOf('employeeCount')}>
          <Input type="number" inputMode="numeric" min={EMPLOYEES_MIN} max={EMPLOYEES_MAX} step={1} {...control('employeeCount', true)} />
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-3 text-base font-semibold text-slate-900">{t('clients.form.contactSection')}</legend>
        <Field id="client-emailDomain" label={t('clients.form.emailDomain')} hint={t('clients.form.emailDomainHint')} error={errorOf('emailDomain')}>
          <Input autoComplete="off" spellCheck={false} {...control('emailDomain', true)} />
        </Field>
        <div className="hidden md:block" />
        <Field id="client-contactName" label={t('clients.form.contactName')} error={errorOf('contactName')}>
          <Input autoComplete="off" {...control('contactName')} />
        </Field>
        <Field id="client-contactEmail" label={t('clients.form.contactEmail')} error={errorOf('contactEmail')}>
          <Input type="email" autoComplete="off" spellCheck={false} {...control('contactEmail')} />
        </Field>
      </fieldset>
      <p className="text-sm text-slate-500">{t('clients.form.sessionNote')}</p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isBusy || !hydrated}>
          {mode.kind === 'create' ? (isBusy ? t('clients.form.creating') : t('clients.form.create')) : isBusy ? t('clients.form.saving') : t('clients.form.save')}
        </Button>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          {t('clients.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
