// Component tests: unmount what each test rendered and go back to "/", so the next one starts afresh
// (filters kept in the URL would otherwise carry over).
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
