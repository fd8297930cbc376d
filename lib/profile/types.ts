/** What the profile page shows about the user's own account security. */
export type TAccountSecurity = { hasSecondFactor: boolean; isSecondFactorRequired: boolean; unusedRecoveryCodes: number };
