import type { FormState } from '@/lib/actions/form-state';

/** The outcome line of a form: green when saved, red when refused, amber for the form's own notice. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p role="status" className={`rounded-md px-3 py-2 text-sm ${state.info ? 'bg-amber-50 text-amber-900' : state.ok ? 'bg-emerald-50 text-emerald-800' : 'bg-red-50 text-red-800'}`}>
      {state.message}
    </p>
  );
}
