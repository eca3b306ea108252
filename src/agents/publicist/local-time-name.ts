/**
 * "Pacific Time" for America/Los_Angeles: a client knows their time by that name, not by its
 * zone id. Falls back to the id when the runtime cannot name it.
 */
export function localTimeName(timezone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date(Date.UTC(2024, 0, 15)))
      .find((item) => item.type === 'timeZoneName');
    return part?.value ?? timezone;
  } catch {
    return timezone;
  }
}
