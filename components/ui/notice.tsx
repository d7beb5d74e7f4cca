/** A line above a list saying what the page did with the request (a filter it ignored). */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" data-testid="notice" className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {children}
    </p>
  );
}
