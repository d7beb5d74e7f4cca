'use client';

import { useActionState, useRef } from 'react';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';

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
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={formAction} className="flex items-center gap-2">
      <label htmlFor="jabatanId" className="sr-only">
        Bertindak sebagai
      </label>
      <select
        id="jabatanId"
        name="jabatanId"
        defaultValue={activeJabatanId ?? undefined}
        disabled={pending}
        onChange={() => formRef.current?.requestSubmit()}
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
