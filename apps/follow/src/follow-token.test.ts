import { describe, expect, it } from 'vitest';
import { tokenFromPath } from './follow-token.ts';

describe('the page address', () => {
  it('holds the ticket’s token', () => {
    expect(tokenFromPath('/t/pjfYUitl3LYcWu7-gj3UQF')).toBe('pjfYUitl3LYcWu7-gj3UQF');
    expect(tokenFromPath('/t/pjfYUitl3LYcWu7-gj3UQF/')).toBe('pjfYUitl3LYcWu7-gj3UQF');
  });

  it('holds no token when it cannot be one of the hub’s', () => {
    expect(tokenFromPath('/t/')).toBeNull();
    expect(tokenFromPath('/t/short')).toBeNull();
    expect(tokenFromPath('/t/has%20space-0123456789')).toBeNull();
    expect(tokenFromPath('/t/a/b0123456789abcdef')).toBeNull();
    expect(tokenFromPath('/kiosk/pjfYUitl3LYcWu7-gj3UQF')).toBeNull();
  });
});
