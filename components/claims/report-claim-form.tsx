'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { reportClaimAction } from '@/app/(app)/claims/actions';
import { FormAlert } from '@/components/forms/form-alert';
import { useActionFeedback, useFieldMessage } from '@/components/forms/use-action-form';
import { Button, buttonClasses } from '@/components/ui/button';
import { describedBy, Field, Input, Select, TextArea } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { INCIDENT_TYPES, MAX_CONTACTS, splitLines, ZReportClaimForm, type TReportClaimFormValues } from '@/lib/claims/schemas';
import { NIS2_ENTITY_CLASSES } from '@/lib/claims/deadlines';
import type { TReportableClient } from '@/lib/claims/types';


/**
 * First notice of loss, validated in the browser with the schema the server action parses (the
 * lists typed one per line). A broker chooses the client; a client user reports for their company.
 */
export function ReportClaimForm({ clients, maxDiscoveredAt }: { clients: TReportableClient[] | null; maxDiscoveredAt: string }) {
  const hydrated = useHydrated();
  const t = useTranslations('claims');
  const message = useFieldMessage();
  const router = useRouter();
  const [isLeaving, setIsLeaving] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TReportClaimFormValues>({
    // raw: the form keeps what was typed (lists as text, the time as typed); the server action parses it again.
    resolver: zodResolver(ZReportClaimForm, undefined, { raw: true }) as never,
    defaultValues: {
      // A client user reports for their own company: no client field (the server takes it from the session).
      clientCompanyId: clients ? (clients.length === 1 ? clients[0]!.id : '') : undefined,
      incidentType: '' as never,
      discoveredAt: '',
      description: '',
      affectedServices: '',
      affectedData: '',
      actionsTaken: '',
      contacts: [{ name: '', role: '', email: '', phone: '' }],
      personalDataAffected: false,
      nis2Entity: '' as never,
    },
  });
  const contacts = useFieldArray({ control, name: 'contacts' });
  const { formError, apply } = useActionFeedback(setError);

  const onSubmit = handleSubmit(async (values) => {
    const input = { ...values, affectedServices: splitLines(values.affectedServices), affectedData: splitLines(values.affectedData), clientCompanyId: clients ? values.clientCompanyId : undefined };
    const result = await reportClaimAction(input);
    if (!apply(result)) return;
    setIsLeaving(true);
    router.push(`/claims/${result.data.id}`);
  });

  const errorAt = (path: string): string | undefined => {
    let node: unknown = errors;
    for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    return message((node as { message?: string } | undefined)?.message);
  };
  const wire = (id: string, path: string, hasHint = false) => ({ id, 'aria-invalid': Boolean(errorAt(path)), 'aria-describedby': describedBy(id, Boolean(errorAt(path)), hasHint) });
  const isBusy = isSubmitting || isLeaving;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-8" data-testid="report-claim-form">
      <FormAlert message={formError} />
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-3 text-base font-semibold text-slate-900">{t('form.incidentSection')}</legend>
        {clients && (
          <div className="md:col-span-2">
            <Field id="claim-client" label={t('form.client')} error={errorAt('clientCompanyId')}>
              <Select {...wire('claim-client', 'clientCompanyId')} {...register('clientCompanyId')}>
                <option value="">{t('form.chooseClient')}</option>
                {clients.map((client) => (
                  <option key={client.id} value={client.id}>
                    {client.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
        <Field id="claim-incidentType" label={t('form.incidentType')} error={errorAt('incidentType')}>
          <Select {...wire('claim-incidentType', 'incidentType')} {...register('incidentType')}>
            <option value="">{t('form.chooseIncidentType')}</option>
            {INCIDENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`incidentTypes.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="claim-discoveredAt" label={t('form.discoveredAt')} hint={t('form.discoveredAtHint')} error={errorAt('discoveredAt')}>
          <Input type="datetime-local" max={maxDiscoveredAt} {...wire('claim-discoveredAt', 'discoveredAt', true)} {...register('discoveredAt')} />
        </Field>
        <div className="md:col-span-2">
          <Field id="claim-description" label={t('form.description')} hint={t('form.descriptionHint')} error={errorAt('description')}>
            <TextArea rows={5} {...wire('claim-description', 'description', true)} {...register('description')} />
          </Field>
        </div>
        <Field id="claim-affectedServices" label={t('form.affectedServices')} hint={t('form.listHint')} error={errorAt('affectedServices')}>
          <TextArea rows={3} {...wire('claim-affectedServices', 'affectedServices', true)} {...register('affectedServices')} />
        </Field>
        <Field id="claim-affectedData" label={t('form.affectedData')} hint={t('form.listHint')} error={errorAt('affectedData')}>
          <TextArea rows={3} {...wire('claim-affectedData', 'affectedData', true)} {...register('affectedData')} />
        </Field>
        <div className="md:col-span-2">
          <Field id="claim-actionsTaken" label={t('form.actionsTaken')} error={errorAt('actionsTaken')}>
            <TextArea rows={3} {...wire('claim-actionsTaken', 'actionsTaken')} {...register('actionsTaken')} />
          </Field>
        </div>
        <div className="flex items-start gap-2 md:col-span-2">
          <input id="claim-personalData" type="checkbox" className="mt-1 h-4 w-4 rounded border-slate-300" {...register('personalDataAffected')} />
          <label htmlFor="claim-personalData" className="text-sm text-slate-800">
            {t('form.personalDataAffected')}
          </label>
        </div>
        <Field id="claim-nis2Entity" label={t('form.nis2Entity')} error={errorAt('nis2Entity')}>
          <Select {...wire('claim-nis2Entity', 'nis2Entity')} {...register('nis2Entity')}>
            <option value="">{t('form.chooseNis2')}</option>
            {NIS2_ENTITY_CLASSES.map((entity) => (
              <option key={entity} value={entity}>
                {t(`nis2.${entity}`)}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-3 text-base font-semibold text-slate-900">{t('form.contactsSection')}</legend>
        {errorAt('contacts') && (
          <p role="alert" className="text-xs font-medium text-red-700">
            {errorAt('contacts')}
          </p>
        )}
        {contacts.fields.map((field, index) => (
          <div key={field.id} className="rounded-md border border-slate-200 p-4" data-testid="claim-contact">
            <div className="mb-3 flex items-center justify-between">
              <p className="text-sm font-medium text-slate-700">{t('form.contactNumber', { number: index + 1 })}</p>
              {contacts.fields.length > 1 && (
                <button type="button" className="text-sm text-brand-700 hover:underline" onClick={() => contacts.remove(index)} disabled={!hydrated}>
                  {t('form.removeContact')}
                </button>
              )}
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              {(['name', 'role', 'email', 'phone'] as const).map((part) => {
                const id = `claim-contacts-${index}-${part}`;
                const label = { name: t('form.contactName'), role: t('form.contactRole'), email: t('form.contactEmail'), phone: t('form.contactPhone') }[part];
                return (
                  <Field key={part} id={id} label={label} error={errorAt(`contacts.${index}.${part}`)}>
                    <Input type={part === 'email' ? 'email' : part === 'phone' ? 'tel' : 'text'} autoComplete="off" {...wire(id, `contacts.${index}.${part}`)} {...register(`contacts.${index}.${part}`)} />
                  </Field>
                );
              })}
            </div>
          </div>
        ))}
        {contacts.fields.length < MAX_CONTACTS && (
          <Button type="button" variant="secondary" disabled={!hydrated} onClick={() => contacts.append({ name: '', role: '', email: '', phone: '' })}>
            {t('form.addContact')}
          </Button>
        )}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isBusy || !hydrated}>
          {isBusy ? t('form.submitting') : t('form.submit')}
        </Button>
        <Link href="/claims" className={buttonClasses('secondary')}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
