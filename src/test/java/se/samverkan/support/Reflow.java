package se.samverkan.support;

import com.microsoft.playwright.Page;

/**
 * Whether a page scrolls sideways as a whole (WCAG 2.1, 1.4.10): the document may never be wider
 * than the window. Parts that need two dimensions (a wide table, a timeline) scroll in boxes of their
 * own, which do not widen the document.
 */
public final class Reflow {

	/**
	 * Names the outermost elements that stick out on the right, those inside a box that scrolls or
	 * clips excepted, so a failure says what to fix.
	 */
	private static final String OVERFLOW = """
			() => {
			  const root = document.documentElement;
			  if (root.scrollWidth <= root.clientWidth) { return ''; }
			  const limit = root.clientWidth + 1;
			  const clipped = (el) => {
			    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
			      const o = getComputedStyle(p).overflowX;
			      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') { return true; }
			    }
			    return false;
			  };
			  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			      + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
			  const wide = [];
			  for (const el of document.querySelectorAll('body *')) {
			    const r = el.getBoundingClientRect();
			    if (r.width === 0 || r.right <= limit || clipped(el)) { continue; }
			    const parent = el.parentElement.getBoundingClientRect();
			    if (parent.right > limit && el.parentElement !== document.body) { continue; }
			    const path = [];
			    for (let p = el; p && p !== document.body && path.length < 4; p = p.parentElement) { path.unshift(name(p)); }
			    wide.push(path.join(' > ') + ' (right edge ' + Math.round(r.right) + ', "'
			        + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '")');
			  }
			  if (wide.length === 0) {
			    // Nothing outside a scrolling box sticks out: something positioned escapes its box. Name the widest.
			    for (const el of document.querySelectorAll('body *')) {
			      const r = el.getBoundingClientRect();
			      if (r.right > limit) {
			        wide.push(name(el.parentElement) + ' > ' + name(el) + ' (right edge ' + Math.round(r.right) + ', position '
			            + getComputedStyle(el).position + ')');
			      }
			    }
			    wide.reverse();
			  }
			  return 'document ' + root.scrollWidth + ' px wide in a window of ' + root.clientWidth + ' px: '
			      + wide.slice(0, 6).join('; ');
			}""";

	private Reflow() {
	}

	/** Empty when the page does not scroll sideways, otherwise how wide it is and what sticks out. */
	public static String sidewaysScroll(Page page) {
		return (String) page.evaluate(OVERFLOW);
	}
}
