import { createHash, randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';

/** A long-lived device token: 32 random bytes, URL-safe. */
export const newDeviceToken = (): string => randomBytes(32).toString('base64url');

/** Device tokens are random and long, so a fast hash is enough to keep them out of the database. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

// No 0/O, 1/I/L: the code is read off one screen and typed on another.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A short pairing code such as "K7MQ-2QXD" (shown with a dash, entered with or without). */
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const formatPairingCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A new admin secret, easy to copy: 24 characters. */
export const newAdminSecret = (): string => randomBytes(18).toString('base64url');

/** scrypt, because a configured admin secret may be a password a person chose. */
export function hashSecret(secret: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${scryptSync(secret, salt, 32).toString('hex')}`;
}

export function verifySecret(secret: string, stored: string): boolean {
  const [scheme, saltHex, hashHex] = stored.split('$');
  if (scheme !== 'scrypt' || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = scryptSync(secret, Buffer.from(saltHex, 'hex'), expected.length);
  return timingSafeEqual(actual, expected);
}
