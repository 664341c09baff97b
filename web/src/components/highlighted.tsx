/**
 * Text with Meilisearch's <mark>…</mark> around matched words, rendered as real <mark>
 * elements. Everything else stays text (escaped by Preact), never parsed as HTML.
 */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(/(<mark>.*?<\/mark>)/g);
  return (
    <>
      {parts.map((part) => {
        const match = /^<mark>(.*)<\/mark>$/.exec(part);
        return match ? <mark>{match[1]}</mark> : part;
      })}
    </>
  );
}
