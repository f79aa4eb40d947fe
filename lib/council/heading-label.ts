/**
 * A plan heading as the document prints it: the kind's name, the number as printed, and the title,
 * e.g. "Outcome 4: Young carers are supported", "Priority 1) A stable workforce", "Theme: Early help".
 */
export function headingLabel(heading: { kindName: string; number?: string | null; title: string }): string {
  const number = heading.number?.trim();
  if (!number) return `${heading.kindName}: ${heading.title}`;
  // A printed label that already names the kind ("Outcome 1") is not repeated.
  const prefix = number.toLowerCase().startsWith(heading.kindName.toLowerCase()) ? number : `${heading.kindName} ${number}`;
  // A number printed with its own punctuation ("1)", "2.", "a:") needs no colon after it.
  return /[).:]$/.test(prefix) ? `${prefix} ${heading.title}` : `${prefix}: ${heading.title}`;
}
