// Documents and calls for tenant settings and entitlements tests.
import type { GqlResponse, TestServer } from './test-server.js';

export const SETTINGS_FIELDS = 'tenantId version settings entitlements { flagKey state }';

export interface SettingsShape {
  tenantId: string;
  version: number;
  settings: Record<string, unknown>;
  entitlements: { flagKey: string; state: string }[];
}

export const TENANT_SETTINGS = `query ($t: ID!) { tenantSettings(tenantId: $t) { ${SETTINGS_FIELDS} } }`;
export const UPDATE_SETTINGS = `mutation ($t: ID!, $v: Int, $patch: JSON!) {
  updateTenantSettings(tenantId: $t, expectedVersion: $v, patch: $patch, reason: "test") { ${SETTINGS_FIELDS} }
}`;
export const SET_ENTITLEMENT = `mutation ($t: ID!, $flag: String!, $state: EntitlementState!, $v: Int) {
  setTenantEntitlement(tenantId: $t, flagKey: $flag, state: $state, expectedVersion: $v, reason: "test") {
    ${SETTINGS_FIELDS}
  }
}`;
export const CREATE_TENANT = `mutation ($slug: String!, $name: String!) {
  createTenant(slug: $slug, name: $name, reason: "test") { id slug name kind }
}`;

export async function settingsOf(
  server: TestServer,
  token: string,
  tenantId: string,
): Promise<SettingsShape> {
  const { data, errors } = await server.gql<{ tenantSettings: SettingsShape }>(TENANT_SETTINGS, {
    token,
    variables: { t: tenantId },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  if (!data) throw new Error('no tenantSettings');
  return data.tenantSettings;
}

/** Sets an entitlement at the version in force; returns the new settings. */
export async function entitle(
  server: TestServer,
  token: string,
  tenantId: string,
  flag: string,
  state: 'ON' | 'OFF' | 'INHERIT',
): Promise<SettingsShape> {
  const { version } = await settingsOf(server, token, tenantId);
  const result: GqlResponse<{ setTenantEntitlement: SettingsShape }> = await server.gql(SET_ENTITLEMENT, {
    token,
    variables: { t: tenantId, flag, state, v: version },
  });
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.setTenantEntitlement;
}
