'use strict';
// The percent-encoder that querystring.escape and the legacy url.format (for auth) share, with Node's
// handling of surrogates: any surrogate takes the next code unit as its pair; only one at the very end fails.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const hexByte = Array.from({ length: 256 }, (_, b) => `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`);

/** A table of the ASCII characters that stay as they are. */
function asciiTable(chars) {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

function encodeStr(str, keep) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      if (keep[code] === 1) continue;
      out += str.slice(last, i) + hexByte[code];
    } else if (code < 0x800) {
      out += str.slice(last, i) + hexByte[0xC0 | (code >> 6)] + hexByte[0x80 | (code & 0x3F)];
    } else if (code < 0xD800 || code >= 0xE000) {
      out += str.slice(last, i) + hexByte[0xE0 | (code >> 12)] + hexByte[0x80 | ((code >> 6) & 0x3F)] +
        hexByte[0x80 | (code & 0x3F)];
    } else {
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      out += str.slice(last, i);
      code = 0x10000 + (((code & 0x3FF) << 10) | (str.charCodeAt(++i) & 0x3FF));
      out += hexByte[0xF0 | (code >> 18)] + hexByte[0x80 | ((code >> 12) & 0x3F)] +
        hexByte[0x80 | ((code >> 6) & 0x3F)] + hexByte[0x80 | (code & 0x3F)];
    }
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

module.exports = { asciiTable, encodeStr };
