// WCAG 1.4.12 Text spacing: with line height 1.5, paragraph spacing 2em, letter spacing 0.12em and word spacing
// 0.16em, no content may be cut off. Applies the spacing, lists boxes that now clip their text, removes the spacing.
const style = document.createElement('style');
style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }'
  + ' p { margin-bottom: 2em !important; }';
document.head.appendChild(style);
function path(el) {
  const parts = [];
  for (let e = el; e && e !== document.body && e.parentElement; e = e.parentElement) {
    const index = Array.prototype.indexOf.call(e.parentElement.children, e) + 1;
    parts.unshift(e.tagName.toLowerCase() + ':nth-child(' + index + ')');
  }
  return 'body > ' + parts.join(' > ');
}
const clipped = [];
for (const el of document.body.querySelectorAll('*')) {
  const s = getComputedStyle(el);
  const clipsX = s.overflowX === 'hidden' || s.overflowX === 'clip';
  const clipsY = s.overflowY === 'hidden' || s.overflowY === 'clip';
  if (!clipsX && !clipsY) continue;
  if (el.clientWidth <= 2 || el.clientHeight <= 2) continue; // visually hidden text is meant to be clipped
  if (!el.textContent.trim()) continue;
  if ((clipsY && el.scrollHeight > el.clientHeight + 2) || (clipsX && el.scrollWidth > el.clientWidth + 2)) {
    clipped.push({html: el.outerHTML.slice(0, 400), selector: path(el)});
  }
  if (clipped.length >= 5) break;
}
const root = document.documentElement;
const overflow = root.scrollWidth - root.clientWidth;
style.remove();
return {clipped: clipped, overflow: overflow};
