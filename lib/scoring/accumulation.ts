// Accumulation tags: the providers an insured depends on, for single-point-of-failure studies
// (Lloyd's "Cloud Down", Guy Carpenter/CyberCube's email-provider scenario).
import type { AnswerView } from './answers';

export const ACCUMULATION_TAGS: ReadonlyArray<{ questionId: string; optionId: string; tag: string }> = [
  { questionId: 'dep_idps', optionId: 'entra_id', tag: 'microsoft_entra_id' },
  { questionId: 'dep_idps', optionId: 'okta', tag: 'okta' },
  { questionId: 'dep_idps', optionId: 'google_workspace', tag: 'google_workspace' },
  { questionId: 'dep_idps', optionId: 'ping_identity', tag: 'ping_identity' },
  { questionId: 'dep_mail_platform', optionId: 'exchange_online', tag: 'microsoft_exchange_online' },
  { questionId: 'dep_mail_platform', optionId: 'exchange_hybrid', tag: 'microsoft_exchange_online' },
  { questionId: 'dep_mail_platform', optionId: 'google_workspace', tag: 'google_workspace' },
];

export function listAccumulationTags(answers: AnswerView): string[] {
  const tags = new Set<string>();
  for (const { questionId, optionId, tag } of ACCUMULATION_TAGS) if (answers.selects(questionId, optionId)) tags.add(tag);
  return [...tags].sort();
}
