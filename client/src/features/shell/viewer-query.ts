// The signed-in account, as every signed-in page needs it: one query, shared through urql's cache.

import { useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { AccountSummaryFragment, type AccountSummaryUser } from '../account/AccountSummary';
import { type ShellUser, ShellUserFragment } from './Shell';

export type Viewer = ShellUser & AccountSummaryUser;

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

export function useViewer(options: { pause: boolean }) {
  return useQuery({ query: ViewerQuery, pause: options.pause });
}
