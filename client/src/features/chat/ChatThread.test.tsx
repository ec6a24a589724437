// The thread signs each reply with the persona's name it was written under, and the user's own as "You".
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { ChatThread } from './ChatThread';

const message = (id: string, role: 'USER' | 'ASSISTANT', text: string, personaName: string | null) => ({
  id,
  role,
  text,
  status: 'OK',
  personaName,
  createdAt: '2026-12-04T19:00:00.000Z',
});

it("labels replies with the persona's name, old ones with the name they were written under", async () => {
  const { container } = renderWithApi(<ChatThread id="c1" refreshKey={0} />, {
    Conversation: {
      data: {
        conversation: {
          id: 'c1',
          title: 'Stars',
          messages: {
            items: [
              message('m1', 'USER', 'Hello', null),
              message('m2', 'ASSISTANT', 'Welcome. I am Selene.', 'Selene'),
              message('m3', 'USER', 'Love?', null),
              message('m4', 'ASSISTANT', 'Venus smiles.', 'Orion'),
              message('m5', 'ASSISTANT', 'An old reply.', null),
            ],
          },
        },
      },
    },
  });
  await screen.findByText('Venus smiles.');
  const authors = [...container.querySelectorAll('.message-author')].map((p) => p.textContent);
  expect(authors).toEqual(['You', 'Selene', 'You', 'Orion', 'Astrologer']);
});
