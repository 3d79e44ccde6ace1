import { defaultCallingRules } from '@aufruf/core';
import type { Ticket } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { followUrl } from './messages.ts';
import type { DrawReply, PublicOffice } from './messages.ts';
import { ticketPrintJob, ticketPrintSchema } from './ticket-print.ts';

const office: PublicOffice = {
  name: 'Bürgerbüro Musterstadt',
  publicUrl: 'http://192.168.1.10:8080/',
  timeZone: 'Europe/Berlin',
  errands: [
    {
      id: 'ausweis',
      letter: 'A',
      name: { de: 'Personalausweis / Reisepass', en: 'ID card / passport' },
    },
  ],
  places: [],
  rules: defaultCallingRules,
  hours: null,
  texts: {},
};

const ticket = {
  id: 't1',
  letter: 'A',
  number: 17,
  errandId: 'ausweis',
  drawnAt: Date.UTC(2025, 2, 3, 9, 41),
} as Ticket;
const reply: DrawReply = {
  ticket,
  ahead: 4,
  followToken: 'tok_123',
  estimate: { minMinutes: 15, maxMinutes: 25, expectedMinutes: 19 },
};

describe('the print job of a drawn number', () => {
  it('holds what the draw replied, and passes the kiosk main process’s check', () => {
    const job = ticketPrintSchema.parse(ticketPrintJob(reply, office));
    expect(job).toEqual({
      officeName: 'Bürgerbüro Musterstadt',
      number: { letter: 'A', number: 17 },
      errandName: 'Personalausweis / Reisepass',
      drawnAt: ticket.drawnAt,
      timeZone: 'Europe/Berlin',
      ahead: 4,
      estimate: { minMinutes: 15, maxMinutes: 25 },
      followUrl: 'http://192.168.1.10:8080/t/tok_123',
    });
    expect(job.followUrl).toBe(followUrl(office, reply.followToken));
    expect(ticketPrintJob({ ...reply, estimate: null }, office).estimate).toBeNull();
  });

  it('shortens names over the limits instead of losing the ticket', () => {
    const long: PublicOffice = { ...office, name: 'Bürgerbüro '.repeat(12) };
    const job = ticketPrintJob(reply, long);
    expect(ticketPrintSchema.safeParse(job).success).toBe(true);
    expect(job.officeName.endsWith('…')).toBe(true);
  });

  it('names the errand in the visitor’s language too, for printers whose code page can print it', () => {
    const job = ticketPrintSchema.parse(ticketPrintJob(reply, office, 'tr'));
    expect(job.errandName).toBe(office.errands[0]?.name.de);
    expect(job.localized?.language).toBe('tr');
    expect(ticketPrintJob(reply, office).localized).toBeUndefined();
  });
});
