// ExplainPanel against a fake API: the context it sends, the trace in order, and errors next to their fields.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FakeApi, renderWithApi } from '../../testing/render-with-api';

/** The explain requests sent (the tenant picker asks for the tenants besides). */
const explainCalls = (api: FakeApi) => api.calls.filter((c) => c.name === 'ExplainFlag');

import { ExplainPanel, parseAttributes, stepDetail } from './ExplainPanel';

const explanation = {
  explain: {
    result: {
      key: 'tarot_enabled',
      enabled: true,
      variant: 'on',
      reason: 'TARGETING_MATCH',
      ruleId: 'rule-premium',
      revision: 4,
      payload: null,
    },
    trace: [
      { step: 'KILL_SWITCH', outcome: 'PASSED', detail: 'kill switch is on', ruleId: null },
      { step: 'ENV_GATE', outcome: 'PASSED', detail: 'Not forced off.', ruleId: null },
      { step: 'RULE', outcome: 'DECIDED', detail: 'plan is premium.', ruleId: 'rule-premium' },
      { step: 'FALLTHROUGH', outcome: 'SKIPPED', detail: 'Not reached.', ruleId: null },
    ],
  },
};

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const choose = type;

describe('ExplainPanel', () => {
  it('sends the context typed and shows the result and the trace steps in order', async () => {
    const { api } = renderWithApi(<ExplainPanel />, { ExplainFlag: { data: explanation } });
    expect(screen.getByRole('form', { name: 'Why does this user get this?' })).toBeTruthy();
    type('Flag key', ' tarot_enabled ');
    type('User ID', 'u-1');
    choose('Plan', 'premium');
    choose('Role', 'user');
    type('Country', 'FR');
    type('Attributes (JSON)', '{"beta": true}');
    fireEvent.click(screen.getByRole('button', { name: 'Explain' }));

    const steps = await screen.findByRole('list', { name: 'Evaluation steps' });
    expect(api.calls.filter((c) => c.name === 'ExplainFlag').map((c) => c.variables)).toEqual([
      {
        flagKey: 'tarot_enabled',
        context: { userId: 'u-1', plan: 'premium', role: 'user', country: 'FR', attributes: { beta: true } },
      },
    ]);
    expect(steps.tagName).toBe('OL');
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.explain-step-name')?.textContent)).toEqual([
      'On / Off',
      'Environment gate',
      'Rule',
      'Default serve',
    ]);
    expect(items.map((item) => item.textContent)).toEqual([
      'On / Off Continuedthe flag is On',
      'Environment gate ContinuedNot forced off.',
      'Rule Decided rule rule-premiumplan is premium.',
      'Default serve Not reachedNot reached.',
    ]);
    const result = screen.getByRole('region', { name: 'Result for tarot_enabled' });
    expect(result.textContent).toContain('On for this user');
    expect(result.textContent).toContain('Serves on');
    expect(result.textContent).toContain('TARGETING_MATCH');
    expect(result.textContent).toContain('rule-premium');
  });

  it('says On and Off for the switch step, whatever words the server uses', () => {
    expect(stepDetail('kill switch is on')).toBe('the flag is On');
    expect(stepDetail('kill switch is off: serves the off variant off')).toBe(
      'the flag is Off: serves the off variant off',
    );
    expect(stepDetail('Not forced off.')).toBe('Not forced off.');
  });

  it('offers the plans and roles the engine expects, blank for not set', () => {
    renderWithApi(<ExplainPanel flagKey="tarot_enabled" />, {});
    const values = (label: string) =>
      Array.from((screen.getByLabelText(label) as HTMLSelectElement).options).map((o) => [o.value, o.text]);
    expect(values('Plan')).toEqual([
      ['', 'Not set'],
      ['free', 'Free'],
      ['premium', 'Premium'],
    ]);
    expect(values('Role')).toEqual([
      ['', 'Not set'],
      ['user', 'User'],
      ['tenant_admin', 'Tenant admin'],
      ['support', 'Support'],
      ['ops', 'Ops'],
      ['platform', 'Platform'],
    ]);
  });

  it('explains for an account by email, leaving user, plan and role to the account', async () => {
    const off = {
      explain: {
        ...explanation.explain,
        result: {
          ...explanation.explain.result,
          enabled: false,
          variant: 'off',
          reason: 'DEFAULT',
          ruleId: null,
        },
      },
    };
    const { api } = renderWithApi(<ExplainPanel flagKey="tarot_enabled" />, { ExplainFlag: { data: off } });
    type('User ID', 'u-1');
    choose('Plan', 'premium');
    type('User email', ' ana@example.test ');
    type('Country', 'FR');
    expect(screen.getByLabelText('Plan').hasAttribute('disabled')).toBe(true);
    expect(screen.getByLabelText('User ID').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
    await screen.findByRole('list', { name: 'Evaluation steps' });
    expect(explainCalls(api)[0]?.variables).toEqual({
      flagKey: 'tarot_enabled',
      userEmail: 'ana@example.test',
      context: { country: 'FR' },
    });
    const result = screen.getByRole('region', { name: 'Result for tarot_enabled' });
    expect(result.textContent).toContain('Off for this user');
    expect(result.textContent).toContain('Serves off');
  });

  it('marks the email when no account of the tenant has it', async () => {
    renderWithApi(<ExplainPanel flagKey="tarot_enabled" />, {
      ExplainFlag: { error: { message: 'No account with this email in your tenant', code: 'NOT_FOUND' } },
    });
    type('User email', 'nobody@example.test');
    fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
    await screen.findByRole('alert');
    const email = screen.getByLabelText('User email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBeTruthy();
    // Editing the email takes the mark away: it was about the old one.
    type('User email', 'someone@example.test');
    expect(screen.getByLabelText('User email').getAttribute('aria-invalid')).toBeNull();
  });

  it("explains inside the tenant picked, so a customer's account is found by email there", async () => {
    const { api } = renderWithApi(<ExplainPanel flagKey="tarot_enabled" />, {
      Tenants: {
        data: {
          tenants: [
            { id: 'op-1', slug: 'operator', name: 'Operator', kind: 'OPERATOR' },
            { id: 'cu-1', slug: 'acme', name: 'Acme', kind: 'CUSTOMER' },
          ],
        },
      },
      ExplainFlag: { error: { message: 'No account with this email in that tenant', code: 'NOT_FOUND' } },
    });
    const picker = screen.getByLabelText('Tenant');
    await screen.findByRole('option', { name: 'Acme (acme)' });
    fireEvent.change(picker, { target: { value: 'cu-1' } });
    type('User email', 'ana@acme.test');
    fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
    await screen.findByText('No account with this email in that tenant.');
    expect(explainCalls(api)[0]?.variables).toEqual({
      flagKey: 'tarot_enabled',
      userEmail: 'ana@acme.test',
      context: {},
      tenantId: 'cu-1',
    });
  });

  it('uses the flagKey prop instead of asking for it', async () => {
    const { api } = renderWithApi(<ExplainPanel flagKey="tarot_enabled" />, {
      ExplainFlag: { data: explanation },
    });
    expect(screen.queryByLabelText('Flag key')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
    await screen.findByRole('list', { name: 'Evaluation steps' });
    expect(explainCalls(api)[0]?.variables).toEqual({ flagKey: 'tarot_enabled', context: {} });
  });

  it('refuses attributes that are not a JSON object without calling the server', () => {
    const { api } = renderWithApi(<ExplainPanel flagKey="tarot_enabled" />, {
      ExplainFlag: { data: explanation },
    });
    for (const text of ['{"beta": tru', '[1, 2]', '"premium"']) {
      type('Attributes (JSON)', text);
      fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
      const box = screen.getByLabelText('Attributes (JSON)');
      expect(box.getAttribute('aria-invalid')).toBe('true');
      const error = document.querySelector('.field-error');
      expect(error?.textContent).toMatch(/Not valid JSON|must be a JSON object/);
      expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(error?.id);
      expect(document.activeElement).toBe(box);
    }
    expect(explainCalls(api)).toEqual([]);
  });

  it('asks for a flag key before sending', () => {
    const { api } = renderWithApi(<ExplainPanel />, {});
    fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
    expect(screen.getByLabelText('Flag key').getAttribute('aria-invalid')).toBe('true');
    expect(explainCalls(api)).toEqual([]);
  });

  it("shows the server's VALIDATION_FAILED fields next to their inputs and the error notice", async () => {
    renderWithApi(<ExplainPanel flagKey="tarot_enabled" />, {
      ExplainFlag: {
        error: {
          message: 'attributes: at most 50 attributes',
          code: 'VALIDATION_FAILED',
          requestId: 'req-5',
          fields: [
            { path: 'attributes', message: 'at most 50 attributes' },
            { path: 'context.userId', message: 'String must contain at most 256 characters' },
          ],
        },
      },
    });
    type('User ID', 'u');
    fireEvent.click(screen.getByRole('button', { name: 'Explain' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('VALIDATION_FAILED');
    expect(alert.textContent).toContain('req-5');
    const attributes = screen.getByLabelText('Attributes (JSON)');
    expect(attributes.getAttribute('aria-invalid')).toBe('true');
    const describedBy = attributes.getAttribute('aria-describedby')?.split(' ') ?? [];
    const messages = describedBy.map((id) => document.getElementById(id));
    expect(messages.find((m) => m?.className === 'field-error')?.textContent).toBe('at most 50 attributes');
    const userId = screen.getByLabelText('User ID');
    expect(userId.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(userId.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'String must contain at most 256 characters',
    );
  });
});

describe('parseAttributes', () => {
  it('takes nothing or a JSON object', () => {
    expect(parseAttributes('  ')).toEqual({ ok: true, value: undefined });
    expect(parseAttributes('{"seats": 3}')).toEqual({ ok: true, value: { seats: 3 } });
    expect(parseAttributes('null').ok).toBe(false);
  });
});
