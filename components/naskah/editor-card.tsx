/** One titled section of the konsep editor. */
export function EditorCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="text-sm font-semibold tracking-wide text-slate-500 uppercase">{title}</h2>
      {children}
    </section>
  );
}

export const editorSelectClass = 'w-full rounded-md border border-slate-300 px-2 py-2 text-sm';
