// Errors cross process boundaries as values, never as throws: a rejected promise loses its type
// and its message is rewritten by Electron, so every IPC answer is one of these.
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err = { readonly ok: false; readonly code: ErrorCode; readonly message: string };
export type Result<T> = Ok<T> | Err;

export type ErrorCode =
  | 'forbidden-sender'
  | 'invalid-arguments'
  | 'not-allowed'
  | 'cancelled'
  | 'io-error'
  /** Another long-running request of the same kind (a PDF export) is still in progress. */
  | 'busy'
  /** A report view could not be drawn or printed (it said why, or it never became ready). */
  | 'report-failed'
  | 'internal';

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Err => ({ ok: false, code, message });
