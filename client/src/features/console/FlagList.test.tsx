// FlagList against a fake API: search, state and archived filters as variables, "Load more", links and empty states.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { FlagList } from './FlagList';

const flag = (key: string, enabled = true, archived = false) => ({
  key,
  enabled,
  archived,
  revision: 3,
  description: `About ${key}`,
});

const page = (items: unknown[], nextCursor: string | null) => ({ data: { flags: { items, nextCursor } } });

type Calls = { name: string; variables: Record<string, unknown> }[];
const flagCalls = (calls: Calls) => calls.filter((c) => c.name === 'ConsoleFlags').map((c) => c.variables);

/** A first page, and the second page after `cursor`. */
const twoPages =
  (cursor: string, first: unknown[], second: unknown[]) => (variables: Record<string, unknown>) =>
    variables.after === cursor ? page(second, null) : page(first, cursor);

/** A server over `flags`, sorted by key: `first` rows after the `after` key, as the real one pages them. */
function keyset(flags: { key: string }[], variables: Record<string, unknown>) {
  const after = variables.after as string | undefined;
  const first = (variables.first as number | undefined) ?? 50;
  const rest = flags.filter((f) => after === undefined || f.key > after);
  const items = rest.slice(0, first);
  return page(items, rest.length > first ? (items.at(-1)?.key ?? null) : null);
}

/** Answers from whatever `flags` returns at the time of each request. */
const serve = (flags: () => { key: string }[]) => (variables: Record<string, unknown>) =>
  keyset(flags(), variables);

const shownKeys = () =>
  [...document.querySelectorAll('li[data-flag]')].map((row) => row.getAttribute('data-flag'));

const bySearch = (variables: Record<string, unknown>) =>
  variables.search === 'tarot' ? page([flag('tarot_enabled')], null) : page([flag('runes_enabled')], null);

describe('FlagList', () => {
  it('sends the search once typing pauses, and the state and archived filters', async () => {
    const { api } = renderWithApi(<FlagList canEdit={false} />, {
      ConsoleFlags: bySearch,
    });
    await screen.findByText('runes_enabled');
    expect(flagCalls(api.calls)[0]).toMatchObject({ search: undefined, includeArchived: false });

    fireEvent.change(screen.getByLabelText('Search flags'), { target: { value: 'tar' } });
    fireEvent.change(screen.getByLabelText('Search flags'), { target: { value: 'tarot' } });
    await waitFor(() => expect(flagCalls(api.calls).at(-1)?.search).toBe('tarot'));
    // Debounced: the half-typed "tar" never went out.
    expect(flagCalls(api.calls).some((v) => v.search === 'tar')).toBe(false);
    await screen.findByText('tarot_enabled');

    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'off' } });
    await waitFor(() =>
      expect(flagCalls(api.calls).at(-1)).toMatchObject({ search: 'tarot', enabled: false }),
    );
    fireEvent.click(screen.getByLabelText('Show archived'));
    await waitFor(() =>
      expect(flagCalls(api.calls).at(-1)).toMatchObject({
        search: 'tarot',
        enabled: false,
        includeArchived: true,
      }),
    );
  });

  it('keeps the search and filters in the URL, and opens a link with them applied', async () => {
    const first = renderWithApi(<FlagList canEdit />, { ConsoleFlags: bySearch });
    fireEvent.change(screen.getByLabelText('Search flags'), { target: { value: 'tarot' } });
    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'off' } });
    await waitFor(() => expect(window.location.search).toBe('?state=off&q=tarot'));
    first.unmount();

    window.history.replaceState(null, '', '/console?q=runes&archived=1');
    const { api } = renderWithApi(<FlagList canEdit />, { ConsoleFlags: bySearch });
    expect((screen.getByLabelText('Search flags') as HTMLInputElement).value).toBe('runes');
    expect((screen.getByLabelText('Show archived') as HTMLInputElement).checked).toBe(true);
    expect(flagCalls(api.calls)[0]).toMatchObject({ search: 'runes', includeArchived: true });
  });

  it('sends the search at once on submit', async () => {
    const { api } = renderWithApi(<FlagList canEdit={false} />, { ConsoleFlags: page([], null) });
    await screen.findByText('No flags yet.');
    const search = screen.getByLabelText('Search flags');
    fireEvent.change(search, { target: { value: ' runes ' } });
    fireEvent.submit(search.closest('form') as HTMLFormElement);
    expect(flagCalls(api.calls).at(-1)?.search).toBe('runes');
    await screen.findByText('No flags match.');
  });

  it('appends the next page on "Load more" and links each key to its flag page', async () => {
    const { api } = renderWithApi(<FlagList canEdit />, {
      ConsoleFlags: twoPages('b_flag', [flag('a_flag'), flag('b_flag', true, true)], [flag('c/flag', false)]),
    });
    await screen.findByText('a_flag');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('c/flag');
    expect(flagCalls(api.calls).at(-1)?.after).toBe('b_flag');

    const rows = document.querySelectorAll('li[data-flag]');
    expect([...rows].map((row) => [row.getAttribute('data-flag'), row.getAttribute('data-enabled')])).toEqual(
      [
        ['a_flag', 'true'],
        ['b_flag', 'true'],
        ['c/flag', 'false'],
      ],
    );
    expect(screen.getByRole('link', { name: 'c/flag' }).getAttribute('href')).toBe('/console/flags/c%2Fflag');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    // The kill switch stays on live flags; an archived one has none.
    const archived = document.querySelector('li[data-flag="b_flag"]') as HTMLElement;
    expect(within(archived).getByText('Archived')).toBeTruthy();
    expect(within(archived).queryByRole('button')).toBeNull();
    const live = document.querySelector('li[data-flag="a_flag"]') as HTMLElement;
    expect(within(live).getByRole('button', { name: 'Turn off a_flag' })).toBeTruthy();
  });

  it('reloads every row shown on Refresh, so an inserted or archived flag moves the later pages', async () => {
    let flags = Array.from({ length: 60 }, (_, i) => flag(`flag_${String(i).padStart(2, '0')}`));
    const { api } = renderWithApi(<FlagList canEdit={false} />, { ConsoleFlags: serve(() => flags) });
    await screen.findByText('flag_49');
    expect(shownKeys()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('flag_59');
    expect(shownKeys()).toEqual(flags.map((f) => f.key));

    // A flag lands on page 1: the old 50th row must not fall between the pages.
    flags = [flag('flag_00a', false), ...flags];
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByText('flag_00a');
    // As many rows as before: the old 50th stays, the last one moves to the next page.
    expect(shownKeys()).toEqual(flags.slice(0, 60).map((f) => f.key));
    expect(screen.getByText('flag_49')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Load more' })).toBeTruthy();
    expect(flagCalls(api.calls).at(-1)).toMatchObject({ first: 60, after: undefined });
    const inserted = document.querySelector('li[data-flag="flag_00a"]');
    expect(inserted?.getAttribute('data-enabled')).toBe('false');

    // Two flags leave page 1 (archived, hidden by the filter): the rows after them show once each.
    flags = flags.filter((f) => f.key !== 'flag_10' && f.key !== 'flag_20');
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.queryByText('flag_10')).toBeNull());
    expect(shownKeys()).toEqual(flags.map((f) => f.key));
    expect(new Set(shownKeys()).size).toBe(59);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('keeps "Load more" when the refreshed rows still leave a next page', async () => {
    let flags = Array.from({ length: 120 }, (_, i) => flag(`flag_${String(i).padStart(3, '0')}`));
    renderWithApi(<FlagList canEdit={false} />, { ConsoleFlags: serve(() => flags) });
    await screen.findByText('flag_049');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('flag_099');

    flags = flags.slice(1);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.queryByText('flag_000')).toBeNull());
    // Still 100 rows: the first one left, the 101st moved up.
    expect(shownKeys()).toEqual(flags.slice(0, 100).map((f) => f.key));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('flag_119');
    expect(shownKeys()).toEqual(flags.map((f) => f.key));
  });
});
