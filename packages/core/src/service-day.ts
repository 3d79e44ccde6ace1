// Intl is part of the language, not I/O: the domain may use it to know the office's calendar day.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The office's calendar day (YYYY-MM-DD) at an instant: numbering restarts when it changes. */
export function serviceDay(epochMs: number, timeZone: string): string {
  return formatterFor(timeZone).format(epochMs);
}

/** True when the time zone name is one this runtime knows (e.g. "Europe/Berlin"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
