// The end-user area: conversations, the open conversation's thread, and the reading modules.
import { useCallback, useState } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import type { AccountSummaryUser } from '../account/AccountSummary';
import { ChatThread } from '../chat/ChatThread';
import { ConversationList } from '../chat/ConversationList';
import { ModulePanel } from '../modules/ModulePanel';

export function AppHome({ user }: { user: AccountSummaryUser }) {
  usePageTitle('Chat and readings');
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [runs, setRuns] = useState(0);
  const onRun = useCallback(() => setRuns((n) => n + 1), []);
  return (
    <>
      <h1>Chat and readings</h1>
      <p className="lead">Talk to the astrologer of {user.tenant.name} and draw a reading.</p>
      <div className="app-layout">
        <ConversationList selectedId={conversationId} onSelect={setConversationId} />
        <div className="app-main">
          {conversationId ? (
            <ChatThread id={conversationId} refreshKey={runs} />
          ) : (
            <section className="card" aria-labelledby="thread-title">
              <h2 id="thread-title">No conversation open</h2>
              <p className="muted">Choose a conversation or start a new one.</p>
            </section>
          )}
          <ModulePanel conversationId={conversationId} onRun={onRun} />
        </div>
      </div>
    </>
  );
}
