'use client';

import type { FormState } from '@/lib/actions/form-state';
import { useFormAction } from '@/components/ui/use-form-action';

export interface SwitcherPost {
  jabatanId: string;
  label: string;
}

/** Lets a person who holds more than one post today (own + Plt./Plh.) choose which one to act as. */
export function PostSwitcher({
  posts,
  activeJabatanId,
  action,
}: {
  posts: SwitcherPost[];
  activeJabatanId: string | null;
  action: (prev: FormState, data: FormData) => Promise<FormState>;
}) {
  const { state, pending, form } = useFormAction(action);
  return (
    <form {...form} className="flex items-center gap-2">
      <label htmlFor="jabatanId" className="sr-only">
        Bertindak sebagai
      </label>
      <select
        id="jabatanId"
        name="jabatanId"
        defaultValue={activeJabatanId ?? undefined}
        disabled={pending}
        onChange={() => form.ref.current?.requestSubmit()}
        className="max-w-full truncate rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-2 text-sm"
      >
        {posts.map((p) => (
          <option key={p.jabatanId} value={p.jabatanId}>
            {p.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-md border px-2 py-1 text-sm">
          Ganti
        </button>
      </noscript>
      {state.message && !state.ok && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
