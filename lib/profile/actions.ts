import { z } from 'zod';
import { defineAction } from '../auth/action';
import { getDb } from '../db/client';
import { LOCALES } from '../i18n/config';

export const updateLocale = defineAction({
  id: 'profile.updateLocale',
  permission: 'profile.updateLocale',
  input: z.object({ locale: z.enum(LOCALES) }),
  handler: async ({ user, input }) => {
    await getDb().user.update({ where: { id: user.id }, data: { locale: input.locale } });
    return { locale: input.locale };
  },
});
