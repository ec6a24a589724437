// A B2B customer of the host app; every account, key and setting belongs to one.
export interface Tenant {
  id: string;
  slug: string;
  name: string;
  createdAt: Date;
}

export const TENANT_SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
