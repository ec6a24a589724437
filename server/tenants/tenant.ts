// A tenant: the operator (the company running Augur, holding the staff) or a B2B customer of the host app.
export type TenantKind = 'operator' | 'customer';

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  createdAt: Date;
}

export const TENANT_SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
