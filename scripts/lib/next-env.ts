// The environment every `next` child process runs with. Next.js sends anonymous usage data to
// Vercel unless told not to; a government network may forbid any call out, and `npm run demo` or
// `npm start` must work (and stay quiet) without one. Set NEXT_TELEMETRY_DISABLED=0 to opt in.
export function nextEnvironment(base: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...base, NEXT_TELEMETRY_DISABLED: base.NEXT_TELEMETRY_DISABLED ?? '1', ...extra };
}
