// Drives the site `ladder site` wrote in headless Chromium with a real
// keyboard, through the DevTools protocol (puppeteer-core): tabs to the
// compare page's selects, picks a pair with the arrow keys, and reports what
// the page then shows; also saves print screenshots. Run by tests/site_browser.rs:
//   NODE_PATH=target/npm/node_modules \
//     node tests/browser/keyboard.cjs SITE_DIR FROM_INDEX TO_INDEX SHOTS_DIR
"use strict";
const fs = require("fs");
const path = require("path");
const puppeteer = require("puppeteer-core");

// Chromium from the PATH, as the other browser tests run it.
const chromium = process.env.PATH.split(path.delimiter)
  .map((d) => path.join(d, "chromium"))
  .find((p) => fs.existsSync(p));

(async () => {

const [dir, fromIndex, toIndex, shots] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: chromium,
  args: ["--no-sandbox", "--disable-gpu"],
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") { errors.push(m.text()); } });
  page.on("requestfailed", (r) => errors.push("failed: " + r.url()));
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(`file://${dir}/compare.html`);

  // Tab from the top of the page until a select has the focus; note whether
  // the focus shows.
  const focus = async () => page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { id: el.id, outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 };
  });
  const tabTo = async (id) => {
    const seen = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const now = await focus();
      seen.push(now);
      if (now.id === id) { return seen; }
    }
    throw new Error(`#${id} never took the focus; tabbed through ${JSON.stringify(seen)}`);
  };
  const choose = async (index) => {
    await page.keyboard.press("Home");
    for (let i = 0; i < index; i++) { await page.keyboard.press("ArrowDown"); }
  };
  const tabbed = await tabTo("from");
  await choose(Number(fromIndex));
  tabbed.push(...await tabTo("to"));
  await choose(Number(toIndex));
  const shown = await page.evaluate(() => {
    const result = document.getElementById("result");
    const lists = {};
    result.querySelectorAll("h3").forEach((h) => {
      const next = h.nextElementSibling;
      if (next && next.tagName === "UL") {
        lists[h.textContent] = Array.from(next.querySelectorAll("li"), (li) => li.textContent);
      }
    });
    return {
      from: document.getElementById("from").value,
      to: document.getElementById("to").value,
      hash: location.hash,
      title: result.querySelector("h2") && result.querySelector("h2").textContent,
      mix: result.querySelector("svg.mix") && result.querySelector("svg.mix").getAttribute("aria-label"),
      lists,
    };
  });

  // The README's pictures: the compare page as picked, then the overview,
  // small enough to commit (data/screenshots/ holds copies of these).
  await page.screenshot({ path: `${shots}/readme-compare.webp`, type: "webp", quality: 80 });

  // Print: what the print style hides, and how the pages look on paper.
  await page.emulateMediaType("print");
  const printed = await page.evaluate(() => ({
    nav: getComputedStyle(document.querySelector("header nav")).display,
    picker: getComputedStyle(document.getElementById("pick")).display,
  }));
  await page.screenshot({ path: `${shots}/compare-print.png`, fullPage: true });
  await page.goto(`file://${dir}/index.html`);
  await page.screenshot({ path: `${shots}/overview-print.png`, fullPage: true });
  await page.emulateMediaType("screen");
  await page.screenshot({ path: `${shots}/readme-overview.webp`, type: "webp", quality: 80 });
  console.log(JSON.stringify({ tabbed, shown, printed, errors }));
} finally {
  await browser.close();
}
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
