// "Used by" and archiving: the flags listed as links, archive refused while used, and the server's refusal shown.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { SegmentUsage } from './SegmentUsage';

const usage = (usedBy: string[], canEdit = true) => (
  <SegmentUsage segmentKey="beta_testers" revision={3} usedBy={usedBy} canEdit={canEdit} />
);

describe('SegmentUsage', () => {
  it('links the flags that use it and refuses to archive while they do', () => {
    renderWithApi(usage(['beta_banner', 'tarot_enabled']));
    const list = screen.getByRole('list', { name: 'Flags using this segment' });
    expect(list.textContent).toBe('beta_bannertarot_enabled');
    expect(screen.getByRole('link', { name: 'beta_banner' }).getAttribute('href')).toBe(
      '/console/flags/beta_banner',
    );
    const archive = screen.getByRole('button', { name: 'Archive segment' }) as HTMLButtonElement;
    expect(archive.disabled).toBe(true);
    expect(screen.getByText(/cannot be archived while flags use it/)).toBeTruthy();
  });

  it('archives an unused segment with a reason and the loaded revision', async () => {
    const { api } = renderWithApi(usage([]), {
      ArchiveSegment: { data: { archiveSegment: { key: 'beta_testers', archived: true, revision: 4 } } },
    });
    expect(screen.getByText('No flag uses this segment.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Archive segment' }));
    fireEvent.change(screen.getByLabelText('Reason for archiving'), { target: { value: 'cohort ended' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm archive' }));
    await waitFor(() => expect(window.location.pathname).toBe('/console/segments'));
    expect(api.calls.find((c) => c.name === 'ArchiveSegment')?.variables).toEqual({
      key: 'beta_testers',
      expectedRevision: 3,
      reason: 'cohort ended',
    });
  });

  it('shows the server refusal when a flag started using it meanwhile', async () => {
    renderWithApi(usage([]), {
      ArchiveSegment: {
        error: {
          message: 'key: is used by flag new_flag',
          code: 'VALIDATION_FAILED',
          fields: [{ path: 'key', message: 'is used by flag new_flag' }],
        },
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Archive segment' }));
    fireEvent.change(screen.getByLabelText('Reason for archiving'), { target: { value: 'done' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm archive' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The segment was not archived: it is used by flag new_flag');
    expect(alert.textContent).toContain('VALIDATION_FAILED');
  });

  it('offers no archive to support', () => {
    renderWithApi(usage([], false));
    expect(screen.queryByRole('button', { name: 'Archive segment' })).toBeNull();
  });
});
