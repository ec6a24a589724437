// Every tenant, as the list, the pickers and the matrix's rows need it (platform and ops may read it).
import { graphql, type ResultOf } from '../../app/graphql';

export const TenantsQuery = graphql(`
  query Tenants {
    tenants {
      id
      slug
      name
      kind
    }
  }
`);

export type TenantSummary = ResultOf<typeof TenantsQuery>['tenants'][number];

/** The operator first (it holds the staff and the global configuration), then customers by name. */
export function sortTenants(tenants: readonly TenantSummary[]): TenantSummary[] {
  return [...tenants].sort((a, b) =>
    a.kind !== b.kind ? (a.kind === 'OPERATOR' ? -1 : 1) : a.name.localeCompare(b.name, 'en'),
  );
}

export const tenantLabel = (t: Pick<TenantSummary, 'name' | 'slug' | 'kind'>) =>
  `${t.name} (${t.slug})${t.kind === 'OPERATOR' ? ', operator' : ''}`;
