// Stylesheets are bundled by esbuild, not imported as modules.
declare module '*.css';
