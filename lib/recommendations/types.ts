// What components receive about recommendation progress.

export type TRecommendationProgress = { state: 'PLANNED' | 'DONE'; note: string | null; updatedAt: Date; updatedByName: string | null };
