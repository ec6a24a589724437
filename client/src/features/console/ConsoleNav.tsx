// The console's sections, as links; which ones a role sees follows what the server lets it read.
import { Link, useLocation } from 'wouter';
import type { Role } from '../../app/areas';

interface Section {
  href: string;
  label: string;
  roles: readonly Role[];
}

const SECTIONS: readonly Section[] = [
  { href: '/console', label: 'Flags', roles: ['OPS', 'SUPPORT'] },
  { href: '/console', label: 'Tenants', roles: ['PLATFORM'] },
  { href: '/console', label: 'Your tenant', roles: ['TENANT_ADMIN'] },
  { href: '/console/entitlements', label: 'Entitlements', roles: ['PLATFORM'] },
  { href: '/console/api-keys', label: 'API keys', roles: ['PLATFORM', 'TENANT_ADMIN'] },
  { href: '/console/segments', label: 'Segments', roles: ['OPS', 'SUPPORT'] },
  { href: '/console/audit', label: 'Audit log', roles: ['OPS', 'SUPPORT', 'TENANT_ADMIN'] },
  { href: '/console/explain', label: 'Explain', roles: ['OPS'] },
  { href: '/console/alerts', label: 'Alerts', roles: ['OPS'] },
  { href: '/console/persona', label: 'Persona', roles: ['OPS', 'SUPPORT'] },
  { href: '/console/monitoring', label: 'Monitoring', roles: ['OPS'] },
];

export function sectionsFor(role: Role): readonly Section[] {
  return SECTIONS.filter((s) => s.roles.includes(role));
}

export function ConsoleNav({ role }: { role: Role }) {
  const [location] = useLocation();
  const sections = sectionsFor(role);
  if (sections.length === 0) return null;
  const current = (href: string) =>
    href === '/console'
      ? location === '/console' ||
        location.startsWith('/console/flags') ||
        location.startsWith('/console/tenants')
      : location.startsWith(href);
  return (
    <nav className="console-nav" aria-label="Console sections">
      <ul>
        {sections.map((s) => (
          <li key={s.href}>
            <Link href={s.href} aria-current={current(s.href) ? 'page' : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
