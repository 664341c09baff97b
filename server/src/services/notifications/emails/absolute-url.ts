/** A page of the web client as an absolute address on the configured public URL. */
export const absoluteUrl = (publicUrl: string, path: string): string => new URL(path, publicUrl).href;
