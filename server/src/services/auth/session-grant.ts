import type { User } from '@kopir/shared';
import type { IssuedRefreshToken } from './refresh-tokens.ts';

/** What a successful sign-in, registration or refresh yields: the user and a new refresh token. */
export interface SessionGrant {
  user: User;
  refresh: IssuedRefreshToken;
}
