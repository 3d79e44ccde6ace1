import { isKnownTimeZone } from '@aufruf/core';
import { checkErrandsAndPlaces, httpUrlSchema, officeSettingsFields } from '@aufruf/protocol';
import { printerSelectionSchema } from '@aufruf/printer';
import { isIP } from 'node:net';
import { z } from 'zod';

/** What proxy-addr accepts: an address, a CIDR range, or one of its names for the private ranges. */
function isAddressOrRange(text: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(text)) return true;
  const [address = '', prefix, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * The office's configuration file. Every field has a default, so an empty file is a valid office. The
 * parts the admin page edits later are the settings' own schemas (officeSettingsFields in protocol).
 */
export const configSchema = z
  .strictObject({
    office: z.strictObject({
      name: officeSettingsFields.name,
      timeZone: z
        .string()
        .refine(isKnownTimeZone, { message: 'unknown time zone (use an IANA name such as "Europe/Berlin")' }),
    }),
    errands: officeSettingsFields.errands,
    places: officeSettingsFields.places,
    /** How "Nächste Nummer" picks tickets; the built-in rules when left out. */
    rules: officeSettingsFields.rules.optional(),
    /** When the kiosk hands out numbers, per weekday; any time when left out. */
    hours: officeSettingsFields.hours.optional(),
    /** Minutes after closing time clerks still serve: numbers projected later fall under each errand's cut-off. */
    closingGraceMinutes: officeSettingsFields.closingGraceMinutes,
    /** The Land whose public holidays close the office ("DE-BY"); none when left out. */
    holidayRegion: officeSettingsFields.holidayRegion,
    /** The office's own closures and special hours: `{ date, hours: null | { from, until }, name }`. */
    exceptions: officeSettingsFields.exceptions,
    /** Advice line for tickets and kiosk, ticker for the displays. */
    texts: officeSettingsFields.texts.optional(),
    server: z.strictObject({
      host: z.string().min(1),
      port: z.number().int().min(0).max(65535),
      dataDir: z.string().min(1),
      /** The address phones use to reach the hub, e.g. behind a reverse proxy; the LAN address when left out. */
      publicUrl: httpUrlSchema.optional(),
      /**
       * The hub's own printer, used by kiosks in a plain browser: 'preview' writes each ticket as
       * .bin and .html into <dataDir>/print-preview; 'none' turns printing at the hub off.
       */
      printer: z.union([z.literal('none'), z.literal('preview'), printerSelectionSchema]).default('preview'),
    }),
    follow: z
      .strictObject({
        /** The follow page says "Bitte kommen Sie jetzt zurück" with this many people ahead or fewer … */
        returnWhenAhead: z.number().int().min(0).max(50).default(3),
        /** … or when the estimated wait is this many minutes or less. */
        returnWhenMinutes: z.number().int().min(0).max(120).default(10),
      })
      .default({ returnWhenAhead: 3, returnWhenMinutes: 10 }),
    backup: z
      .strictObject({
        /** Daily backups kept in <dataDir>/backups (and on the mirror); older ones are deleted. */
        keep: z.number().int().min(1).max(365).default(14),
        /**
         * A second target, e.g. a mounted NAS share or USB disk: each daily backup is also copied to
         * <mirror>/aufruf-backups and checked there. The directory itself must exist (the hub never makes
         * a mount point); while it is missing the hub logs an error and keeps the local backups.
         */
        mirror: z.string().min(1).optional(),
      })
      .default({ keep: 14 }),
    retention: z
      .strictObject({
        /**
         * Ticket details (times, follow tokens, the events and commands that name a ticket) are deleted
         * once more than this many days have passed since their day (DSGVO); daily statistics stay.
         */
        ticketDays: z.number().int().min(1).max(3650).default(90),
      })
      .default({ ticketDays: 90 }),
    security: z
      .strictObject({
        /** The admin secret; when left out the first start makes one and prints it once. */
        adminSecret: z.string().min(12, 'at least 12 characters').optional(),
        /**
         * The office's reverse proxies (addresses or CIDR ranges, e.g. 192.168.10.2 or 10.0.0.0/8): only
         * from them is X-Forwarded-For believed, so limits count each phone, not the proxy.
         */
        trustedProxies: z
          .array(z.string().refine(isAddressOrRange, 'an IP address or CIDR range'))
          .default([]),
        /** Follow-page connections one address may open per minute (each phone; see trustedProxies). */
        followPerMinute: z.number().int().min(1).max(1_000_000).default(60),
      })
      .default({ trustedProxies: [], followPerMinute: 60 }),
  })
  .superRefine(checkErrandsAndPlaces);

/** A validated configuration. */
export type OfficeConfig = z.infer<typeof configSchema>;
/** What a config file may contain before validation. */
export type ConfigInput = z.input<typeof configSchema>;
