import 'server-only';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { messageForStatus } from '@/lib/actions/error-status';
import { errorResponse } from '@/lib/actions/route-handler';
import { hasForbiddenCharacters } from '@/lib/domain/input/fields';
import { handlers } from './auth';
import { CALLBACK_URL_COOKIE } from './cookie-names';

// Auth.js' own endpoints (/api/auth/*). The app signs in and out through server actions, but the
// endpoints stay reachable, so they stand behind the same edge as every route: a foreign origin is
// 403 before Auth.js runs; a callback address Auth.js cannot parse (it answers those with a 500
// "server configuration" error) is a 400; its English refusals ("Bad request.", null) are Indonesian.

/** What Auth.js accepts as a callback: a path on this app or an http(s) address, without controls. */
export function isCallbackAddress(value: string): boolean {
  if (hasForbiddenCharacters(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\');
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

const spec = {
  public: true as const,
  query: z.object({ callbackUrl: z.string().refine(isCallbackAddress, 'Alamat kembali tidak dikenali.').optional() }),
};

async function answer(request: Request, handler: (request: NextRequest) => Promise<Response>): Promise<Response> {
  const cookie = (request as NextRequest).cookies.getAll().find((c) => CALLBACK_URL_COOKIE.test(c.name));
  if (cookie && !isCallbackAddress(cookie.value)) return errorResponse('json', 400, messageForStatus(400));
  const response = await handler(request as NextRequest);
  if (response.status < 400) return response;
  return errorResponse('json', response.status, messageForStatus(response.status));
}

export const GET = defineRoute(spec, ({ request }) => answer(request, handlers.GET));
export const POST = defineRoute(spec, ({ request }) => answer(request, handlers.POST));
