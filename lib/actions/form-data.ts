/** FormData to a plain object; repeated keys (checkboxes, multi-selects) become arrays. Next's
 * own $ACTION fields are left out. A hand-made action call can pass anything where the form goes
 * (a number, nothing): that is an empty form, which the action's schema refuses in Indonesian. */
export function formDataToObject(formData: unknown): Record<string, unknown> {
  if (!(formData instanceof FormData)) return {};
  // fromEntries defines each key as the object's own: a field named "__proto__" stays a field,
  // where `out[key] = ...` would swap the object's prototype for what the sender posted.
  return Object.fromEntries(
    [...new Set(formData.keys())]
      .filter((key) => !key.startsWith('$ACTION'))
      .map((key) => {
        const values = formData.getAll(key);
        return [key, values.length > 1 ? values : values[0]];
      }),
  );
}

