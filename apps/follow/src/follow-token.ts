/**
 * The ticket's token from the page address `/t/<token>`; null when the address cannot hold one (the
 * hub's tokens are 16–128 letters, digits, "-" and "_"), so the page need not ask the hub at all.
 */
export function tokenFromPath(pathname: string): string | null {
  const match = /^\/t\/([A-Za-z0-9_-]{16,128})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}
