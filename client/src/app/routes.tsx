// The route table: the login page, the end-user app, the console and its sections, and the fallbacks.
import { Redirect, Route, Switch } from 'wouter';
import { AlertsPage } from '../features/alerts/AlertsPage';
import { ApiKeysPage } from '../features/api-keys/ApiKeysPage';
import { AppHome } from '../features/app/AppHome';
import { AuditLog } from '../features/audit/AuditLog';
import { LoginPage } from '../features/auth/LoginPage';
import { ConsoleHome } from '../features/console/ConsoleHome';
import { ConsoleSection } from '../features/console/ConsoleSection';
import { FlagPage, flagPageTitle } from '../features/console/FlagPage';
import { ExplainPanel } from '../features/explain/ExplainPanel';
import { MonitoringPage } from '../features/monitoring/MonitoringPage';
import { PersonaEditor } from '../features/personas/PersonaEditor';
import { SegmentList } from '../features/segments/SegmentList';
import { SegmentPage, segmentPageTitle } from '../features/segments/SegmentPage';
import { NotFoundPage } from '../features/shell/NotFoundPage';
import { SignedInPage } from '../features/shell/SignedInPage';
import { EntitlementsMatrix } from '../features/tenants/EntitlementsMatrix';
import { TenantPage } from '../features/tenants/TenantPage';
import { homeAreaOf } from './areas';

const READERS = ['OPS', 'SUPPORT'] as const;

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/login" component={LoginPage} />
      <Route path="/app">
        <SignedInPage area="app">{(viewer) => <AppHome user={viewer} />}</SignedInPage>
      </Route>
      <Route path="/console">
        <SignedInPage area="console">{(viewer) => <ConsoleHome user={viewer} />}</SignedInPage>
      </Route>
      <Route path="/console/flags/:key/:tab?">
        {(params) => (
          <SignedInPage area="console">
            {(viewer) => (
              <ConsoleSection
                title={flagPageTitle(params.key, params.tab)}
                viewerRole={viewer.role}
                allowed={READERS}
                heading={false}
              >
                <FlagPage flagKey={params.key} tab={params.tab} viewerRole={viewer.role} />
              </ConsoleSection>
            )}
          </SignedInPage>
        )}
      </Route>
      <Route path="/console/tenants/:id">
        {(params) => (
          <SignedInPage area="console">
            {(viewer) => (
              <ConsoleSection title="Tenant" viewerRole={viewer.role} allowed={['PLATFORM']} heading={false}>
                <TenantPage tenantId={params.id} />
              </ConsoleSection>
            )}
          </SignedInPage>
        )}
      </Route>
      <Route path="/console/entitlements">
        <SignedInPage area="console">
          {(viewer) => (
            <ConsoleSection title="Entitlements" viewerRole={viewer.role} allowed={['PLATFORM']}>
              <EntitlementsMatrix />
            </ConsoleSection>
          )}
        </SignedInPage>
      </Route>
      <Route path="/console/api-keys">
        <SignedInPage area="console">
          {(viewer) => (
            <ConsoleSection title="API keys" viewerRole={viewer.role} allowed={['PLATFORM', 'TENANT_ADMIN']}>
              <ApiKeysPage role={viewer.role} tenant={viewer.tenant} />
            </ConsoleSection>
          )}
        </SignedInPage>
      </Route>
      <Route path="/console/segments">
        <SignedInPage area="console">
          {(viewer) => (
            <ConsoleSection title="Segments" viewerRole={viewer.role} allowed={READERS} heading={false}>
              <SegmentList canEdit={viewer.role === 'OPS'} />
            </ConsoleSection>
          )}
        </SignedInPage>
      </Route>
      <Route path="/console/segments/:key/:tab?">
        {(params) => (
          <SignedInPage area="console">
            {(viewer) => (
              <ConsoleSection
                title={segmentPageTitle(params.key, params.tab)}
                viewerRole={viewer.role}
                allowed={READERS}
                heading={false}
              >
                <SegmentPage segmentKey={params.key} tab={params.tab} viewerRole={viewer.role} />
              </ConsoleSection>
            )}
          </SignedInPage>
        )}
      </Route>
      <Route path="/console/audit">
        <SignedInPage area="console">
          {(viewer) => (
            <ConsoleSection
              title="Audit log"
              viewerRole={viewer.role}
              allowed={[...READERS, 'TENANT_ADMIN']}
              heading={false}
            >
              <AuditLog pageHeading />
            </ConsoleSection>
          )}
        </SignedInPage>
      </Route>
      <Route path="/console/alerts">
        <SignedInPage area="console">
          {(viewer) => (
            <ConsoleSection title="Alerts" viewerRole={viewer.role} allowed={['OPS']} heading={false}>
              <AlertsPage />
            </ConsoleSection>
          )}
        </SignedInPage>
      </Route>
      <Route path="/console/explain">
        <SignedInPage area="console">
          {(viewer) => (
            <ConsoleSection title="Explain" viewerRole={viewer.role} allowed={['OPS']}>
              <ExplainPanel />
            </ConsoleSection>
          )}
        </SignedInPage>
      </Route>
      <Route path="/console/monitoring">
        <SignedInPage area="console">
          {(viewer) => (
            <ConsoleSection title="Monitoring" viewerRole={viewer.role} allowed={['OPS']}>
              <MonitoringPage />
            </ConsoleSection>
          )}
        </SignedInPage>
      </Route>
      <Route path="/console/persona">
        <SignedInPage area="console">
          {(viewer) => (
            <ConsoleSection title="Persona" viewerRole={viewer.role} allowed={READERS}>
              <PersonaEditor canEdit={viewer.role === 'OPS'} />
            </ConsoleSection>
          )}
        </SignedInPage>
      </Route>
      <Route path="/">
        <SignedInPage area={null}>
          {(viewer) => <Redirect to={homeAreaOf(viewer.role).path} replace />}
        </SignedInPage>
      </Route>
      <Route>
        <SignedInPage area={null}>{(viewer) => <NotFoundPage role={viewer.role} />}</SignedInPage>
      </Route>
    </Switch>
  );
}
