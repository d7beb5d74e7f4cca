export function SignOutButton({ action, className }: { action: () => Promise<void>; className?: string }) {
  return (
    <form action={action}>
      <button type="submit" className={className}>
        Keluar
      </button>
    </form>
  );
}
