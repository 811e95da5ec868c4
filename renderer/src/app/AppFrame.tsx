import { useEffect } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { platform } from '../platform/platform';
import { Toasts } from '../components/Toasts';
import { recordMenuCommand } from '../stores/menu-actions';
import { MENU_ROUTES, NAV_ITEMS } from './navigation';
import { TeamSwitcher } from './TeamSwitcher';
import { ThemeSync } from '../session/ThemeSync';
import { useFocusOnNavigation } from './use-focus-on-navigation';

export function AppFrame() {
  const navigate = useNavigate();
  useFocusOnNavigation();
  useEffect(
    () =>
      platform().onMenuCommand((command) => {
        recordMenuCommand(command);
        void navigate(MENU_ROUTES[command]);
      }),
    [navigate],
  );
  return (
    <div className="app-frame">
      <ThemeSync />
      {/* The router owns the URL hash, so the skip link moves focus itself instead of navigating. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="app-brand">
          <img src="./favicon.svg" alt="" />
          MTTR Studio
        </NavLink>
        <TeamSwitcher />
      </header>
      <nav className="app-nav" aria-label="Main">
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.path}>
              <NavLink to={item.path} end={item.path === '/'}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <Toasts />
        <Outlet />
      </main>
    </div>
  );
}
