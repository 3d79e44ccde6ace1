import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// Phones on the internet reach the hub through the office's reverse proxy, so every follow page comes
// from the proxy's address. The limit of follow connections per address must count phones, not the
// proxy — and only the office's own proxy may say who a phone is.

const FOLLOW_PER_MINUTE = 60;
let office: TestHub | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office?.stop();
  office = undefined;
});

async function followToken(hub: TestHub): Promise<string> {
  const kiosk = await connect(hub.url, { demo: 'kiosk' });
  sockets.push(kiosk);
  const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
  if (!drawn.ok) throw new Error(drawn.error.code);
  return drawn.value.followToken;
}

/** Opens a follow page as if forwarded for `client`; the refusal's code when it is refused. */
async function phone(hub: TestHub, token: string, client: string): Promise<string> {
  try {
    sockets.push(await connect(hub.url, { follow: token }, { 'x-forwarded-for': client }));
    return 'connected';
  } catch (error) {
    return String((error as { code?: string }).code);
  }
}

const hubWith = (security: object) =>
  startTestHub({
    config: { security: { adminSecret: ADMIN_SECRET, followPerMinute: FOLLOW_PER_MINUTE, ...security } },
  });

describe('follow pages behind the office reverse proxy', () => {
  it('counts 200 phones from one proxy address as 200 phones, and each phone on its own', async () => {
    office = await hubWith({ trustedProxies: ['loopback'] });
    const token = await followToken(office);
    const results: string[] = [];
    for (let i = 1; i <= 200; i++) results.push(await phone(office, token, `203.0.113.${i}`));
    expect(results.filter((r) => r === 'connected')).toHaveLength(200);

    // One phone reloading over and over is still limited: the limit is keyed on its own address.
    const one: string[] = [];
    for (let i = 0; i <= FOLLOW_PER_MINUTE; i++) one.push(await phone(office, token, '198.51.100.7'));
    expect(one.slice(0, FOLLOW_PER_MINUTE).every((r) => r === 'connected')).toBe(true);
    expect(one.at(-1)).toBe('rate-limited');
  });

  it('believes X-Forwarded-For only from a configured proxy: a client cannot pose as many', async () => {
    office = await hubWith({ trustedProxies: ['10.0.0.1'] });
    const token = await followToken(office);
    const results: string[] = [];
    for (let i = 1; i <= FOLLOW_PER_MINUTE + 1; i++)
      results.push(await phone(office, token, `203.0.113.${i}`));
    expect(results.slice(0, FOLLOW_PER_MINUTE).every((r) => r === 'connected')).toBe(true);
    expect(results.at(-1)).toBe('rate-limited');
  });

  it('refuses a trusted proxy entry that is not an address or range', async () => {
    await expect(hubWith({ trustedProxies: ['proxy.example'] })).rejects.toThrow(/IP address or CIDR/);
  });
});
