import { Section } from '@/components/ui/section';

/** One section of the konsep editor, its fields spaced evenly. */
export function EditorCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Section title={title}>
      <div className="space-y-3">{children}</div>
    </Section>
  );
}

export const editorSelectClass = 'w-full rounded-md border border-slate-300 px-2 py-2 text-sm';
