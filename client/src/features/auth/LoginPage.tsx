// The sign-in form: email and password (and a tenant when the email exists in several), then the role's area.

import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { Redirect, useLocation } from 'wouter';
import { homeAreaOf } from '../../app/areas';
import { graphql } from '../../app/graphql';
import { useSession } from '../../app/session';
import { usePageTitle } from '../../app/use-page-title';
import { ErrorNotice } from '../shell/ErrorNotice';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!, $tenant: String) {
    login(email: $email, password: $password, tenant: $tenant) {
      token
      user {
        id
        role
      }
    }
  }
`);

export function LoginPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const [, navigate] = useLocation();
  const [result, login] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tenant, setTenant] = useState('');
  const ids = { email: useId(), password: useId(), tenant: useId(), tenantHint: useId() };

  if (session.token) return <Redirect to="/" replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = await login({ email: email.trim(), password, tenant: tenant.trim() || null });
    if (!outcome.data) return;
    session.signIn(outcome.data.login.token);
    navigate(homeAreaOf(outcome.data.login.user.role).path, { replace: true });
  };

  return (
    <main className="login" id="main">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <p className="brand brand-large">Augur</p>
        <h1 id="login-title">Sign in</h1>
        {session.notice && !result.error && (
          <p className="notice notice-info" role="status">
            {session.notice}
          </p>
        )}
        {result.error && <ErrorNotice title="Sign-in failed" error={result.error} />}
        <div className="field">
          <label htmlFor={ids.email}>Email</label>
          <input
            id={ids.email}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>Password</label>
          <input
            id={ids.password}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <details className="tenant-option">
          <summary>Sign in to a specific tenant</summary>
          <div className="field">
            <label htmlFor={ids.tenant}>Tenant (optional)</label>
            <input
              id={ids.tenant}
              type="text"
              autoCapitalize="none"
              spellCheck={false}
              aria-describedby={ids.tenantHint}
              value={tenant}
              onChange={(e) => setTenant(e.target.value)}
            />
            <p className="hint" id={ids.tenantHint}>
              The tenant's short name. Needed only if your email has accounts in several tenants.
            </p>
          </div>
        </details>
        <button type="submit" className="button button-primary" disabled={result.fetching}>
          {result.fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
