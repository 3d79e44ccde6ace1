// Just the parts of the untyped escpos 3 alpha package that this package calls.

declare module 'escpos' {
  type Callback = (error?: Error | null) => void;

  /** Anything with open/write/close, as escpos-usb and escpos-network provide. */
  export interface Adapter {
    open(callback?: Callback): unknown;
    write(data: Buffer, callback?: Callback): unknown;
    close(callback?: Callback): unknown;
  }

  // Node's ESM import of this CommonJS module yields only the default export, so the printer
  // class and the command constants are reached through it (escpos.Printer, escpos.command).
  export interface EscPosPrinter {
    hardware(command: 'init' | 'select' | 'reset'): this;
    setCharacterCodeTable(table: number): this;
    encode(encoding: string): this;
    align(align: 'lt' | 'ct' | 'rt'): this;
    size(width: number, height: number): this;
    text(content: string, encoding?: string): this;
    print(content: string | Buffer): this;
    raw(data: Buffer | string): this;
    feed(lines?: number): this;
    cut(partial?: boolean, feedLines?: number): this;
    flush(callback?: Callback): this;
  }

  const escpos: {
    Printer: new (adapter: Adapter, options?: { encoding?: string; width?: number }) => EscPosPrinter;
    /** The byte constants of commands.js (only those used here). */
    command: { TEXT_FORMAT: { TXT_BOLD_ON: string; TXT_BOLD_OFF: string } };
  };
  export default escpos;
}
