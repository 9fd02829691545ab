'use strict';
// util.MIMEType and util.MIMEParams: the WHATWG MIME Sniffing standard's parser and serializer
// (https://mimesniff.spec.whatwg.org/#parsing-a-mime-type), with Node's error for bad syntax.

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// Code points allowed inside a quoted string: tab, visible ASCII, space, and Latin-1.
const NOT_QUOTABLE = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const HTTP_WHITESPACE = /[\t\n\r ]/;

function isHttpWhitespace(ch) {
  return ch !== undefined && HTTP_WHITESPACE.test(ch);
}

function trimHttpWhitespace(text) {
  return text.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

// Throws Node's error naming the failing production; the position is that of the first bad
// character within the piece, when there is one.
function checkToken(piece, production, input) {
  if (piece.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, input, -1);
  const bad = piece.search(NOT_TOKEN);
  if (bad !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, input, bad);
}

function checkValue(value, input) {
  const bad = value.search(NOT_QUOTABLE);
  if (bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', input, bad);
}

function serializeValue(value) {
  if (value.length > 0 && TOKEN.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Reads a quoted string starting at text[start] === '"'; -> [value, index after it].
function readQuotedString(text, start) {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i++];
    if (ch === '"') break;
    if (ch === '\\') {
      if (i >= text.length) {
        value += '\\';
        break;
      }
      value += text[i++];
    } else {
      value += ch;
    }
  }
  return [value, i];
}

// Parameters as the standard reads them: malformed ones are skipped, the first of a name wins.
function parseParameters(text, start, params) {
  let i = start;
  while (i < text.length) {
    i++; // the ';'
    while (isHttpWhitespace(text[i])) i++;
    let nameEnd = i;
    while (nameEnd < text.length && text[nameEnd] !== ';' && text[nameEnd] !== '=') nameEnd++;
    const name = text.slice(i, nameEnd).toLowerCase();
    i = nameEnd;
    if (i >= text.length) break;
    if (text[i] === ';') continue;
    i++; // the '='
    if (i >= text.length) break;
    let value;
    if (text[i] === '"') {
      [value, i] = readQuotedString(text, i);
      while (i < text.length && text[i] !== ';') i++;
    } else {
      const valueEnd = text.indexOf(';', i) === -1 ? text.length : text.indexOf(';', i);
      value = text.slice(i, valueEnd).replace(/[\t\n\r ]+$/, '');
      i = valueEnd;
      if (value.length === 0) continue;
    }
    if (name.length > 0 && TOKEN.test(name) && !NOT_QUOTABLE.test(value) && !params.has(name)) {
      params.set(name, value);
    }
  }
}

class MIMEParams {
  #entries = new Map();

  delete(name) {
    this.#entries.delete(`${name}`.toLowerCase());
  }

  get(name) {
    return this.#entries.get(`${name}`.toLowerCase()) ?? null;
  }

  has(name) {
    return this.#entries.has(`${name}`.toLowerCase());
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    checkToken(name, 'parameter name', name);
    checkValue(value, value);
    this.#entries.set(name.toLowerCase(), value);
  }

  * entries() {
    yield* this.#entries;
  }

  * keys() {
    yield* this.#entries.keys();
  }

  * values() {
    yield* this.#entries.values();
  }

  toString() {
    let text = '';
    for (const [name, value] of this.#entries) {
      text += `${text ? ';' : ''}${name}=${serializeValue(value)}`;
    }
    return text;
  }

  toJSON() {
    return this.toString();
  }

  static parseInto(params, text, start) {
    parseParameters(text, start, params.#entries);
  }
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, configurable: true,
});

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(input) {
    input = `${input}`;
    const text = trimHttpWhitespace(input);
    const slash = text.indexOf('/');
    const type = slash === -1 ? text : text.slice(0, slash);
    checkToken(type, 'type', input);
    if (slash === -1) throw new ERR_INVALID_MIME_SYNTAX('type', input, -1);
    let subtypeEnd = text.indexOf(';', slash + 1);
    if (subtypeEnd === -1) subtypeEnd = text.length;
    const subtype = text.slice(slash + 1, subtypeEnd).replace(/[\t\n\r ]+$/, '');
    checkToken(subtype, 'subtype', input);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    MIMEParams.parseInto(this.#params, text, subtypeEnd);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    checkToken(value, 'type', value);
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    checkToken(value, 'subtype', value);
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params ? `${this.essence};${params}` : this.essence;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
