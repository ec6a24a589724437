// Platform's entitlements matrix: flags by tenants, each cell ON / OFF / INHERIT with the effective result and
// why; a change is sent at the tenant's settings version with the reason given, and a stale version is said.
import './tenants.css';
import { type ChangeEvent, useId, useState } from 'react';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { hasErrorCode } from '../../app/errors';
import { graphql, type ResultOf } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { type EntitlementState, effectWords, STATE_HINTS, STATE_LABELS } from './entitlement-words';
import { matrixOf } from './matrix';
import { tenantLabel } from './tenants-query';

const EntitlementFields = graphql(`
  fragment EntitlementMatrix_settings on TenantSettings {
    tenantId
    version
    entitlements {
      flagKey
      state
      gate {
        open
        step
        detail
      }
    }
  }
`);

export const EntitlementMatrixQuery = graphql(
  `
  query EntitlementMatrix {
    tenants {
      id
      slug
      name
      kind
      settings {
        ...EntitlementMatrix_settings
      }
    }
  }
`,
  [EntitlementFields],
);

export const SetTenantEntitlementMutation = graphql(
  `
  mutation SetTenantEntitlement(
    $tenantId: ID!
    $flagKey: String!
    $state: EntitlementState!
    $expectedVersion: Int
    $reason: String!
  ) {
    setTenantEntitlement(
      tenantId: $tenantId
      flagKey: $flagKey
      state: $state
      expectedVersion: $expectedVersion
      reason: $reason
    ) {
      ...EntitlementMatrix_settings
    }
  }
`,
  [EntitlementFields],
);

export type MatrixTenant = ResultOf<typeof EntitlementMatrixQuery>['tenants'][number];

interface CellFailure {
  tenantId: string;
  flagKey: string;
  error: CombinedError;
}

export function EntitlementsMatrix() {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: EntitlementMatrixQuery,
    requestPolicy: 'cache-and-network',
  });
  const [sending, send] = useMutation(SetTenantEntitlementMutation);
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState(false);
  const [failure, setFailure] = useState<CellFailure>();
  const [outcome, setOutcome] = useState('');
  const id = useId();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const matrix = data ? matrixOf(data.tenants) : undefined;

  const change = async (tenant: MatrixTenant, flagKey: string, state: EntitlementState) => {
    setOutcome('');
    setFailure(undefined);
    if (!reason.trim()) {
      setReasonProblem(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    const result = await send({
      tenantId: tenant.id,
      flagKey,
      state,
      expectedVersion: tenant.settings?.version,
      reason: reason.trim(),
    });
    if (result.data) {
      const version = result.data.setTenantEntitlement.version;
      setOutcome(`${flagKey} for ${tenant.name}: ${STATE_LABELS[state]} (settings version ${version}).`);
    } else if (result.error) {
      setFailure({ tenantId: tenant.id, flagKey, error: result.error });
    }
    reload();
  };

  return (
    <section className="card entitlements" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>Flags by tenant</h2>
        <button type="button" className="button button-secondary" onClick={reload}>
          Refresh
        </button>
      </div>
      <p className="hint">
        Effective = the global flag AND the tenant's entitlement. On or Inherit lets the flag's own switch and
        targeting decide; Off turns the flag off for every user of that tenant, and its open clients hear it
        at once.
      </p>
      <dl className="matrix-legend">
        {(Object.keys(STATE_LABELS) as EntitlementState[]).map((s) => (
          <div key={s}>
            <dt>{STATE_LABELS[s]}</dt>
            <dd>{STATE_HINTS[s]}</dd>
          </div>
        ))}
      </dl>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for changes</label>
        <p id={`${id}-reason-hint`} className="hint">
          Required before changing a cell; kept in the tenant's settings history and the audit log.
        </p>
        <input
          id={`${id}-reason`}
          autoComplete="off"
          maxLength={500}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setReasonProblem(false);
          }}
          aria-invalid={reasonProblem || undefined}
          aria-describedby={reasonProblem ? `${id}-reason-hint ${id}-reason-error` : `${id}-reason-hint`}
        />
        {reasonProblem && (
          <p id={`${id}-reason-error`} className="field-error">
            Say why before changing an entitlement.
          </p>
        )}
      </div>
      <p role="status" className="matrix-outcome">
        {sending.fetching ? 'Saving…' : outcome}
      </p>
      {failure && (
        <ErrorNotice
          title={
            hasErrorCode(failure.error, 'CONFLICT')
              ? `Someone changed these settings first: ${failure.flagKey} was not changed. The matrix is reloaded; choose again.`
              : `${failure.flagKey} was not changed`
          }
          error={failure.error}
        />
      )}
      {fetching && !matrix && <StatusMessage>Loading the entitlements…</StatusMessage>}
      {error && (
        <ErrorNotice
          title={matrix ? 'Could not refresh the entitlements' : 'Could not load the entitlements'}
          error={error}
          onRetry={reload}
        />
      )}
      {matrix && matrix.flags.length === 0 && <p className="muted">No flags yet: nothing to entitle.</p>}
      {matrix && matrix.flags.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="matrix-scroll" tabIndex={0} aria-label="Entitlements by flag and tenant">
          <table className="matrix">
            <caption className="visually-hidden">
              Entitlement of each flag (rows) for each tenant (columns)
            </caption>
            <thead>
              <tr>
                <th scope="col">Flag</th>
                {matrix.tenants.map((t) => (
                  <th key={t.id} scope="col" title={tenantLabel(t)}>
                    {t.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.flags.map((flagKey) => (
                <tr key={flagKey} data-flag={flagKey}>
                  <th scope="row">
                    <code>{flagKey}</code>
                  </th>
                  {matrix.tenants.map((tenant) => {
                    const cell = matrix.cell(tenant.id, flagKey);
                    return (
                      <td key={tenant.id} className="matrix-cell" data-tenant={tenant.slug}>
                        {cell ? (
                          <>
                            <select
                              aria-label={`${flagKey} for ${tenant.name}`}
                              value={cell.state}
                              disabled={sending.fetching}
                              onChange={(e: ChangeEvent<HTMLSelectElement>) =>
                                change(tenant, flagKey, e.target.value as EntitlementState)
                              }
                            >
                              {(Object.keys(STATE_LABELS) as EntitlementState[]).map((s) => (
                                <option key={s} value={s}>
                                  {STATE_LABELS[s]}
                                </option>
                              ))}
                            </select>
                            {cell.gate && (
                              <span
                                className="matrix-effect"
                                data-open={cell.gate.open}
                                title={cell.gate.detail}
                              >
                                {effectWords(cell.gate)}
                              </span>
                            )}
                          </>
                        ) : (
                          <span className="muted">Not readable</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
