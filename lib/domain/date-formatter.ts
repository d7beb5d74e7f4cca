// Making an Intl.DateTimeFormat costs as much as a few dozen uses of one (0.2-0.8 ms here), and
// calendar days in a zone are read on every request (the actor's posts on today's date): each
// locale, zone and shape is made once per process and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter;
}
