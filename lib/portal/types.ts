// What the client portal's components receive (no query types).

/** The terms of the bound quote. */
export type TBoundCover = {
  insurerName: string;
  limitEur: number | null;
  retentionEur: number | null;
  premiumEur: number | null;
  coverStartDate: Date;
  boundAt: Date | null;
};
