// Request schemas that only the API has (the features' own input schemas live beside them).
import { z } from 'zod';
import { LOCALES } from '../i18n/config';

const ZLang = z.enum(LOCALES, 'validation.invalid').optional();

/** GET /api/v1/questionnaires/{version}?lang=en|de */
export const ZQuestionnaireQuery = z.object({ lang: ZLang });

/** GET /api/v1/assessments/{assessmentId}/report.pdf?lang=en|de (without it: the reader's language) */
export const ZReportQuery = z.object({ lang: ZLang });
