'use strict';
// Prints bench/vm-design/results.json (written by `run.js --json`) as the
// markdown tables of docs/vm-design.md's appendix.
const fs = require('node:fs');
const path = require('node:path');
const file = process.argv[2] ?? path.join(__dirname, 'results.json');
const { node, python, date, results } = JSON.parse(fs.readFileSync(file, 'utf8'));
console.log(`Measured ${date.slice(0, 16).replace('T', ' ')} UTC, node ${node}, python3 ${python}.`);
for (const [suite, variants] of Object.entries(results)) {
  const { title, grouped } = require(path.join(__dirname, suite));
  console.log(`\n**${suite}** — ${title}\n`);
  console.log(`| variant | best ms | ops/s | ratio to ${grouped ? 'python3' : 'first'} | spread |`);
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, r] of Object.entries(variants)) {
    const ops = r.opsPerSec >= 1e6 ? (r.opsPerSec / 1e6).toFixed(1) + ' M' : (r.opsPerSec / 1e3).toFixed(0) + ' k';
    console.log(`| ${name} | ${r.ms.toFixed(2)} | ${ops} | ${r.ratio.toFixed(2)} | ${r.spread.toFixed(2)} |`);
  }
}
