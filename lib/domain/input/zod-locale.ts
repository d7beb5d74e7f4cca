// Zod's own messages, for what a schema does not word itself (a missing key, an array where an
// object belongs), in Indonesian. Every edge wrapper parses with this, so no English default
// ("Invalid input: expected object, received array") ever reaches a person.
import { z } from 'zod';

export const INDONESIAN_ISSUES = { error: z.locales.id().localeError };
