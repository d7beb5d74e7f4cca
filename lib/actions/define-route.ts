import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/authz/actor';
import { routeHandler, type RouteContext, type RouteSpec } from './route-handler';

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/**
 * The one wrapper every route handler goes through (beside defineAction for server actions): it
 * refuses a state-changing request from another site (403), loads the signed-in actor (401
 * without one, unless the route is public), validates params (404), query and body (400) with
 * zod, runs the handler, and turns whatever it throws into a status and an Indonesian message
 * through one table (error-status.ts). Nothing unvalidated reaches a service; no error escapes as
 * a bare 500. See route-handler.ts for the spec.
 */
export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  Public extends boolean = false,
>(
  spec: RouteSpec<P, Q, B, Public>,
  handler: (ctx: RouteContext<Infer<P>, Infer<Q>, Infer<B>, Public extends true ? null : Actor>) => Promise<Response>,
) {
  // Loaded on first use: a public route (PKI, verifikasi, the pdf.js worker) never touches Auth.js.
  return routeHandler(spec, handler, async () => (await import('./current-actor')).findCurrentActor());
}
