// What a thumb and an eye need on a phone (issue 18): every control at least 44x44 CSS px (WCAG
// 2.5.5) and no text under 12 px (secondary lines and labels are 12 px, running text 14 px or more).
// Exempt as WCAG is: a link inside a sentence, a control hidden until focused (the skip link), and
// a checkbox or radio whose label is the target (the label is measured instead).
import type { Page } from '@playwright/test';

export const MIN_TARGET_PX = 44;
export const MIN_TEXT_PX = 12;

export async function phoneErgonomics(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ minTarget, minText }) => {
      const found: string[] = [];
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return false;
        const style = getComputedStyle(el);
        return style.visibility !== 'hidden' && style.display !== 'none' && !el.closest('[aria-hidden="true"], [hidden], [inert]');
      };
      const name = (el: Element) => {
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `<${el.tagName.toLowerCase()}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}> "${text}"`;
      };
      const inSentence = (el: Element) => {
        const parent = el.parentElement;
        if (!parent || el.tagName !== 'A') return false;
        return Array.from(parent.childNodes).some((n) => n !== el && n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 0);
      };
      // A link stretched over its row (::after absolutely positioned with inset 0) is tapped anywhere on the row.
      const stretched = (el: Element): Element | null => {
        const after = getComputedStyle(el, '::after');
        if (after.content === 'none' || after.position !== 'absolute') return null;
        for (let p = el.parentElement; p; p = p.parentElement) if (getComputedStyle(p).position !== 'static') return p;
        return null;
      };
      const controls = document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="link"]');
      for (const el of Array.from(controls)) {
        // The skip link is off screen until focused, and then large.
        if (!visible(el) || inSentence(el) || el.matches('a[href="#isi"]')) continue;
        const type = el.getAttribute('type');
        const labelled = (type === 'checkbox' || type === 'radio') && (el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null));
        const r = (labelled || stretched(el) || el).getBoundingClientRect();
        if (r.width < minTarget - 0.5 || r.height < minTarget - 0.5) found.push(`target ${Math.round(r.width)}x${Math.round(r.height)}: ${name(el)}`);
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const seen = new Set<Element>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || seen.has(el) || !(n.textContent ?? '').trim() || !visible(el) || el.closest('svg, .sr-only, script, style, noscript')) continue;
        seen.add(el);
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < minText - 0.01) found.push(`text ${size}px: <${el.tagName.toLowerCase()}> "${(n.textContent ?? '').trim().slice(0, 40)}"`);
      }
      return found;
    },
    { minTarget: MIN_TARGET_PX, minText: MIN_TEXT_PX },
  );
}
