// Shown for an address that matches no page, with a way back to the role's area.
import { Link } from 'wouter';
import { homeAreaOf, type Role } from '../../app/areas';
import { usePageTitle } from '../../app/use-page-title';

export function NotFoundPage({ role }: { role: Role }) {
  usePageTitle('Page not found');
  const home = homeAreaOf(role);
  return (
    <section className="card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link href={home.path} className="button button-primary">
          Go to the {home.title.toLowerCase()}
        </Link>
      </p>
    </section>
  );
}
