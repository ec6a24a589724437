// The segments list: loading, an error with a retry, the empty state, and each segment's rules, counts and users.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { SegmentList } from './SegmentList';
import { segment } from './segment-fixtures';

describe('SegmentList', () => {
  it('says it is loading until the list arrives', () => {
    renderWithApi(<SegmentList canEdit />, { SegmentList: 'pending' });
    expect(screen.getByText('Loading the segments…')).toBeTruthy();
  });

  it('shows a failure with its kind and a retry', async () => {
    renderWithApi(<SegmentList canEdit />, { SegmentList: { networkError: { status: 502 } } });
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-error-kind')).toBe('server');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('says there are none yet, and how ops make one', async () => {
    renderWithApi(<SegmentList canEdit />, { SegmentList: { data: { segments: [] } } });
    expect(await screen.findByText(/No segments yet\. Create one with New segment\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New segment' })).toBeTruthy();
  });

  it('lists each segment with its rules in words, member counts and the flags using it', async () => {
    const unused = segment({ key: 'staff', usedBy: [], included: ['u-5'], excluded: [], rules: [] });
    renderWithApi(<SegmentList canEdit={false} />, {
      SegmentList: { data: { segments: [segment(), unused] } },
    });
    const beta = await screen.findByText('beta_testers');
    const item = within(beta.closest('li') as HTMLElement);
    expect(item.getByRole('link', { name: 'beta_testers' }).getAttribute('href')).toBe(
      '/console/segments/beta_testers',
    );
    expect(item.getByText(/1 rule, 1 condition/).textContent).toContain('plan IN [premium]');
    expect(item.getByText('2 users')).toBeTruthy();
    expect(item.getByText('1 user')).toBeTruthy();
    expect(item.getByText('1 flag')).toBeTruthy();
    const staff = within(screen.getByText('staff').closest('li') as HTMLElement);
    expect(staff.getByText('none')).toBeTruthy();
    expect(staff.getByText('no flag')).toBeTruthy();
    // Support reads: no New segment.
    expect(screen.queryByRole('button', { name: 'New segment' })).toBeNull();
  });
});
