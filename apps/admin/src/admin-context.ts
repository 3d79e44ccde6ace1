import { createContext, use } from 'react';

export interface AdminAccess {
  /** The admin key, for the Bearer header of the HTTP API. */
  readonly secret: string;
  /** The hub no longer accepts the key (401): end the session and ask for it again. */
  readonly onUnauthorized: () => void;
}

export const AdminContext = createContext<AdminAccess>({ secret: '', onUnauthorized: () => undefined });

/** The signed-in admin's key and what to do when the hub refuses it. */
export const useAdmin = (): AdminAccess => use(AdminContext);
