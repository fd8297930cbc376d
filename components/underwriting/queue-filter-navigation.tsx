'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Enhances the queue's GET filter form once JavaScript runs: a changed choice applies at once, and
 * applying navigates in the app (no full reload) to the same URL the plain form would load, with
 * empty fields left out. Without JavaScript the form submits as it is.
 */
export function QueueFilterNavigation({ formId }: { formId: string }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const navigate = () => {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim() !== '') params.set(name, value.trim());
      const search = params.toString();
      const path = new URL(form.action).pathname;
      router.push(search ? `${path}?${search}` : path);
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      navigate();
    };
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLSelectElement) navigate();
    };
    form.addEventListener('submit', onSubmit);
    form.addEventListener('change', onChange);
    return () => {
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('change', onChange);
    };
  }, [formId, router]);
  return null;
}
