// The two signed-in areas, which roles may use each, and where each role lands after signing in.
import type { graphql } from './graphql';

export type Role = ReturnType<typeof graphql.scalar<'Role'>>;
export type Plan = ReturnType<typeof graphql.scalar<'Plan'>>;
export type AreaName = 'app' | 'console';

export interface Area {
  path: string;
  /** Human name, as in "the console is not available for your role". */
  title: string;
  roles: readonly Role[];
}

export const AREAS: Record<AreaName, Area> = {
  // A tenant admin is also a user of its tenant: it may use the app, and lands on its console pages.
  app: { path: '/app', title: 'App', roles: ['USER', 'TENANT_ADMIN'] },
  console: { path: '/console', title: 'Console', roles: ['SUPPORT', 'OPS', 'PLATFORM', 'TENANT_ADMIN'] },
};

export function homeAreaOf(role: Role): Area {
  return role === 'USER' ? AREAS.app : AREAS.console;
}

export function canUse(area: Area, role: Role): boolean {
  return area.roles.includes(role);
}
