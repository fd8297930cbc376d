export const LOSS_MODEL_ERROR_CODE = 'INVALID_LOSS_MODEL_INPUT';

/** Thrown by simulateAnnualLoss for unusable input; `problems` lists every issue found, not just the first. */
export class LossModelError extends Error {
  readonly code = LOSS_MODEL_ERROR_CODE;
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid loss model input: ${problems.join('; ')}`);
    this.name = 'LossModelError';
    this.problems = [...problems];
  }
}
