'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useProtectedAction } from '@/components/auth/reauthentication';
import { useForm, useWatch } from 'react-hook-form';
import { createUserAction } from '@/app/(app)/admin/users/actions';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { describedBy, Field, Input, Select } from '@/components/ui/field';
import { ROLES } from '@/lib/auth/permissions';
import { ORGANIZATION_KIND_FOR_ROLE } from '@/lib/users/role-organization';
import { type TCreateUserInput, ZCreateUserInput } from '@/lib/users/schemas';
import { useActionFeedback, useFieldMessage } from '@/components/forms/use-action-form';
import { FormAlert } from '@/components/forms/form-alert';

type TOrganizationOption = { id: string; name: string; kind: string };

export function CreateUserForm({ organizations }: { organizations: TOrganizationOption[] }) {
  const hydrated = useHydrated();
  const format = useFormatter();
  const formatExpiry = (iso: string) => format.dateTime(new Date(iso), 'withTime');
  const t = useTranslations();
  const message = useFieldMessage();
  const runProtected = useProtectedAction();
  const [created, setCreated] = useState<{ email: string; link: string; expiresAt: string } | null>(null);
  const {
    register,
    handleSubmit,
    control,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TCreateUserInput>({
    resolver: zodResolver(ZCreateUserInput),
    defaultValues: { email: '', name: '', role: undefined, organizationId: '' },
  });
  const { formError, apply } = useActionFeedback(setError);
  const role = useWatch({ control, name: 'role' });
  const choices = role ? organizations.filter((o) => o.kind === ORGANIZATION_KIND_FOR_ROLE[role]) : organizations;

  const onSubmit = handleSubmit(async (values) => {
    setCreated(null);
    const result = await runProtected(() => createUserAction(values));
    if (apply(result)) {
      setCreated(result.data);
      reset();
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2" data-testid="create-user-form">
      <FormAlert message={formError} className="md:col-span-2" />
      {created && (
        <div className="space-y-1 md:col-span-2">
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            {t('security.admin.createdLink', { email: created.email, expires: formatExpiry(created.expiresAt) })}
          </p>
          <input readOnly value={created.link} aria-label={t('security.admin.copyHint')} className="w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" data-testid="set-password-link" onFocus={(e) => e.currentTarget.select()} />
          <p className="text-xs text-slate-500">{t('security.admin.copyHint')}</p>
        </div>
      )}
      <Field id="new-name" label={t('admin.name')} error={message(errors.name?.message)}>
        <Input id="new-name" autoComplete="off" aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('new-name', Boolean(errors.name))} {...register('name')} />
      </Field>
      <Field id="new-email" label={t('admin.email')} error={message(errors.email?.message)}>
        <Input id="new-email" type="email" autoComplete="off" aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('new-email', Boolean(errors.email))} {...register('email')} />
      </Field>
      <Field id="new-role" label={t('admin.role')} error={message(errors.role?.message)}>
        <Select id="new-role" aria-invalid={Boolean(errors.role)} aria-describedby={describedBy('new-role', Boolean(errors.role))} {...register('role')} defaultValue="">
          <option value="" disabled>
            {t('admin.chooseRole')}
          </option>
          {ROLES.map((code) => (
            <option key={code} value={code}>
              {t(`roles.${code}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="new-organization" label={t('admin.organization')} error={message(errors.organizationId?.message)}>
        <Select
          id="new-organization"
          aria-invalid={Boolean(errors.organizationId)}
          aria-describedby={describedBy('new-organization', Boolean(errors.organizationId))}
          {...register('organizationId')}
        >
          <option value="">{t('admin.chooseOrganization')}</option>
          {choices.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </Select>
      </Field>
      <p className="text-sm text-slate-600 md:col-span-2">{t('security.admin.createHint')}</p>
      <div className="md:col-span-2">
        <Button type="submit" disabled={isSubmitting || !hydrated}>
          {isSubmitting ? t('admin.creating') : t('admin.create')}
        </Button>
      </div>
    </form>
  );
}
