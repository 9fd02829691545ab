// One fresh process's worth of CPU work: prints the time of each iteration (ms), so the first iteration and the
// steady state can be told apart. Usage: work.js <acorn|terser|marked> [iterations]
'use strict';
const fs = require('fs');
const path = require('path');

const modules = path.join(__dirname, 'node_modules');
const terserBundle = fs.readFileSync(path.join(modules, 'terser/dist/bundle.min.js'), 'utf8');
const workloads = {
  acorn() {
    const acorn = require('acorn');
    return () => acorn.parse(terserBundle, { ecmaVersion: 'latest' });
  },
  terser() {
    const { minify_sync } = require('terser');
    const input = fs.readFileSync(path.join(modules, 'marked/lib/marked.cjs'), 'utf8');
    return () => minify_sync(input);
  },
  marked() {
    const { marked } = require('marked');
    const text = fs.readFileSync(path.join(modules, 'marked/README.md'), 'utf8').repeat(50);
    return () => marked.parse(text);
  },
};

const [name, count = '10'] = process.argv.slice(2);
if (!workloads[name]) throw new Error(`usage: work.js <${Object.keys(workloads).join('|')}> [iterations]`);
const iteration = workloads[name]();
const times = [];
for (let i = 0; i < Number(count); i++) {
  const start = process.hrtime.bigint();
  iteration();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
console.log(times.map((t) => t.toFixed(1)).join(' '));
