/** Replaced at build time by the package version (see build.mjs); "dev" when running from source. */
declare const __LEAKGUARD_VERSION__: string | undefined;
export const VERSION: string = typeof __LEAKGUARD_VERSION__ === 'string' ? __LEAKGUARD_VERSION__ : 'dev';
