// The route wrapper's logic with the actor loader as an argument, so integration tests run it with
// a real actor from the database and no cookie; routes use defineRoute (define-route.ts).
import { z } from 'zod';
import { unstable_rethrow } from 'next/navigation';
import type { Actor } from '@/lib/authz/actor';
import { INDONESIAN_ISSUES } from '@/lib/domain/input/zod-locale';
import { formDataToObject } from './form-data';
import { errorToAnswer, FOREIGN_ORIGIN_MESSAGE, INVALID_BODY_MESSAGE, INVALID_REQUEST_MESSAGE, NOT_FOUND_MESSAGE, RequestError, SIGN_IN_REQUIRED_MESSAGE } from './error-status';
import { isForeignOrigin, isStateChanging } from './same-origin';
import { markLastWrite } from './last-write';
import { isPageNavigation, REFUSED_PAGE_PATH } from './page-navigation';

export { INVALID_BODY_MESSAGE };

/** How a route answers a refusal: JSON `{ ok: false, message, fieldErrors? }` for the app's own
 * fetch calls, plain text for a file a person opened in a tab or frame. */
type ErrorFormat = 'json' | 'text';

export interface RouteSpec<P, Q, B, Public extends boolean> {
  /** Anyone may call it; the actor is not loaded (null). Otherwise no session answers 401. */
  public?: Public;
  /** Path parameters; a refusal is a 404 (an id that is not an id names nothing). */
  params?: P;
  /** Query string, first value of each key; a refusal is a 400 with the schema's message. */
  query?: Q;
  /** Body: JSON, or a form (multipart/urlencoded) as a plain object; a refusal is a 400. */
  body?: { type: 'json' | 'form'; schema: B };
  errors?: ErrorFormat;
}

export interface RouteContext<P, Q, B, A> {
  request: Request;
  actor: A;
  params: P;
  query: Q;
  body: B;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

// What no route's answer is meant to do: be rendered as a page with scripts, be framed by another
// site, or be kept by a shared cache or the browser when it belongs to one signed-in person. A route
// that sets its own CSP (fileResponse frames a scan for its letter page) keeps it; a script (the
// pdf.js worker) would run under a CSP it carried, so it is left to its own.
const ROUTE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
const PRIVATE_CACHE = 'private, no-store';

/** The answer with the edge's headers on it; `personal` when it was made for the signed-in actor. */
export function withRouteHeaders(response: Response, personal: boolean): Response {
  const answer = new Response(response.body, response);
  if (!answer.headers.has('Content-Security-Policy') && !/javascript/.test(answer.headers.get('Content-Type') ?? '')) {
    answer.headers.set('Content-Security-Policy', ROUTE_CSP);
  }
  if (personal || !answer.headers.has('Cache-Control')) answer.headers.set('Cache-Control', PRIVATE_CACHE);
  return answer;
}

export function errorResponse(format: ErrorFormat, status: number, message: string, fieldErrors?: Record<string, string[] | undefined>, retryAfterSeconds?: number): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...(retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {}) };
  if (format === 'text') return new Response(message, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  return Response.json({ ok: false, message, ...(fieldErrors ? { fieldErrors } : {}) }, { status, headers });
}

function firstMessage(error: z.ZodError, fallback: string): { message: string; fieldErrors: Record<string, string[] | undefined> } {
  return { message: error.issues[0]?.message ?? fallback, fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[] | undefined> };
}

/** Repeated keys count once (the first value), as a form would send them. */
function firstValues(search: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...new Set(search.keys())].map((key) => [key, search.get(key)!]));
}

async function readBody(request: Request, type: 'json' | 'form'): Promise<unknown> {
  try {
    return type === 'json' ? await request.json() : formDataToObject(await request.formData());
  } catch {
    throw new RequestError(400, INVALID_BODY_MESSAGE);
  }
}

function parseOr<S extends z.ZodType>(schema: S, value: unknown, status: 400 | 404, fallback: string): z.infer<S> {
  const parsed = schema.safeParse(value, INDONESIAN_ISSUES);
  if (parsed.success) return parsed.data;
  const { message, fieldErrors } = firstMessage(parsed.error, fallback);
  throw status === 404 ? new RequestError(404, fallback) : new RequestError(400, message, fieldErrors);
}

/** defineRoute's logic (see define-route.ts), with the actor loader as an argument. */
export function routeHandler<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  Public extends boolean = false,
>(
  spec: RouteSpec<P, Q, B, Public>,
  handler: (ctx: RouteContext<Infer<P>, Infer<Q>, Infer<B>, Public extends true ? null : Actor>) => Promise<Response>,
  loadActor: () => Promise<Actor | null>,
) {
  const format: ErrorFormat = spec.errors ?? 'json';
  return async function route(request: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> {
    try {
      if (isStateChanging(request.method) && isForeignOrigin(request)) throw new RequestError(403, FOREIGN_ORIGIN_MESSAGE);
      const actor = spec.public ? null : await loadActor();
      if (!actor && !spec.public) throw new RequestError(401, SIGN_IN_REQUIRED_MESSAGE);
      const params = spec.params ? parseOr(spec.params, await context.params, 404, NOT_FOUND_MESSAGE) : undefined;
      const query = spec.query ? parseOr(spec.query, firstValues(new URL(request.url).searchParams), 400, INVALID_REQUEST_MESSAGE) : undefined;
      const body = spec.body ? parseOr(spec.body.schema as z.ZodType, await readBody(request, spec.body.type), 400, INVALID_REQUEST_MESSAGE) : undefined;
      let response: Response;
      try {
        response = await handler({ request, actor: actor as never, params: params as Infer<P>, query: query as Infer<Q>, body: body as Infer<B> });
      } finally {
        if (isStateChanging(request.method)) await markLastWrite();
      }
      return withRouteHeaders(response, actor !== null);
    } catch (error) {
      unstable_rethrow(error);
      const answer = errorToAnswer(error);
      if (answer.unexpected) console.error('[route]', new URL(request.url).pathname, error instanceof Error ? error.name : 'error');
      // A signed-in person who opened a file in a tab sees the app's "Akses ditolak" page, the same
      // for a file that does not exist and one they may not open (it names neither).
      if (format === 'text' && !spec.public && (answer.status === 403 || answer.status === 404) && isPageNavigation(request)) {
        return withRouteHeaders(new Response(null, { status: 303, headers: { Location: REFUSED_PAGE_PATH } }), true);
      }
      return withRouteHeaders(errorResponse(format, answer.status, answer.message, answer.fieldErrors, answer.retryAfterSeconds), true);
    }
  };
}
