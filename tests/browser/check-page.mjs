// Opens one page in headless Chromium and reports, as JSON on standard output, what a test needs to judge it:
// console errors and failed requests, the counts of marked phrases, addressees, actors, citations and footnote
// markers, the asks table before and after each filter, whether every part id resolves, and axe-core's
// violations. Takes a screenshot when asked. Usage: node check-page.mjs PAGE.html [SCREENSHOT.png]
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [page, screenshot] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
  const errors = [];
  const requests = [];
  tab.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  tab.on("pageerror", (e) => errors.push(String(e)));
  tab.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
  await tab.goto(pathToFileURL(page).href);
  const counts = await tab.evaluate(() => ({
    phrases: document.querySelectorAll("#text .phrase").length,
    addressees: document.querySelectorAll("#text .addressee").length,
    actors: document.querySelectorAll("#text .actor").length,
    citations: document.querySelectorAll("#text a.citation").length,
    markers: document.querySelectorAll("#text sup.marker").length,
    parts: document.querySelectorAll("#text .part").length,
    graphLinks: document.querySelectorAll("#graph-box line").length,
    askRows: document.querySelectorAll("#asks-table tbody tr").length,
  }));
  const visible = () => tab.evaluate(() => document.querySelectorAll("#asks-table tbody tr:not([hidden])").length);
  const filters = {};
  const actors = await tab.evaluate(() => Array.from(document.querySelectorAll("#f-actor option")).map((o) => o.value).filter(Boolean));
  if (actors.length) {
    await tab.selectOption("#f-actor", actors[0]);
    filters.actor = { value: actors[0], rows: await visible(), said: await tab.textContent("#asks-count") };
    await tab.selectOption("#f-actor", "");
  }
  await tab.selectOption("#f-strength", "3");
  filters.deciding = { rows: await visible() };
  await tab.selectOption("#f-strength", "-1");
  filters.reset = { rows: await visible() };
  // Keyboard: Tab from the top reaches the skip link first, then the page's links and marks in order.
  await tab.keyboard.press("Tab");
  const firstFocus = await tab.evaluate(() => document.activeElement?.className ?? "");
  const ids = await tab.evaluate(() => Array.from(document.querySelectorAll("#text .part")).map((p) => p.id));
  const targets = {};
  for (const id of ids.slice(0, 3).concat(ids.slice(-2))) {
    await tab.goto(pathToFileURL(page).href + "#" + encodeURIComponent(id));
    targets[id] = await tab.evaluate(() => document.querySelector(":target")?.id ?? null);
  }
  await tab.goto(pathToFileURL(page).href);
  await tab.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const axe = await tab.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "best-practice"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
  if (screenshot) {
    await tab.screenshot({ path: screenshot, fullPage: false });
  }
  console.log(JSON.stringify({ errors, requests, counts, filters, firstFocus, targets, axe }));
} finally {
  await browser.close();
}
