/**
 * The page's own scroll for an opened finding. The findings list scrolls inside its box, but at
 * 320–350 px the box starts half a screen down and the sticky footer sits over the pane's foot:
 * a detail opened there was drawn under the footer or below the fold (issue 16). The page then
 * scrolls just enough to show the band from the row's top to the detail's end, or, when the band
 * is taller than the room left, puts the row at the top.
 */

/** Room kept above the band: the row is not glued to the pane's top edge. */
const MARGIN = 8;

/**
 * How far to scroll the page (positive: down) so that [top, bottom] (viewport pixels) shows in
 * a viewport `height` tall whose last `bottomPad` pixels are covered (the sticky footer).
 */
export function pageScrollFor(
  top: number,
  bottom: number,
  height: number,
  bottomPad: number
): number {
  const room = height - bottomPad;
  if (top < 0) return top - MARGIN;
  if (bottom <= room) return 0;
  // Taller than the room: the row and the detail's top matter most.
  return Math.max(0, Math.min(top - MARGIN, bottom - room));
}

/**
 * Scrolls the page so that the band shows, honouring the root's `scroll-padding-bottom` (which
 * the sticky footer keeps equal to its height, so the browser's own focus scrolling does too).
 */
export function revealInPage(top: number, bottom: number): void {
  const root = document.scrollingElement ?? document.documentElement;
  const pad = parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0;
  const by = pageScrollFor(top, bottom, window.innerHeight, pad);
  if (by !== 0) root.scrollTop += by;
}
