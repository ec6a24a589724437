// One conversation: its messages (persona replies signed with the persona's name, declined and failed ones
// marked) and the send box.

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';

export const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      id
      title
      messages(first: 100) {
        items {
          id
          role
          text
          status
          personaName
          createdAt
        }
      }
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($conversationId: ID!, $text: String!) {
    sendMessage(conversationId: $conversationId, text: $text) {
      userMessage {
        id
        role
        text
        status
        createdAt
      }
      reply {
        id
        role
        text
        status
        personaName
        createdAt
      }
    }
  }
`);

const STATUS_NOTES: Record<ReturnType<typeof graphql.scalar<'MessageStatus'>>, string | null> = {
  OK: null,
  OUT_OF_SCOPE: 'Outside what the astrologer answers',
  LLM_ERROR: 'The astrologer could not answer',
};

/** `refreshKey` changes when something else (a module run) has added to the thread. */
export function ChatThread({ id, refreshKey }: { id: string; refreshKey: number }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ConversationQuery, variables: { id } });
  const [sent, send] = useMutation(SendMessageMutation);
  const [text, setText] = useState('');
  const inputId = useId();
  const end = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (refreshKey > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);

  const count = data?.conversation.messages.items.length ?? 0;
  useEffect(() => {
    if (count > 0) end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [count]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    const outcome = await send({ conversationId: id, text: trimmed });
    if (outcome.data) {
      setText('');
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const messages = data?.conversation.messages.items ?? [];
  return (
    <section className="card thread" aria-labelledby="thread-title">
      <h2 id="thread-title">{data?.conversation.title ?? 'Conversation'}</h2>
      {fetching && !data && <StatusMessage>Loading messages…</StatusMessage>}
      {error && !data && (
        <ErrorNotice
          title="Could not load this conversation"
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {data && messages.length === 0 && (
        <p className="muted">No messages yet. Ask the astrologer something.</p>
      )}
      {messages.length > 0 && (
        <ol className="messages" aria-label="Messages">
          {messages.map((m) => (
            <li key={m.id} className={`message message-${m.role.toLowerCase()}`} data-status={m.status}>
              <p className="message-author">{m.role === 'USER' ? 'You' : (m.personaName ?? 'Astrologer')}</p>
              {STATUS_NOTES[m.status] && <p className="message-note">{STATUS_NOTES[m.status]}</p>}
              <p className="message-text">{m.text}</p>
            </li>
          ))}
        </ol>
      )}
      <div ref={end} />
      {sent.error && <ErrorNotice title="Your message was not sent" error={sent.error} />}
      <form className="send" onSubmit={submit}>
        <label htmlFor={inputId}>Message</label>
        <div className="send-row">
          <input
            id={inputId}
            type="text"
            maxLength={2000}
            required
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={sent.fetching}>
            {sent.fetching ? 'Sending…' : 'Send'}
          </button>
        </div>
      </form>
    </section>
  );
}
