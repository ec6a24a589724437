// A short, factual summary of the signed-in account, read from `me`.

import { graphql, type ResultOf } from '../../app/graphql';

export const AccountSummaryFragment = graphql(`
  fragment AccountSummary_user on User {
    id
    email
    role
    plan
    tenant {
      id
      name
      slug
    }
  }
`);

export type AccountSummaryUser = ResultOf<typeof AccountSummaryFragment>;

export function AccountSummary({ user }: { user: AccountSummaryUser }) {
  return (
    <section className="account-summary" aria-label="Your account">
      <dl className="summary">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
        <dt>Plan</dt>
        <dd>{user.plan}</dd>
        <dt>Tenant</dt>
        <dd>
          {user.tenant.name} <span className="muted">({user.tenant.slug})</span>
        </dd>
      </dl>
    </section>
  );
}
