// Sets the document title, so tabs, history and screen readers name the current page.
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Augur`;
  }, [title]);
}
