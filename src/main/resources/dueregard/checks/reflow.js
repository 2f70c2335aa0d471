// WCAG 1.4.10 Reflow: at a 320 CSS px viewport the page must not scroll sideways.
// Returns null when it fits, else the overflow in px and the element that sticks out furthest
// (ignoring anything inside a box that scrolls or clips on its own, such as a wide table's region).
const root = document.documentElement;
const overflow = root.scrollWidth - root.clientWidth;
if (overflow <= 1) return null;
function path(el) {
  const parts = [];
  for (let e = el; e && e !== document.body && e.parentElement; e = e.parentElement) {
    const index = Array.prototype.indexOf.call(e.parentElement.children, e) + 1;
    parts.unshift(e.tagName.toLowerCase() + ':nth-child(' + index + ')');
  }
  return 'body > ' + parts.join(' > ');
}
let worst = null;
let worstRight = root.clientWidth + 1;
for (const el of document.body.querySelectorAll('*')) {
  const right = el.getBoundingClientRect().right;
  if (right <= worstRight) continue;
  let contained = false;
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    const style = getComputedStyle(a);
    if (style.overflowX !== 'visible') { contained = true; break; }
  }
  if (contained) continue;
  worst = el;
  worstRight = right;
}
return {overflow: overflow, html: worst ? worst.outerHTML.slice(0, 400) : '', selector: worst ? path(worst) : ''};
