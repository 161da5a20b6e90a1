// The types of the module scripts/build-page.mjs generates beside this file (git-ignored): the
// interactive page's script and style, built at build time (`npm run build`, `npm test`, `npm ci`).
/** The page's script: renderer/interactive-page/main.ts with the engine and catalogues, minified, ASCII only. */
export declare const PAGE_SCRIPT: string;
/** Its SHA-256, base64, as the Content-Security-Policy names it. */
export declare const PAGE_SCRIPT_SHA256: string;
/** The page's style, minified. */
export declare const PAGE_STYLE: string;
export declare const PAGE_STYLE_SHA256: string;
/** The files it was built from, relative to the repository, with / between folders. */
export declare const PAGE_INPUTS: readonly string[];
