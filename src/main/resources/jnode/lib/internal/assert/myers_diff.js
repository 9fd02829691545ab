'use strict';
// Line diff (Myers' O(ND) algorithm) for AssertionError messages and util.diff.

// Two lines match; for object output a trailing comma alone does not make lines differ (the last
// entry of an object has none).
function linesMatch(a, b, ignoreComma) {
  if (a === b) return true;
  return ignoreComma && (`${a},` === b || a === `${b},`);
}

/**
 * The edit script turning `expected` into `actual`, as a list in reverse order (last edit first) of
 * { type: 'nop' | 'insert' | 'delete', value }: 'insert' lines are only in actual, 'delete' only in expected.
 */
function myersDiff(actual, expected, ignoreComma = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const frontier = new Int32Array(2 * max + 2);
  const history = [];
  for (let d = 0; d <= max; d++) {
    history.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const at = k + max;
      let x = (k === -d || (k !== d && frontier[at - 1] < frontier[at + 1])) ? frontier[at + 1] : frontier[at - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], ignoreComma)) {
        x++;
        y++;
      }
      frontier[at] = x;
      if (x >= n && y >= m) return walkBack(history, actual, expected, ignoreComma);
    }
  }
  return [];
}

function walkBack(history, actual, expected, ignoreComma) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const edits = [];
  for (let d = history.length - 1; d >= 0; d--) {
    const frontier = history[d];
    const k = x - y;
    const prevK = (k === -d || (k !== d && frontier[k - 1 + max] < frontier[k + 1 + max])) ? k + 1 : k - 1;
    const prevX = frontier[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // Of two lines that differ only by a comma, show the one that fits where it stands.
      edits.push({ type: 'nop', value: ignoreComma && !line.endsWith(',') ? expected[y - 1] : line });
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        edits.push({ type: 'insert', value: actual[x - 1] });
        x--;
      } else {
        edits.push({ type: 'delete', value: expected[y - 1] });
        y--;
      }
    }
  }
  return edits;
}

// Unchanged lines shown around a change before the rest are collapsed.
const CONTEXT_LINES = 5;

/** Renders an edit script (from myersDiff) as "+ "/"- "/"  " lines; long unchanged runs are skipped. */
function printMyersDiff(edits, operator) {
  let out = '';
  let skipped = false;
  let unchanged = 0;
  const insertMark = operator === 'partialDeepStrictEqual' ? '+' : '+';
  for (let i = edits.length - 1; i >= 0; i--) {
    const { type, value } = edits[i];
    const previous = i < edits.length - 1 ? edits[i + 1].type : null;
    if (previous === 'nop' && type !== 'nop') {
      // The last lines of an unchanged run lead into the change.
      if (unchanged === CONTEXT_LINES + 1) {
        out += `  ${edits[i + 1].value}\n`;
      } else if (unchanged === CONTEXT_LINES + 2) {
        out += `  ${edits[i + 2].value}\n  ${edits[i + 1].value}\n`;
      } else if (unchanged >= CONTEXT_LINES + 3) {
        out += `...\n  ${edits[i + 1].value}\n`;
        skipped = true;
      }
      unchanged = 0;
    }
    if (type === 'insert') {
      out += `${insertMark} ${value}\n`;
    } else if (type === 'delete') {
      out += `- ${value}\n`;
    } else {
      if (unchanged < CONTEXT_LINES) out += `  ${value}\n`;
      unchanged++;
    }
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff };
