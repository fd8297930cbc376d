/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation needs interfaces */
import 'next-auth';

declare module 'next-auth' {
  /** What /api/auth/session reports: only whether this browser holds a (half-way) sign-in. */
  interface Session {
    user: { id: string; stage: 'full' | 'second_factor' | 'enrol' | null };
  }
}
