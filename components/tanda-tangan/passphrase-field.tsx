/** The certificate passphrase: never remembered by the browser, never echoed. */
export function PassphraseField({ id, errors, autoFocus }: { id: string; errors?: string[]; autoFocus?: boolean }) {
  return (
    <label htmlFor={id} className="block text-sm">
      <span className="font-semibold text-slate-700">Passphrase sertifikat elektronik</span>
      <input
        id={id}
        name="passphrase"
        type="password"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        required
        autoFocus={autoFocus}
        aria-invalid={errors?.length ? true : undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2.5 text-base"
      />
    </label>
  );
}
