import { useLayoutEffect, useState } from "react";

/**
 * A sticky footer keeps the page's `scroll-padding-bottom` equal to its height, so whatever the
 * page scrolls into view (a focused button, an opened finding) is not left under the footer.
 * Returns the callback ref to put on the footer.
 */
export function useFooterPadding(): (el: HTMLElement | null) => void {
  const [el, setEl] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (!el) return;
    const root = document.documentElement;
    const measure = () => {
      root.style.scrollPaddingBottom = `${el.offsetHeight}px`;
    };
    measure();
    const watch = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(measure);
    watch?.observe(el);
    return () => {
      watch?.disconnect();
      root.style.scrollPaddingBottom = "";
    };
  }, [el]);
  return setEl;
}
