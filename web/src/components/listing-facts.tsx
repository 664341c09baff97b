import type { ComponentChildren } from 'preact';

/** One labelled fact of a lab, need or organisation page (a page leaves out the facts it has no value for). */
export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Codes as tags, each worded by `label`. */
export function Tags({ codes, label }: { codes: readonly string[]; label: (code: string) => string }) {
  return (
    <>
      {codes.map((code) => (
        <span class="tag" key={code}>
          {label(code)}
        </span>
      ))}
    </>
  );
}
