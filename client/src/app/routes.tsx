// The route table: the login page, the two signed-in areas, and the fallbacks.
import { Redirect, Route, Switch } from 'wouter';
import { AppHome } from '../features/app/AppHome';
import { LoginPage } from '../features/auth/LoginPage';
import { ConsoleHome } from '../features/console/ConsoleHome';
import { NotFoundPage } from '../features/shell/NotFoundPage';
import { SignedInPage } from '../features/shell/SignedInPage';
import { homeAreaOf } from './areas';

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
