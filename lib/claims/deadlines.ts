// The notification deadlines of a claim, counted from the moment the incident was discovered:
// - the insurer's own notice period, as the snapshot in force at discovery states it (the claims
//   support of lib/scoring/claims.ts: 'insurer_notice');
// - GDPR Art. 33 (72 h to the supervisory authority) when personal data is affected; where the
//   snapshot names another data-protection regime for the insured's country (UK GDPR, the Swiss
//   FADP "as soon as possible", a local law), that one instead;
// - NIS2 Art. 23(4) for essential and important entities: early warning 24 h, incident notification
//   72 h, final report one month after the incident notification (counted from the latest moment
//   that notification may be made, so the date never moves when it is made earlier);
// - DORA's 24-hour initial notification when the snapshot says the insured is a financial entity.
// Deadlines of the snapshot that run from another reference point (classification, a previous
// report) have no fixed date and stay on the playbook. Ids are the scoring model's deadline ids, so
// their labels come from the same catalog as the results page.
import type { TDeadline } from '../scoring/types';
import { addCalendarMonths, addHours } from './time';

export const NIS2_ENTITY_CLASSES = ['essential', 'important', 'none'] as const;
export type TNis2EntityClass = (typeof NIS2_ENTITY_CLASSES)[number];

/** Why a deadline applies: the insurer's policy, personal data, the NIS2 class, the financial sector. */
export const CLAIM_DEADLINE_BASES = ['insurer', 'personal_data', 'nis2', 'dora'] as const;

export type TClaimDeadline = {
  /** A scoring deadline id, e.g. 'gdpr_art33_72h'. */
  id: string;
  /** Null: "without undue delay", no fixed time. */
  dueAt: Date | null;
  basis: (typeof CLAIM_DEADLINE_BASES)[number];
};

export type TBuildClaimDeadlinesInput = {
  discoveredAt: Date;
  personalDataAffected: boolean;
  nis2Entity: TNis2EntityClass;
  /** The deadlines of the snapshot in force at discovery (result.claims.playbook.deadlines). */
  snapshotDeadlines: readonly TDeadline[];
};

const DATA_PROTECTION_IDS = ['gdpr_art33_72h', 'uk_gdpr_art33_72h', 'swiss_fadp_art24_asap', 'local_breach_law'];
const GDPR_ART33_HOURS = 72;
const NIS2_EARLY_WARNING_HOURS = 24;
const NIS2_NOTIFICATION_HOURS = 72;
const NIS2_FINAL_REPORT_MONTHS = 1;
/** The planning default of lib/scoring/claims.ts when a snapshot has no insurer notice (none today). */
const INSURER_NOTICE_FALLBACK_HOURS = 72;

export function buildClaimDeadlines(input: TBuildClaimDeadlinesInput): TClaimDeadline[] {
  const { discoveredAt, snapshotDeadlines } = input;
  const fromDiscovery = (hours: number | null) => (hours === null ? null : addHours(discoveredAt, hours));
  const byId = (id: string) => snapshotDeadlines.find((deadline) => deadline.id === id);
  const deadlines: TClaimDeadline[] = [
    { id: 'insurer_notice', dueAt: fromDiscovery(byId('insurer_notice')?.hours ?? INSURER_NOTICE_FALLBACK_HOURS), basis: 'insurer' },
  ];
  if (input.personalDataAffected) {
    const regimes = snapshotDeadlines.filter((deadline) => DATA_PROTECTION_IDS.includes(deadline.id));
    if (regimes.length === 0) deadlines.push({ id: 'gdpr_art33_72h', dueAt: fromDiscovery(GDPR_ART33_HOURS), basis: 'personal_data' });
    for (const regime of regimes) deadlines.push({ id: regime.id, dueAt: fromDiscovery(regime.hours), basis: 'personal_data' });
    if (byId('notify_data_subjects_without_undue_delay')) deadlines.push({ id: 'notify_data_subjects_without_undue_delay', dueAt: null, basis: 'personal_data' });
  }
  if (input.nis2Entity !== 'none') {
    const notification = addHours(discoveredAt, byId('nis2_notification_72h')?.hours ?? NIS2_NOTIFICATION_HOURS);
    deadlines.push(
      { id: 'nis2_early_warning_24h', dueAt: addHours(discoveredAt, byId('nis2_early_warning_24h')?.hours ?? NIS2_EARLY_WARNING_HOURS), basis: 'nis2' },
      { id: 'nis2_notification_72h', dueAt: notification, basis: 'nis2' },
      { id: 'nis2_final_report_1_month', dueAt: addCalendarMonths(notification, NIS2_FINAL_REPORT_MONTHS), basis: 'nis2' },
    );
  }
  const dora = byId('dora_initial_24h');
  if (dora) deadlines.push({ id: dora.id, dueAt: fromDiscovery(dora.hours), basis: 'dora' });
  // Soonest first; the open-ended ones last.
  return deadlines.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
}
