import { strict as assert } from "node:assert";

/**
 * Bounding-box assertions for the pane at a task pane's width (issue 16): what is in view, what
 * covers what, text that overlaps or spills, words cut over two lines. Not a check itself
 * (checks live in ./checks/); each helper throws with what it measured.
 */

const px = (n) => Math.round(n);

/** window.scrollY and every scrolled element's scrollTop (all 0: the user has not scrolled). */
export async function scrollState(page) {
  return page.evaluate(() => ({
    window: window.scrollY,
    scrolled: [...document.querySelectorAll("body *")]
      .filter((e) => e.scrollTop > 0)
      .map(
        (e) => `${e.tagName.toLowerCase()}[data-testid=${e.dataset.testid ?? ""}]=${e.scrollTop}`
      ),
  }));
}

/**
 * The locator's box lies inside the viewport and inside every scroller around it, and nothing
 * is drawn over its top-left, top-right and centre (a sticky footer, a dialog's backdrop).
 * Returns the box. `part: "top"` asks only for its first `height` pixels (a tall detail).
 */
export async function assertShown(locator, where, { part, height = 24 } = {}) {
  const seen = await locator.evaluate(
    (el, { part, height }) => {
      const r = el.getBoundingClientRect();
      const box = { x: r.left, y: r.top, width: r.width, height: r.height };
      const bottom = part === "top" ? Math.min(r.bottom, r.top + height) : r.bottom;
      const problems = [];
      const vw = document.documentElement.clientWidth;
      const vh = window.innerHeight;
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || bottom > vh + 0.5)
        problems.push(`outside the ${vw}×${vh} viewport`);
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowY === "visible" && s.overflowX === "visible") continue;
        const c = a.getBoundingClientRect();
        if (
          r.top < c.top - 0.5 ||
          bottom > c.bottom + 0.5 ||
          r.left < c.left - 0.5 ||
          r.right > c.right + 0.5
        )
          problems.push(
            `cut by its scroller (${a.dataset.testid ?? a.className.slice(0, 30)} ${Math.round(c.top)}–${Math.round(c.bottom)})`
          );
      }
      const probe = (x, y) => {
        const hit = document.elementFromPoint(x, y);
        if (hit && !el.contains(hit) && !hit.contains(el))
          problems.push(
            `covered at (${Math.round(x)},${Math.round(y)}) by ${hit.tagName.toLowerCase()} "${(hit.textContent ?? "").trim().slice(0, 30)}"`
          );
      };
      const mid = Math.min(r.top + r.height / 2, bottom - 2);
      probe(r.left + 3, r.top + 3);
      probe(r.right - 3, r.top + 3);
      probe(r.left + r.width / 2, mid);
      return { box, problems: [...new Set(problems)] };
    },
    { part, height }
  );
  assert.deepEqual(seen.problems, [], `${where}: box ${JSON.stringify(roundBox(seen.box))}`);
  return seen.box;
}

function roundBox(b) {
  return { x: px(b.x), y: px(b.y), width: px(b.width), height: px(b.height) };
}

/** Nothing makes the pane scroll sideways; names the elements that stick out if something does. */
export async function assertNoSpill(page, where) {
  const { over, wide } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return {
      over: document.documentElement.scrollWidth - width,
      wide: [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > width + 0.5)
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? "").slice(0, 40)}"`),
    };
  });
  assert.ok(over <= 0, `${where}: the pane scrolls sideways by ${over}px: ${wide.join("; ")}`);
}

/**
 * The text the user sees: each element's own text (its text nodes' ranges), cut to the scrollers
 * and the viewport that show it, left out where something else is drawn over it (elementFromPoint)
 * and where it is visually hidden (the off-screen names for screen readers). Also reports text cut
 * sideways by a box without an ellipsis ("ông ti" for "Thông tin").
 */
async function visibleTexts(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const out = [];
    const cut = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      const own = [...el.childNodes].filter(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== ""
      );
      if (own.length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== "visible" || Number(style.opacity) === 0) continue;
      let box;
      for (const n of own) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.width === 0 || r.height === 0) continue;
          box = box
            ? {
                left: Math.min(box.left, r.left),
                top: Math.min(box.top, r.top),
                right: Math.max(box.right, r.right),
                bottom: Math.max(box.bottom, r.bottom),
              }
            : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }
      }
      if (!box) continue;
      const whole = { ...box };
      let hidden = false;
      const cutBy = [];
      for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.clipPath && s.clipPath !== "none" && a.getBoundingClientRect().width <= 1)
          hidden = true;
        if (s.overflowX === "visible" && s.overflowY === "visible") continue;
        const c = a.getBoundingClientRect();
        // An ellipsis says the text goes on; it works on the text's own block, not a flex item's.
        const ellipsis = [el, a].some(
          (e) =>
            getComputedStyle(e).textOverflow === "ellipsis" &&
            !/flex|grid/.test(getComputedStyle(e).display)
        );
        if (!ellipsis && (whole.left < c.left - 1 || whole.right > c.right + 1))
          cutBy.push(
            `"${el.textContent.trim().slice(0, 30)}" cut sideways by ${a.tagName.toLowerCase()}.${String(a.className).slice(0, 40)}`
          );
        box = {
          left: Math.max(box.left, c.left),
          top: Math.max(box.top, c.top),
          right: Math.min(box.right, c.right),
          bottom: Math.min(box.bottom, c.bottom),
        };
      }
      box = {
        left: Math.max(box.left, 0),
        top: Math.max(box.top, 0),
        right: Math.min(box.right, vw),
        bottom: Math.min(box.bottom, vh),
      };
      if (hidden || box.right - box.left <= 1 || box.bottom - box.top <= 1) continue;
      const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
      if (!hit || !(el.contains(hit) || hit.contains(el))) continue;
      out.push({ text: el.textContent.trim().slice(0, 40), ...box });
      cut.push(...cutBy);
    }
    return { texts: out, cut: [...new Set(cut)] };
  });
}

/**
 * No two visible texts overlap by more than 1 px (unless one box holds the other), and no text is
 * cut sideways without an ellipsis.
 */
export async function assertNoOverlap(page, where) {
  const { texts, cut } = await visibleTexts(page);
  const overlaps = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w <= 1 || h <= 1) continue;
      const holds = (p, q) =>
        p.left <= q.left + 0.5 &&
        p.top <= q.top + 0.5 &&
        p.right >= q.right - 0.5 &&
        p.bottom >= q.bottom - 0.5;
      if (holds(a, b) || holds(b, a)) continue;
      overlaps.push(`"${a.text}" × "${b.text}" (${px(w)}×${px(h)} px)`);
    }
  assert.deepEqual(overlaps.slice(0, 5), [], `${where}: texts overlap`);
  assert.deepEqual(cut.slice(0, 5), [], `${where}: text cut without an ellipsis`);
  return texts.length;
}

/**
 * Every word drawn in the elements matching `selector` sits on one line: each run of non-space
 * characters of each text node, as a Range, has all its client rects at one top. Text that is
 * visually hidden (the spoken copy beside drawn space marks) is skipped. Returns the words seen.
 */
export async function assertWordsWhole(page, selector, where) {
  const { words, split } = await page.evaluate((selector) => {
    let words = 0;
    const split = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.getBoundingClientRect().width <= 1) continue;
        for (const m of node.textContent.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
          );
          words++;
          if (tops.size > 1) split.push(`"${m[0]}" over ${tops.size} lines`);
        }
      }
    }
    return { words, split };
  }, selector);
  assert.deepEqual(split.slice(0, 5), [], `${where}: words cut over two lines`);
  return words;
}
