// The model file, bundled by esbuild's base64 loader (scripts/build.mjs).
declare module '*.bin' {
  const base64: string;
  export default base64;
}
