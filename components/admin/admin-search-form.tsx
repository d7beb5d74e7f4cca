/** An admin list's search box: a GET form sending `q`, named by `label` for screen readers. */
export function AdminSearchForm(props: { label: string; defaultValue?: string; placeholder: string; maxLength?: number; className?: string }) {
  return (
    <form role="search" className={`flex gap-2 ${props.className ?? ''}`}>
      <input
        name="q"
        type="search"
        defaultValue={props.defaultValue}
        placeholder={props.placeholder}
        aria-label={props.label}
        maxLength={props.maxLength}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base md:text-sm"
      />
      <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">Cari</button>
    </form>
  );
}
