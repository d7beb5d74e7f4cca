// Account lock-out after repeated wrong passwords: slows down guessing without locking a
// person out for the whole day. The count itself is kept by one atomic UPDATE in
// lib/services/auth/claim-sign-in-attempt.ts, so parallel guesses cannot slip past it.
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
