'use server';

import { setPasswordWithLink } from '@/lib/users/set-password';

/** Public: the holder of a one-time link is not signed in (lib/users/set-password.ts). */
export async function setPasswordAction(input: unknown) {
  return setPasswordWithLink({ input });
}
