// Set by scripts/build.mjs: true in the browser bundles, false in the Node ones, so that each
// bundle leaves out the other's code paths.
declare const NEWS_LENS_WEB: boolean;
