// GraalJS pathology seen in marked's lexer: substring of a long string that mixes ASCII with a few characters beyond
// Latin-1 costs time proportional to the string's length (Node: constant). Usage: substring.js (from the project root).
'use strict';
const fs = require('fs');
const file = fs.readFileSync(require('path').join(__dirname, 'node_modules/marked/README.md'),'utf8');
const big = JSON.parse(JSON.stringify(file.repeat(50)));
console.log(/[^\x00-\xff]/.test(file), big.length);
for (let k = 0; k < 4; k++) { let s = Date.now(); let n = 0; let src = big; while (src.length > 100) { src = src.substring(37); n++; } console.log('substring', n, Date.now() - s); }
for (let k = 0; k < 3; k++) { let s = Date.now(); let n = 0; let src = big; while (src.length > 100) { const m = /^[^\n]*\n?/.exec(src); src = src.substring(m[0].length || 1); n++; } console.log('lexer-like', n, Date.now() - s); }
