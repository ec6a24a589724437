// The signed-in account, as every signed-in page needs it: one query, shared through urql's cache.

import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../app/graphql';
import { AccountSummaryFragment } from '../account/AccountSummary';
import { ShellUserFragment } from './Shell';

export const ViewerQuery = graphql(
  `
  query Viewer {
    me {
      id
      role
      ...Shell_user
      ...AccountSummary_user
    }
  }
`,
  [ShellUserFragment, AccountSummaryFragment],
);

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>['me']>;

export function useViewer(options: { pause: boolean }) {
  return useQuery({ query: ViewerQuery, pause: options.pause });
}
