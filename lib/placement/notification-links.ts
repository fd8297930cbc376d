// Where a notification leads: a submission's page (the claims helper adds claims). Pure.
export function notificationHref(notification: { submissionId: string | null; claimId: string | null }): string | null {
  if (notification.submissionId) return `/submissions/${notification.submissionId}`;
  if (notification.claimId) return `/claims/${notification.claimId}`;
  return null;
}
