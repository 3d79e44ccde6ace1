// The XDG Desktop Entry format (specifications.freedesktop.org/desktop-entry-spec), as far as an
// autostart entry needs it.

// Characters that make the spec require an argument to be quoted.
const reserved = /[\s"'\\<>~|&;$*?#()`]/;

function quoteArgument(arg: string): string {
  // No escape in an Exec line can carry a control character; such a path cannot be started this way.
  if ([...arg].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    throw new Error(`Cannot write a control character into Exec: ${JSON.stringify(arg)}`);
  if (arg !== '' && !reserved.test(arg)) return arg;
  return `"${arg.replace(/[\\"`$]/g, '\\$&')}"`;
}

/**
 * The value of an Exec key that starts `argv` as given: arguments quoted where the spec requires, `%`
 * doubled (it starts field codes), and backslashes doubled once more because Exec is also a string value.
 */
export function execLine(argv: readonly string[]): string {
  return argv.map(quoteArgument).join(' ').replace(/%/g, '%%').replace(/\\/g, '\\\\');
}

export interface AutostartEntry {
  readonly name: string;
  readonly argv: readonly string[];
}

/** An autostart entry for ~/.config/autostart that starts `argv` when the user's session starts. */
export function desktopEntry({ name, argv }: AutostartEntry): string {
  return [
    '# Written by Aufruf Terminal because its config says autostart: true (set false to remove it).',
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${name}`,
    'Comment=Startet Aufruf Terminal nach der Anmeldung',
    'Comment[en]=Starts Aufruf Terminal at login',
    `Exec=${execLine(argv)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
