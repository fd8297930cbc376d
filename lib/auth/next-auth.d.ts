/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation needs interfaces */
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: string; organizationId: string; sessionVersion: number; name?: string | null; email?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: string;
    organizationId?: string;
    sessionVersion?: number;
  }
}
