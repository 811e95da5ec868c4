import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { StartupErrorBoundary } from './app/StartupErrorBoundary';
import { startApp } from './app/start-app';
import { TeamProvider } from './session/team-context';
import { router } from './app/router';
import './styles/app.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/drills.css';
import './styles/drill-kit.css';
import './styles/assessments.css';
import './styles/home.css';

const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root element.');

// The app renders once start-up has checked the stored data (see start-app.tsx).
void startApp(
  createRoot(container),
  <StrictMode>
    <StartupErrorBoundary>
      <TeamProvider>
        <RouterProvider router={router} />
      </TeamProvider>
    </StartupErrorBoundary>
  </StrictMode>,
);
