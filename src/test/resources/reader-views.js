// Measures a page as a reader sees it; returns plain values for ReaderViewsIT.
const luminance = rgb => {
  const c = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
const parse = text => { const m = text.match(/rgba?\(([^)]+)\)/); if (!m) return null;
  const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return {rgb: p.slice(0, 3), alpha: p.length > 3 ? p[3] : 1}; };
const contrast = (a, b) => { const x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
const background = el => {
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.alpha > 0.5) return c.rgb;
  }
  return [255, 255, 255];
};
window.dueregardMeasure = {
  layout() {
    const h1 = document.querySelector('main h1');
    const charts = [...document.querySelectorAll('img.chart-image')].map(img => {
      const narrow = img.currentSrc.endsWith('-narrow.svg');
      const svgWidth = Number(narrow ? img.parentElement.querySelector('source').getAttribute('width') : img.getAttribute('width'));
      return {src: img.currentSrc, right: img.getBoundingClientRect().right, textPx: 15 * img.clientWidth / svgWidth,
              complete: img.complete && img.naturalWidth > 0};
    });
    return {h1Top: h1.getBoundingClientRect().top + window.scrollY, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            width: document.documentElement.clientWidth, charts, chartTabStops: document.querySelectorAll('figure [tabindex]:not(.table-scroll)').length};
  },
  // The focused element's indicator: each colour it draws (outline, shadow, background) against the colour next to it.
  focus() {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const around = background(el.parentElement);
    const rings = [];
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) rings.push(parse(style.outlineColor));
    for (const m of style.boxShadow.matchAll(/rgba?\([^)]+\)/g)) rings.push(parse(m[0]));
    const own = parse(style.backgroundColor);
    if (own && own.alpha > 0.5) rings.push(own);
    const best = Math.max(0, ...rings.filter(r => r && r.alpha > 0.5).map(r => contrast(r.rgb, around)));
    return {tag: el.tagName.toLowerCase(), text: (el.textContent || '').trim().slice(0, 40), best, outline: style.outlineStyle + ' ' + style.outlineWidth};
  },
  // Text against its background, for paragraphs and links in the main text.
  readable() {
    let worst = 99, where = '';
    for (const el of document.querySelectorAll('main p, main a, main li, main h2, .chart-title, .chart-subtitle')) {
      if (!el.getClientRects().length) continue;
      const fg = parse(getComputedStyle(el).color);
      const c = contrast(fg.rgb, background(el));
      if (c < worst) { worst = c; where = el.outerHTML.slice(0, 80); }
    }
    return {worst, where, background: background(document.body)};
  }
};
