/**
 * Whether the latest input came from a keyboard. With spoken help on, a button reached by Tab speaks
 * its label and is ready to choose; a tapped one speaks first and chooses on the second tap. A tap
 * also focuses the button, so focus alone cannot tell the two apart.
 */
let keyboard = false;

if (typeof window !== 'undefined') {
  window.addEventListener('keydown', () => (keyboard = true), true);
  window.addEventListener('pointerdown', () => (keyboard = false), true);
}

export const lastInputWasKeyboard = (): boolean => keyboard;
