// Request schemas that only the API has (the features' own input schemas live beside them).
import { z } from 'zod';
import { LOCALES } from '../i18n/config';

/** GET /api/v1/questionnaires/{version}?lang=en|de */
export const ZQuestionnaireQuery = z.object({ lang: z.enum(LOCALES, 'validation.invalid').optional() });
