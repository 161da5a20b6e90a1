import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isLang } from '../shared/i18n/languages';
import { detectPlatform } from './platform';
import { useAppStore } from './store/store';
import './styles.css';
import './print.css';

// `?lang=en` opens the app in that language; `?lang=qps` in the pseudo-locale (shared/i18n/pseudo.ts).
const wanted = new URLSearchParams(location.search).get('lang');
if (isLang(wanted)) useAppStore.getState().setLang(wanted);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App platform={detectPlatform()} />
    </StrictMode>,
  );
}
