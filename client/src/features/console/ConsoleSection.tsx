// Frames a console page: the section links, its heading, and a plain refusal for a role that may not see it.
import type { ReactNode } from 'react';
import type { Role } from '../../app/areas';
import { usePageTitle } from '../../app/use-page-title';
import { ConsoleNav } from './ConsoleNav';

export function ConsoleSection(props: {
  title: string;
  viewerRole: Role;
  allowed: readonly Role[];
  /** False when the page names itself (a flag page shows the flag key as its heading). */
  heading?: boolean;
  children: ReactNode;
}) {
  usePageTitle(props.title);
  return (
    <>
      <ConsoleNav role={props.viewerRole} />
      {props.allowed.includes(props.viewerRole) ? (
        <>
          {props.heading !== false && <h1>{props.title}</h1>}
          {props.children}
        </>
      ) : (
        <section className="card">
          <h1>{props.title}</h1>
          <p className="notice notice-info">This part of the console is not available for your role.</p>
        </section>
      )}
    </>
  );
}
