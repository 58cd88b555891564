/** Files imported as text (`import css from './site.css?raw'`): Vite (tests) and scripts/build.mjs (esbuild) both read them this way. */
declare module '*?raw' {
  const text: string;
  export default text;
}
