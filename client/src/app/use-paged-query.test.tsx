// usePagedQuery against a fake API: refreshes reload every row shown, page by page past the server's max `first`.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../testing/render-with-api';
import { graphql } from './graphql';
import { usePagedQuery } from './use-paged-query';

const PagedFlagsQuery = graphql(`
  query PagedFlags($search: String, $first: Int, $after: String) {
    flags(search: $search, first: $first, after: $after) {
      items {
        key
      }
      nextCursor
    }
  }
`);

/** Pages of two rows, and at most three rows a request, so a few rows cross every limit. */
function Harness({ search }: { search?: string }) {
  const list = usePagedQuery({
    query: PagedFlagsQuery,
    variables: { search },
    connection: (data) => data.flags,
    itemKey: (flag) => flag.key,
    pageSize: 2,
    maxFirst: 3,
  });
  return (
    <>
      <output>{list.items.map((flag) => flag.key).join(' ')}</output>
      <p>{`${list.fetching ?? 'idle'} ${list.hasMore ? 'more' : 'end'}`}</p>
      <button type="button" onClick={list.loadMore}>
        More
      </button>
      <button type="button" onClick={list.refresh}>
        Refresh
      </button>
    </>
  );
}

type Variables = Record<string, unknown>;

/** Answers from whatever `keys` returns at the time of each request. */
const serve = (keys: () => readonly string[]) => (variables: Variables) => keyset(keys(), variables);

/** A keyset server over `keys`, like the real one: `first` rows after the `after` key. */
function keyset(keys: readonly string[], variables: Variables) {
  const after = variables.after as string | undefined;
  const first = variables.first as number;
  const rest = keys.filter((key) => after === undefined || key > after);
  const items = rest.slice(0, first).map((key) => ({ key }));
  return { data: { flags: { items, nextCursor: rest.length > first ? (items.at(-1)?.key ?? null) : null } } };
}

const shown = () => screen.getByRole('status').textContent;
const pagedCalls = (calls: { name: string; variables: Variables }[]) =>
  calls.filter((c) => c.name === 'PagedFlags').map(({ variables: { first, after } }) => ({ first, after }));

async function loadAll(times: number) {
  for (let i = 0; i < times; i++) {
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('idle more');
  }
}

describe('usePagedQuery', () => {
  it('refreshes past the largest `first` by following the new cursors', async () => {
    let keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const { api } = renderWithApi(<Harness />, { PagedFlags: serve(() => keys) });
    await screen.findByText('idle more');
    await loadAll(3);
    expect(shown()).toBe('a b c d e f g h');

    keys = ['a', 'b', 'bb', 'c', 'e', 'f', 'g', 'h', 'i'];
    const before = pagedCalls(api.calls).length;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(shown()).toBe('a b bb c e f g h'));
    expect(pagedCalls(api.calls).slice(before)).toEqual([
      { first: 3, after: undefined },
      { first: 3, after: 'bb' },
      { first: 2, after: 'f' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('idle end');
    expect(shown()).toBe('a b bb c e f g h i');
  });

  it('leaves out a row that a later page sends again', async () => {
    const overlapping = (v: Variables) =>
      v.after === 'b'
        ? { data: { flags: { items: [{ key: 'b' }, { key: 'c' }], nextCursor: null } } }
        : { data: { flags: { items: [{ key: 'a' }, { key: 'b' }], nextCursor: 'b' } } };
    renderWithApi(<Harness />, { PagedFlags: overlapping });
    await screen.findByText('idle more');
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('idle end');
    expect(shown()).toBe('a b c');
  });

  it('keeps the page still loading when a refresh comes first', async () => {
    const keys = ['a', 'b', 'c', 'd', 'e'];
    let answering = false;
    const stalling = (v: Variables) => (answering || v.after === undefined ? keyset(keys, v) : 'pending');
    const { api } = renderWithApi(<Harness />, { PagedFlags: stalling });
    await screen.findByText('idle more');
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('more more');
    answering = true;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(shown()).toBe('a b c d'));
    expect(pagedCalls(api.calls).at(-2)).toEqual({ first: 3, after: undefined });
    expect(pagedCalls(api.calls).at(-1)).toEqual({ first: 1, after: 'c' });
  });

  it('starts again from the first page when the variables change', async () => {
    const bySearch = (v: Variables) => keyset(v.search ? ['x', 'y', 'z'] : ['a', 'b', 'c'], v);
    const { api, rerender } = renderWithApi(<Harness />, { PagedFlags: bySearch });
    await screen.findByText('idle more');
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByText('idle end');
    expect(shown()).toBe('a b c');

    rerender(<Harness search="x" />);
    await waitFor(() => expect(shown()).toBe('x y'));
    expect(api.calls.at(-1)?.variables).toMatchObject({ search: 'x', first: 2, after: undefined });
  });
});
