// The console home's quick links: the role's console pages and two common starting points.
import { useId } from 'react';
import { Link } from 'wouter';
import type { Role } from '../../app/areas';
import { sectionsFor } from './ConsoleNav';

const READER_LINKS = [
  { href: '/console?state=off', label: 'Flags that are Off' },
  { href: '/console/audit?targetType=flag', label: 'Flag changes in the audit log' },
] as const;

export function QuickLinks({ role }: { role: Role }) {
  const titleId = useId();
  const sections = sectionsFor(role).filter((s) => s.href !== '/console');
  const links = sections.length > 0 ? [...READER_LINKS, ...sections] : [];
  if (links.length === 0) return null;
  return (
    <nav className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>Quick links</h2>
      <ul className="home-links">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
