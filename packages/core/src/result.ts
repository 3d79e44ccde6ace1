/** Outcome of a command or request: the same shape in the domain, on the wire and over IPC. */
export type Result<T, E = Failure> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A failure a person can read: a stable machine code and a sentence. */
export interface Failure {
  readonly code: string;
  readonly message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
