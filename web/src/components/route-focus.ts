import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

// A page may draw its heading only once its code or data has come; past this, a heading that
// stayed (the same page under a new address) takes focus.
const HEADING_WAIT_MS = 1500;

/**
 * After every route change (not the first load), moves focus to the page's main heading, so a
 * screen reader announces the new page and Tab starts from it; and keeps the document title
 * "<heading> — <product>" as the heading changes (language switch, data loaded).
 */
export function useRouteFocus(main: RefObject<HTMLElement>, path: string, product: string): void {
  const firstPath = useRef(path);
  const lastFocused = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const root = main.current;
    if (!root) return;
    let waiting = path !== firstPath.current;
    firstPath.current = '';
    const previous = lastFocused.current;
    const focus = (heading: HTMLElement) => {
      waiting = false;
      heading.tabIndex = -1;
      heading.focus();
      lastFocused.current = heading;
    };
    const update = () => {
      const heading = root.querySelector<HTMLElement>('h1');
      const text = heading?.textContent?.trim();
      document.title = text && path !== '/' ? `${text} — ${product}` : product;
      // The previous page's heading can stay on screen while the next page's code loads.
      if (waiting && heading && heading !== previous) focus(heading);
    };
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    update();
    // A page that keeps its heading element across routes (an editor after saving) gets it back.
    const stopWaiting = setTimeout(() => {
      const heading = root.querySelector<HTMLElement>('h1');
      if (waiting && heading) focus(heading);
      waiting = false;
    }, HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(stopWaiting);
    };
  }, [main, path, product]);
}
