// "Is this user a member, and why?": an account by email, or a context typed in, checked against the segment in force.
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { hasErrorCode } from '../../app/errors';
import { graphql } from '../../app/graphql';
import { fieldErrors } from '../editor/use-validated-editor';
import { parseAttributes } from '../explain/ExplainPanel';
import { FormContext, type FormContextValue, TextField } from '../forms/form-controls';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { TenantPicker } from '../tenants/TenantPicker';

export const SegmentMembershipQuery = graphql(`
  query SegmentMembership(
    $key: String!
    $context: EvaluationContextInput!
    $userEmail: String
    $tenantId: ID
  ) {
    segmentMembership(key: $key, context: $context, userEmail: $userEmail, tenantId: $tenantId) {
      member
      reason
      ruleIndex
      userId
      rules
    }
  }
`);

type Variables = { key: string; context: Record<string, unknown>; userEmail?: string; tenantId?: string };
type Reason = ReturnType<typeof graphql.scalar<'SegmentMembershipReason'>>;

const REASONS: Record<Reason, (rule: number | null) => string> = {
  EXCLUDED: () => 'Not a member: the user is on the always-excluded list, which wins over everything.',
  INCLUDED: () => 'A member: the user is on the always-included list.',
  RULE_MATCHED: (rule) => `A member: rule ${(rule ?? 0) + 1} matched (all of its conditions).`,
  NO_RULE_MATCHED: () => 'Not a member: not listed, and no rule matched.',
};

const FIELDS = ['userEmail', 'userId', 'plan', 'country', 'attributes'] as const;
type Field = (typeof FIELDS)[number];

export function MembershipCheck({ segmentKey }: { segmentKey: string }) {
  const [values, setValues] = useState<Record<Field, string>>({
    userEmail: '',
    userId: '',
    plan: '',
    country: '',
    attributes: '',
  });
  const [local, setLocal] = useState<Map<string, string>>(new Map());
  // '' is the caller's own tenant; a customer's id looks the email up there.
  const [tenantId, setTenantId] = useState('');
  const [request, setRequest] = useState<Variables | null>(null);
  const [result, reexecute] = useQuery({
    query: SegmentMembershipQuery,
    variables: request ?? { key: segmentKey, context: {} },
    pause: request === null,
    requestPolicy: 'network-only',
  });
  const baseId = useId();
  const byEmail = values.userEmail.trim() !== '';

  const messages = useMemo(() => {
    const all = new Map<string, string>();
    for (const [path, message] of fieldErrors(result.error)) all.set(path.replace(/^context\./, ''), message);
    if (request?.userEmail && result.error && hasErrorCode(result.error, 'NOT_FOUND'))
      all.set(
        'userEmail',
        request.tenantId
          ? 'No account with this email in that tenant.'
          : 'No account with this email in your tenant.',
      );
    for (const [path, message] of local) all.set(path, message);
    return all;
  }, [result.error, request, local]);
  const context = useMemo<FormContextValue>(
    () => ({ messages, baseId, readOnly: false, focusLater: () => {} }),
    [messages, baseId],
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseAttributes(values.attributes);
    setLocal(parsed.ok ? new Map() : new Map([['attributes', parsed.message]]));
    if (!parsed.ok) return;
    const ctx: Record<string, unknown> = {};
    if (!byEmail && values.userId.trim()) ctx.userId = values.userId.trim();
    if (!byEmail && values.plan.trim()) ctx.plan = values.plan.trim();
    if (values.country.trim()) ctx.country = values.country.trim();
    if (parsed.value) ctx.attributes = parsed.value;
    const email = values.userEmail.trim();
    const next: Variables = {
      key: segmentKey,
      context: ctx,
      ...(email ? { userEmail: email } : {}),
      ...(email && tenantId ? { tenantId } : {}),
    };
    if (request && JSON.stringify(request) === JSON.stringify(next))
      reexecute({ requestPolicy: 'network-only' });
    else setRequest(next);
  };
  const set = (name: Field) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const answer = result.data?.segmentMembership;

  return (
    <FormContext.Provider value={context}>
      <section className="card membership" aria-labelledby={`${baseId}-title`}>
        <h2 id={`${baseId}-title`}>Is this user a member, and why?</h2>
        <form className="membership-form" onSubmit={submit} noValidate>
          <TenantPicker
            label="Tenant of the account"
            hint="Where the user email is looked up."
            value={tenantId}
            onChange={(id) => setTenantId(id)}
            emptyLabel="Your tenant"
          />
          <TextField
            label="User email"
            hint="An account of the tenant above: its own user ID and plan are used. Or describe the user below."
            value={values.userEmail}
            onChange={set('userEmail')}
            paths={['userEmail']}
            spellCheck={false}
          />
          <div className="flag-editor-row">
            <TextField
              label="User ID"
              value={values.userId}
              onChange={set('userId')}
              paths={['userId']}
              readOnly={byEmail}
              hint={byEmail ? 'From the account.' : undefined}
              spellCheck={false}
            />
            <TextField
              label="Plan"
              value={values.plan}
              onChange={set('plan')}
              paths={['plan']}
              readOnly={byEmail}
              hint={byEmail ? 'From the account.' : 'e.g. free, premium'}
              spellCheck={false}
            />
            <TextField label="Country" value={values.country} onChange={set('country')} paths={['country']} />
          </div>
          <TextField
            label="Attributes (JSON)"
            hint='A JSON object, such as {"beta": true}. Leave empty for none.'
            multiline
            value={values.attributes}
            onChange={set('attributes')}
            paths={['attributes']}
            spellCheck={false}
          />
          <div>
            <button type="submit" className="button button-primary">
              Check membership
            </button>
          </div>
        </form>
        {result.fetching && <StatusMessage>Checking…</StatusMessage>}
        {result.error && !result.fetching && (
          <ErrorNotice title="Could not check the membership" error={result.error} />
        )}
        {answer && !result.fetching && !result.error && (
          <div className="membership-answer" role="status" data-member={answer.member}>
            <p>
              <span className={answer.member ? 'badge badge-ready' : 'badge badge-off'}>
                <span aria-hidden="true">{answer.member ? '✓ ' : '✗ '}</span>
                {answer.member ? 'Member' : 'Not a member'}
              </span>{' '}
              {answer.userId && (
                <>
                  User <code>{answer.userId}</code>.{' '}
                </>
              )}
              {REASONS[answer.reason](answer.ruleIndex ?? null)}
            </p>
            {answer.rules.length > 0 && (
              <ol className="membership-rules" aria-label="Each rule for this user">
                {answer.rules.map((line, i) => (
                  <li key={line} data-matched={answer.ruleIndex === i}>
                    {line}
                  </li>
                ))}
              </ol>
            )}
          </div>
        )}
      </section>
    </FormContext.Provider>
  );
}
