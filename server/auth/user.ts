// An account of a tenant, as the rest of Augur sees it (never with its password hash).
import type { Plan, Role } from './viewer.js';

export interface User {
  id: string;
  tenantId: string;
  email: string;
  role: Role;
  plan: Plan;
  createdAt: Date;
}

export interface UserWithPassword extends User {
  passwordHash: string;
}
