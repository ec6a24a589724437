// The membership check: what it sends (an account by email, or a typed context), the answer and why, and errors.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { MembershipCheck } from './MembershipCheck';

const answer = (overrides: Record<string, unknown> = {}) => ({
  data: {
    segmentMembership: {
      member: true,
      reason: 'RULE_MATCHED',
      ruleIndex: 0,
      userId: 'u-42',
      rules: ['Rule 1: plan IN [premium] matched (plan = "premium")'],
      ...overrides,
    },
  },
});

const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check membership' }));

describe('MembershipCheck', () => {
  it('sends the typed context and says the user is a member by which rule', async () => {
    const { api } = renderWithApi(<MembershipCheck segmentKey="beta_testers" />, {
      SegmentMembership: answer(),
    });
    fireEvent.change(screen.getByLabelText('User ID'), { target: { value: 'u-42' } });
    fireEvent.change(screen.getByLabelText('Plan'), { target: { value: 'premium' } });
    fireEvent.change(screen.getByLabelText('Attributes (JSON)'), { target: { value: '{"beta": true}' } });
    check();
    const status = await screen.findByRole('status');
    expect(status.getAttribute('data-member')).toBe('true');
    expect(status.textContent).toContain('A member: rule 1 matched');
    expect(status.textContent).toContain('plan IN [premium] matched (plan = "premium")');
    expect(api.calls.at(-1)?.variables).toEqual({
      key: 'beta_testers',
      context: { userId: 'u-42', plan: 'premium', attributes: { beta: true } },
    });
  });

  it('with an email lets the account decide user and plan, and says why it is not a member', async () => {
    const { api } = renderWithApi(<MembershipCheck segmentKey="beta_testers" />, {
      SegmentMembership: answer({ member: false, reason: 'EXCLUDED', ruleIndex: null, userId: 'u-9' }),
    });
    fireEvent.change(screen.getByLabelText('User ID'), { target: { value: 'ignored' } });
    fireEvent.change(screen.getByLabelText('User email'), { target: { value: 'eve@example.test' } });
    check();
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Not a member');
    expect(status.textContent).toContain('always-excluded list');
    expect(api.calls.at(-1)?.variables).toEqual({
      key: 'beta_testers',
      context: {},
      userEmail: 'eve@example.test',
    });
  });

  it('puts an unknown email and attributes that are not JSON under their fields', async () => {
    renderWithApi(<MembershipCheck segmentKey="beta_testers" />, {
      SegmentMembership: {
        error: { message: 'No account with this email in your tenant', code: 'NOT_FOUND' },
      },
    });
    fireEvent.change(screen.getByLabelText('Attributes (JSON)'), { target: { value: '{nope' } });
    check();
    expect(screen.getByLabelText('Attributes (JSON)').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(screen.getByLabelText('Attributes (JSON)'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('User email'), { target: { value: 'nobody@example.test' } });
    check();
    expect(await screen.findByText('No account with this email in your tenant.')).toBeTruthy();
    expect(screen.getByLabelText('User email').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a dependency outage as unavailable, with the wait', async () => {
    renderWithApi(<MembershipCheck segmentKey="beta_testers" />, {
      SegmentMembership: {
        error: {
          message: 'A dependency is unavailable: try again shortly',
          code: 'UNAVAILABLE',
          retryAfterSeconds: 5,
        },
        http: { status: 503, headers: { 'retry-after': '5' } },
      },
    });
    check();
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-error-kind')).toBe('unavailable');
    expect(alert.textContent).toContain('You can try again in 5 seconds.');
  });

  it('looks the email up in the tenant picked, and says so when that tenant has no such account', async () => {
    const { api } = renderWithApi(<MembershipCheck segmentKey="beta_testers" />, {
      Tenants: { data: { tenants: [{ id: 'cu-1', slug: 'acme', name: 'Acme', kind: 'CUSTOMER' }] } },
      SegmentMembership: {
        error: { message: 'No account with this email in that tenant', code: 'NOT_FOUND' },
      },
    });
    await screen.findByRole('option', { name: 'Acme (acme)' });
    fireEvent.change(screen.getByLabelText('Tenant of the account'), { target: { value: 'cu-1' } });
    fireEvent.change(screen.getByLabelText('User email'), { target: { value: 'eve@acme.test' } });
    check();
    await screen.findByText('No account with this email in that tenant.');
    expect(api.calls.filter((c) => c.name === 'SegmentMembership').at(-1)?.variables).toEqual({
      key: 'beta_testers',
      context: {},
      userEmail: 'eve@acme.test',
      tenantId: 'cu-1',
    });
  });
});
