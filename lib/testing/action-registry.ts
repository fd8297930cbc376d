// Every server action of the app: a test fixture (lib/auth depends on no feature; this list does).
// lib/testing/registry.test.ts fails when an exported action is not listed;
// lib/testing/action-registry.int.test.ts runs each one for every role against the database.
import { createApiToken, revokeApiToken } from '../api-tokens/actions';
import { createAssessment, shareAssessment, submitAssessment, upgradeAssessment } from '../assessments/actions';
import { addClaimNote, reportClaim, tickClaimItem, transitionClaim } from '../claims/actions';
import { createClientCompany, updateClientCompany } from '../clients/actions';
import {
  bindSubmission,
  createPlacement,
  declineSubmission,
  fulfilSubjectivity,
  markNotificationsRead,
  overrideSubmission,
  quoteSubmission,
  requestInformation,
  respondToSubmission,
  reviewSubjectivity,
  reviseAnswers,
  startReview,
  withdrawSubmission,
} from '../placement/actions';
import { chooseLocale } from '../profile/actions';
import { trackRecommendation } from '../recommendations/actions';
import {
  changePassword,
  confirmSecondFactorEnrolment,
  reauthenticate,
  regenerateRecoveryCodes,
  removeOwnSecondFactor,
  startSecondFactorEnrolment,
} from '../profile/security-actions';
import { createUser, deactivateUser, endSessionsOfUser, reactivateUser, resetAccess, unblockUser } from '../users/actions';
import { setPasswordWithLink } from '../users/set-password';

/** Server actions that run through executeAction(), keyed by the exported action's name. */
export const ACTIONS = {
  createUserAction: createUser,
  resetAccessAction: resetAccess,
  deactivateUserAction: deactivateUser,
  reactivateUserAction: reactivateUser,
  endSessionsAction: endSessionsOfUser,
  unblockUserAction: unblockUser,
  changePasswordAction: changePassword,
  startSecondFactorAction: startSecondFactorEnrolment,
  confirmSecondFactorAction: confirmSecondFactorEnrolment,
  regenerateRecoveryCodesAction: regenerateRecoveryCodes,
  removeSecondFactorAction: removeOwnSecondFactor,
  reauthenticateAction: reauthenticate,
  createClientCompanyAction: createClientCompany,
  updateClientCompanyAction: updateClientCompany,
  createAssessmentAction: createAssessment,
  shareAssessmentAction: shareAssessment,
  submitAssessmentAction: submitAssessment,
  upgradeAssessmentAction: upgradeAssessment,
  createApiTokenAction: createApiToken,
  revokeApiTokenAction: revokeApiToken,
  createPlacementAction: createPlacement,
  bindSubmissionAction: bindSubmission,
  respondToSubmissionAction: respondToSubmission,
  reviseAnswersAction: reviseAnswers,
  withdrawSubmissionAction: withdrawSubmission,
  fulfilSubjectivityAction: fulfilSubjectivity,
  startReviewAction: startReview,
  overrideSubmissionAction: overrideSubmission,
  requestInformationAction: requestInformation,
  quoteSubmissionAction: quoteSubmission,
  declineSubmissionAction: declineSubmission,
  reviewSubjectivityAction: reviewSubjectivity,
  markNotificationsReadAction: markNotificationsRead,
  reportClaimAction: reportClaim,
  transitionClaimAction: transitionClaim,
  tickClaimItemAction: tickClaimItem,
  addClaimNoteAction: addClaimNote,
  trackRecommendationAction: trackRecommendation,
} as const;

/** Server actions that are deliberately callable without a session, with the reason. */
export const PUBLIC_ACTIONS = {
  setLocaleAction: { reason: 'The language can be switched on the login page; a signed-in user also stores it via profile.updateLocale.', uses: chooseLocale },
  setPasswordAction: { reason: 'The holder of a one-time set-password link is not signed in; the link itself is the authorization.', uses: setPasswordWithLink },
} as const;
