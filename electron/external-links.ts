// The only places outside the app that it may send the user to, in their own browser.
// The app uses no network itself; a link the renderer defines (or a menu item) opens in the
// system browser only when it is on this list. Everything else is refused silently.
import { shell } from 'electron';

interface AllowedLink {
  /** Exact origin, https only. */
  origin: string;
  /** The path must start with this. */
  pathPrefix: string;
}

/** Links the app itself offers (Help menu). */
export const EXTERNAL_LINKS = {
  licence: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
} as const;

// Add the project's documentation site here once it has one.
const ALLOW_LIST: readonly AllowedLink[] = [
  { origin: 'https://interoperable-europe.ec.europa.eu', pathPrefix: '/collection/eupl/' },
];

/** The normalised URL when `raw` may be opened in the system browser, else null. */
export function allowedExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  const ok = ALLOW_LIST.some(
    (entry) => url.origin === entry.origin && url.pathname.startsWith(entry.pathPrefix),
  );
  return ok ? url.href : null;
}

/** Opens an allow-listed https link in the system browser; returns whether it did. */
export async function openExternalLink(raw: string): Promise<boolean> {
  const url = allowedExternalUrl(raw);
  if (url === null) return false;
  await shell.openExternal(url);
  return true;
}
