// The end-user area: conversations, the open conversation's thread and, beside it, the readings; on a
// phone the thread and the readings are two tabs.
import { type KeyboardEvent, useCallback, useId, useState } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import type { AccountSummaryUser } from '../account/AccountSummary';
import { ChatThread } from '../chat/ChatThread';
import { ConversationList } from '../chat/ConversationList';
import { ModulePanel } from '../modules/ModulePanel';
import './app-home.css';
import { useMediaQuery } from './use-media-query';

/** Below this width the readings get a tab of their own instead of a column beside the thread. */
export const PHONE_QUERY = '(max-width: 40rem)';

type Tab = 'chat' | 'readings';
const TABS: { id: Tab; label: string }[] = [
  { id: 'chat', label: 'Chat' },
  { id: 'readings', label: 'Readings' },
];

export function AppHome({ user }: { user: AccountSummaryUser }) {
  usePageTitle('Chat and readings');
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [runs, setRuns] = useState(0);
  const onRun = useCallback(() => setRuns((n) => n + 1), []);
  const phone = useMediaQuery(PHONE_QUERY);
  const [tab, setTab] = useState<Tab>('chat');
  const base = useId();
  const tabId = (t: Tab) => `${base}-tab-${t}`;
  const panelId = (t: Tab) => `${base}-panel-${t}`;

  // Arrow keys move between the two tabs, as in the ARIA tabs pattern.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next: Tab = tab === 'chat' ? 'readings' : 'chat';
    setTab(next);
    document.getElementById(tabId(next))?.focus();
  };

  // Both stay mounted on a phone: a draw under way keeps going while the chat tab is open.
  const panel = (t: Tab) =>
    phone
      ? { id: panelId(t), role: 'tabpanel', 'aria-labelledby': tabId(t), hidden: tab !== t }
      : { id: panelId(t) };

  return (
    <>
      <h1>Chat and readings</h1>
      <p className="lead">Talk to the astrologer of {user.tenant.name} and draw a reading.</p>
      <div className="app-home" data-layout={phone ? 'tabs' : 'columns'}>
        <ConversationList selectedId={conversationId} onSelect={setConversationId} />
        {phone && (
          <div className="app-tabs" role="tablist" aria-label="Chat or readings">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                id={tabId(t.id)}
                aria-selected={tab === t.id}
                aria-controls={panelId(t.id)}
                tabIndex={tab === t.id ? 0 : -1}
                className="app-tab"
                onClick={() => setTab(t.id)}
                onKeyDown={onTabKey}
              >
                {t.label}
              </button>
            ))}
          </div>
        )}
        <div className="app-thread" {...panel('chat')}>
          {conversationId ? (
            <ChatThread id={conversationId} refreshKey={runs} />
          ) : (
            <section className="card" aria-labelledby="thread-title">
              <h2 id="thread-title">No conversation open</h2>
              <p className="muted">Choose a conversation or start a new one.</p>
            </section>
          )}
        </div>
        <div className="app-readings" {...panel('readings')}>
          <ModulePanel conversationId={conversationId} onRun={onRun} />
        </div>
      </div>
    </>
  );
}
