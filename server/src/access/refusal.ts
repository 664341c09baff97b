import { AppError } from '../errors.ts';
import type { AccountStage, UserActor } from './actor.ts';
import type { AccessRule } from './rules.ts';

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in to do this (the access token is missing, expired or invalid)');

/** What an account that is not complete yet must do before the route answers. */
const stageRefusals: Record<Exclude<AccountStage, 'complete'>, () => AppError> = {
  verify_email: () => new AppError('EMAIL_NOT_VERIFIED', 'Confirm your email address first: follow the link we sent you'),
  second_factor: () => new AppError('SECOND_FACTOR_REQUIRED', 'Enter the code from your authenticator app to finish signing in'),
  second_factor_setup: () =>
    new AppError('SECOND_FACTOR_SETUP_REQUIRED', 'Accounts of your role sign in with a second factor: set up an authenticator app first'),
};

/**
 * Why `rule` turns `person` away (no one signed in, the role, then the account's stage), or null
 * when it lets them through. The auth hook throws it; the abilities sent to the web ask the same.
 */
export function refusalOf(rule: AccessRule, person: UserActor | null): AppError | null {
  if (rule.kind === 'public') return null;
  if (!person) return unauthenticated();
  if (!rule.roles.includes(person.role)) return new AppError('FORBIDDEN_ROLE', `Your role (${person.role}) may not do this`);
  if (person.stage !== 'complete' && !rule.beforeComplete) return stageRefusals[person.stage]();
  return null;
}
