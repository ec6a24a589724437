// Shown on an area the signed-in role may not use, with a way to the role's own area.
import { Link } from 'wouter';
import { type Area, homeAreaOf, type Role } from '../../app/areas';
import { usePageTitle } from '../../app/use-page-title';

export function RoleNotice({ area, role }: { area: Area; role: Role }) {
  usePageTitle('Not available');
  const home = homeAreaOf(role);
  return (
    <section className="card" aria-labelledby="role-notice-title">
      <h1 id="role-notice-title">Not available</h1>
      <p>
        The {area.title.toLowerCase()} is not available for your role ({role}).
      </p>
      <p>
        <Link href={home.path} className="button button-primary">
          Go to the {home.title.toLowerCase()}
        </Link>
      </p>
    </section>
  );
}
