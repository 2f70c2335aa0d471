// Screenshots of pages of a built site as readers see them: a computer (1280 px), a phone (320 x 568), dark mode and
// a Windows contrast theme (forced colours), with Chromium's emulation. Each is cropped to the top of the page and,
// on pages with charts, to the first chart, and saved as a small JPEG.
// Usage: node screenshots.mjs BASE_URL OUT_DIR PATH...   (BASE_URL such as http://127.0.0.1:8000)
import puppeteer from 'puppeteer';
import fs from 'node:fs';
import path from 'node:path';

const [base, out, ...pages] = process.argv.slice(2);
// JPEG keeps the committed pictures small; SHOT_FORMAT=png for viewers that show only PNG.
const type = process.env.SHOT_FORMAT === 'png' ? 'png' : 'jpeg';
const options = type === 'png' ? {type} : {type, quality: 40};
const views = [
  {name: '1280', width: 1280, height: 800, media: [], shots: ['top', 'chart']},
  {name: '320', width: 320, height: 568, media: [], shots: ['top', 'chart']},
  {name: 'dark-320', width: 320, height: 568, media: [{name: 'prefers-color-scheme', value: 'dark'}], shots: ['chart']},
  {name: 'forced-colours-1280', width: 1280, height: 800, media: [{name: 'forced-colors', value: 'active'}, {name: 'prefers-color-scheme', value: 'dark'}], shots: ['top']},
];
fs.mkdirSync(out, {recursive: true});
const browser = await puppeteer.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1']});
try {
  for (const page of pages) {
    const name = page.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
    for (const view of views) {
      const tab = await browser.newPage();
      // A computer's view is drawn at 0.6 scale: the whole width in a small picture.
      await tab.setViewport({width: view.width, height: view.height, deviceScaleFactor: view.width > 1000 ? 0.6 : 1});
      // Puppeteer's own helper refuses forced-colors; Chromium's DevTools protocol emulates it.
      const devTools = await tab.createCDPSession();
      await devTools.send('Emulation.setEmulatedMedia', {features: view.media});
      await tab.goto(base + page, {waitUntil: 'load'});
      const wide = view.width > 1000;
      const column = {x: 0, width: view.width};
      if (view.shots.includes('top')) {
        await tab.screenshot({path: path.join(out, `${name}-${view.name}-top.${type}`), ...options,
          clip: {...column, y: 0, height: view.height}});
      }
      const chart = await tab.$('figure.chart-figure');
      if (chart && view.shots.includes('chart')) {
        const box = await chart.boundingBox(); // from the top of the page: nothing has scrolled
        const clip = {...column, y: box.y, height: Math.min(box.height, wide ? 800 : 700)};
        await tab.screenshot({path: path.join(out, `${name}-${view.name}-chart.${type}`), ...options, clip, captureBeyondViewport: true});
      }
      console.log(`Saved ${name} at ${view.name}`);
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
