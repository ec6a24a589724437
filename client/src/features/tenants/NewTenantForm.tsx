// Creates a customer tenant (slug, name, reason), then opens its page.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { fieldIssues } from '../../app/errors';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';

export const CreateTenantMutation = graphql(`
  mutation CreateTenant($slug: String!, $name: String!, $reason: String!) {
    createTenant(slug: $slug, name: $name, reason: $reason) {
      id
      slug
      name
      kind
    }
  }
`);

/** The check the server makes on a slug, told before sending. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export function NewTenantForm(props: { onCreated?(): void }) {
  const [result, create] = useMutation(CreateTenantMutation);
  const [open, setOpen] = useState(false);
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [, navigate] = useLocation();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) first.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const server = Object.fromEntries(fieldIssues(result.error).map((i) => [i.path, i.message]));
  const errors: Record<string, string | undefined> = { ...server, ...local };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (result.fetching) return;
    const found: Record<string, string> = {};
    if (!SLUG_PATTERN.test(slug.trim())) found.slug = 'must be 2-63 lower-case letters, digits or dashes';
    if (!name.trim()) found.name = 'must not be empty';
    if (!reason.trim()) found.reason = 'say why';
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    const outcome = await create({ slug: slug.trim(), name: name.trim(), reason: reason.trim() });
    if (!outcome.data) return;
    props.onCreated?.();
    navigate(`/console/tenants/${outcome.data.createTenant.id}`);
  };

  if (!open) {
    return (
      <button ref={opener} type="button" className="button button-primary" onClick={() => setOpen(true)}>
        New tenant
      </button>
    );
  }

  const field = (
    key: 'slug' | 'name' | 'reason',
    label: string,
    value: string,
    set: (v: string) => void,
    hint?: string,
  ) => {
    const error = errors[key];
    const describedBy = [hint && `${id}-${key}-hint`, error && `${id}-${key}-error`]
      .filter(Boolean)
      .join(' ');
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        {hint && (
          <p id={`${id}-${key}-hint`} className="hint">
            {hint}
          </p>
        )}
        <input
          ref={key === 'slug' ? first : undefined}
          id={`${id}-${key}`}
          autoComplete="off"
          maxLength={key === 'reason' ? 500 : key === 'slug' ? 63 : 100}
          value={value}
          onChange={(e) => set(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        {error && (
          <p id={`${id}-${key}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="card new-flag" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>New tenant</h2>
      <p className="hint">A customer tenant, with empty settings at version 1: every flag inherits.</p>
      {field('slug', 'Slug', slug, setSlug, 'Lower-case letters, digits and dashes, e.g. acme-corp.')}
      {field('name', 'Name', name, setName)}
      {field('reason', 'Reason', reason, setReason)}
      {result.error && <ErrorNotice title="The tenant was not created" error={result.error} />}
      <div className="confirm-actions">
        <button type="submit" className="button button-primary">
          {result.fetching ? 'Creating…' : 'Create tenant'}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
