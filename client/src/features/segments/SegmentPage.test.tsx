// A segment's page: its summary and sub-pages by role, not-found and archived states, and its history in sentences.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { SegmentPage, segmentPageTitle } from './SegmentPage';
import { segment } from './segment-fixtures';

const header = (overrides = {}) => ({ data: { segment: segment(overrides) } });

const REVISIONS = [
  {
    revision: 2,
    action: 'segment.update',
    actor: 'user:ops-1',
    actorLabel: 'ops@example.test',
    reason: 'add u-2',
    requestId: 'req-2',
    createdAt: '2026-12-01T10:00:00.000Z',
    configRevision: 12,
    content: { description: 'Early adopters', included: ['u-1', 'u-2'], excluded: [], rules: [] },
    diff: [{ change: 'CREATE', path: 'included.1', from: null, to: 'u-2' }],
  },
  {
    revision: 1,
    action: 'segment.create',
    actor: 'user:ops-1',
    actorLabel: 'ops@example.test',
    reason: 'start',
    requestId: 'req-1',
    createdAt: '2026-11-30T10:00:00.000Z',
    configRevision: 11,
    content: { description: 'Early adopters', included: ['u-1'], excluded: [], rules: [] },
    diff: [{ change: 'CREATE', path: 'included', from: null, to: ['u-1'] }],
  },
];

describe('SegmentPage', () => {
  it('names its sub-pages in the title', () => {
    expect(segmentPageTitle('beta_testers', undefined)).toBe('beta_testers · Segments');
    expect(segmentPageTitle('beta_testers', 'history')).toBe('History · beta_testers · Segments');
  });

  it('shows the summary, the editor and "used by" for ops, with the membership check as a tab', async () => {
    renderWithApi(<SegmentPage segmentKey="beta_testers" tab={undefined} viewerRole="OPS" />, {
      SegmentHeader: header(),
      SegmentEditor: header(),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'beta_testers' })).toBeTruthy();
    expect(screen.getByText(/used by 1 flag/)).toBeTruthy();
    const tabs = within(screen.getByRole('navigation', { name: 'Segment beta_testers' }));
    expect(tabs.getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Definition',
      'History',
      'Membership check',
    ]);
    expect(await screen.findByRole('button', { name: 'Save segment' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'beta_banner' })).toBeTruthy();
  });

  it('gives support no membership check', async () => {
    renderWithApi(<SegmentPage segmentKey="beta_testers" tab="members" viewerRole="SUPPORT" />, {
      SegmentHeader: header(),
      SegmentEditor: header(),
    });
    const tabs = within(await screen.findByRole('navigation', { name: 'Segment beta_testers' }));
    expect(tabs.queryByRole('link', { name: 'Membership check' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Check membership' })).toBeNull();
  });

  it('says when there is no such segment, and when it was archived', async () => {
    renderWithApi(<SegmentPage segmentKey="ghost" tab={undefined} viewerRole="OPS" />, {
      SegmentHeader: { data: { segment: null } },
    });
    expect(await screen.findByRole('heading', { name: 'Segment not found' })).toBeTruthy();
    renderWithApi(<SegmentPage segmentKey="old" tab={undefined} viewerRole="OPS" />, {
      SegmentHeader: header({ key: 'old', archived: true }),
    });
    expect(await screen.findByText(/any more: it was archived/)).toBeTruthy();
  });

  it('tells its history in sentences and rolls back with the segment key', async () => {
    const { api } = renderWithApi(<SegmentPage segmentKey="beta_testers" tab="history" viewerRole="OPS" />, {
      SegmentHeader: header({ revision: 2 }),
      SegmentRevisions: { data: { segmentRevisions: REVISIONS } },
      RollbackSegment: {
        data: { rollbackSegment: { changed: true, segment: { key: 'beta_testers', revision: 3 } } },
      },
    });
    const told = await screen.findByRole('list', { name: 'Changes in revision 2' });
    expect(told.textContent).toBe('Always included users: u-2 added');
    fireEvent.click(screen.getByRole('button', { name: 'Roll back to revision 1' }));
    const preview = screen.getByRole('list', { name: 'Changes a rollback to revision 1 makes' });
    expect(preview.textContent).toBe('Always included users: u-2 removed');
    fireEvent.change(screen.getByLabelText('Reason for the rollback'), { target: { value: 'u-2 left' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm rollback' }));
    expect(await screen.findByText('Rolled back: now revision 3')).toBeTruthy();
    expect(api.calls.find((c) => c.name === 'RollbackSegment')?.variables).toEqual({
      key: 'beta_testers',
      toRevision: 1,
      reason: 'u-2 left',
    });
  });
});
