// A labelled select of tenants for staff tools (explain, membership, API keys): loading and errors in place.
import { useId } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { sortTenants, TenantsQuery, tenantLabel } from './tenants-query';

export function TenantPicker(props: {
  label: string;
  hint?: string;
  /** A tenant id, or '' for `emptyLabel` (e.g. the caller's own tenant). */
  value: string;
  /** The id chosen ('' for `emptyLabel`) and that tenant's name. */
  onChange(tenantId: string, name?: string): void;
  /** When given, offered first with the value ''. */
  emptyLabel?: string;
}) {
  const [{ data, error }, refetch] = useQuery({ query: TenantsQuery });
  const id = useId();
  const tenants = data ? sortTenants(data.tenants) : [];
  return (
    <div className="field tenant-picker">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={`${id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value, tenants.find((t) => t.id === e.target.value)?.name)}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        aria-busy={!data && !error ? true : undefined}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.emptyLabel === undefined && !props.value && <option value="">Choose a tenant…</option>}
        {!data && !error && <option disabled>Loading the tenants…</option>}
        {tenants.map((t) => (
          <option key={t.id} value={t.id}>
            {tenantLabel(t)}
          </option>
        ))}
      </select>
      {error && (
        <ErrorNotice
          title="Could not load the tenants"
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
    </div>
  );
}
