// An account of a tenant, as the rest of Augur sees it (never with its password hash).
import type { Plan, Role } from './viewer.js';

export interface User {
  id: string;
  tenantId: string;
  email: string;
  role: Role;
  plan: Plan;
  createdAt: Date;
  /** Set while the account is disabled: it cannot sign in and its sessions are refused. */
  disabledAt: Date | null;
}

export interface UserWithPassword extends User {
  passwordHash: string;
}
