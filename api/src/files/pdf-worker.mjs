// Worker thread of the document renderer (document-renderer.ts). Plain JavaScript so that it
// starts without the parent's loader; it registers tsx itself to import the TypeScript renderers.
import { register } from 'tsx/esm/api';

register();

/** Renders one document: the module's named export, given the input, returns the PDF bytes. */
export default async function render({ module, exportName, input }) {
  const renderers = await import(module);
  const bytes = await renderers[exportName](input);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
