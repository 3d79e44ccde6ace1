const THIN_SPACE = '\u2009';

export interface NumberFormat {
  /** Pad the number to three digits, as printed tickets do ("A 007"). Screens do not pad. */
  readonly pad?: boolean;
  /** Separator between letter and number; a thin space by default, a plain space for speech and print. */
  readonly separator?: string;
}

/** How a ticket number reads: letter, thin space, number ("A 17"). */
export function formatTicketNumber(
  ticket: { readonly letter: string; readonly number: number },
  format: NumberFormat = {},
): string {
  const digits = format.pad ? String(ticket.number).padStart(3, '0') : String(ticket.number);
  return `${ticket.letter}${format.separator ?? THIN_SPACE}${digits}`;
}
