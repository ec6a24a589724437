// The user's conversations, newest page first, with a way to start a new one.

import { useMutation, useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';

export const ConversationsQuery = graphql(`
  query Conversations {
    conversations(first: 50) {
      items {
        id
        title
      }
      nextCursor
    }
  }
`);

export const CreateConversationMutation = graphql(`
  mutation CreateConversation($title: String) {
    createConversation(title: $title) {
      id
      title
    }
  }
`);

export function ConversationList(props: { selectedId: string | null; onSelect(id: string): void }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ConversationsQuery });
  const [created, create] = useMutation(CreateConversationMutation);

  const start = async () => {
    const count = (data?.conversations.items.length ?? 0) + 1;
    const outcome = await create({ title: `Conversation ${count}` });
    if (!outcome.data) return;
    refetch({ requestPolicy: 'network-only' });
    props.onSelect(outcome.data.createConversation.id);
  };

  const items = data?.conversations.items ?? [];
  return (
    <nav className="card conversations" aria-labelledby="conversations-title">
      <div className="section-head">
        <h2 id="conversations-title">Conversations</h2>
        <button type="button" className="button button-primary" onClick={start} disabled={created.fetching}>
          New conversation
        </button>
      </div>
      {created.error && <ErrorNotice title="Could not start a conversation" error={created.error} />}
      {fetching && !data && <StatusMessage>Loading conversations…</StatusMessage>}
      {error && !data && (
        <ErrorNotice
          title="Could not load your conversations"
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {data && items.length === 0 && (
        <p className="muted">No conversations yet. Start one to talk to the astrologer.</p>
      )}
      {items.length > 0 && (
        <ul className="conversation-list">
          {items.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="conversation-link"
                aria-current={c.id === props.selectedId ? 'true' : undefined}
                onClick={() => props.onSelect(c.id)}
              >
                {c.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
