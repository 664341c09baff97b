import type { User } from '@kopir/shared';
import type { IssuedRefreshToken } from './refresh-tokens.ts';

/** What a successful sign-in, verification or refresh yields: the user, the session and a new refresh token. */
export interface SessionGrant {
  user: User;
  sessionId: string;
  refresh: IssuedRefreshToken;
  /** Set after a password sign-in: the device cookie is derived from it (never sent anywhere). */
  passwordHash?: string | null;
}
