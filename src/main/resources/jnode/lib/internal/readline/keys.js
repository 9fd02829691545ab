'use strict';
// Terminal input as key presses: readline.emitKeypressEvents and the decoder behind it. Plain characters are one
// key each; ESC starts either a meta key (ESC x) or a control sequence (ESC [ ... or ESC O ...) as xterm, rxvt,
// gnome-terminal and PuTTY send them for function, cursor and editing keys, with modifiers encoded as
// 1 + (shift | alt << 1 | ctrl << 2).

const { StringDecoder } = require('string_decoder');

const ESC = '\x1b';

// Control sequences (without their ESC) by the code Node reports for them.
const sequenceNames = {
  __proto__: null,
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4', '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  // rxvt: lower-case finals and `$` are shifted, `^` and SS3 lower-case finals are with ctrl.
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
  '[Z': 'tab',
};
const shiftedCodes = new Set(['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', '[Z']);
const ctrlCodes = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^']);

// The parameters of a sequence and its final character: `N[;M]` before `~`, `^` or `$` keeps N in the code;
// before a letter, the one number (or the one after `1;`) is the modifier.
const numberedFinal = /^(\d{1,2})(?:;(\d))?([~^$])$|^(\d{3}~)$/;
const letterFinal = /^(?:(?:1;)?(\d))?([A-Za-z])$/;

function sequenceKey(prefix, body) {
  let code = prefix;
  let modifier = 1;
  let match;
  if ((match = numberedFinal.exec(body)) !== null) {
    code += match[4] ?? match[1] + match[3];
    modifier = Number(match[2] ?? 1);
  } else if ((match = letterFinal.exec(body)) !== null) {
    code += match[2];
    modifier = Number(match[1] ?? 1);
  } else {
    code += body;
  }
  const bits = modifier - 1;
  return {
    name: sequenceNames[code] ?? 'undefined',
    code,
    shift: Boolean(bits & 1) || shiftedCodes.has(code),
    meta: Boolean(bits & 2),
    ctrl: Boolean(bits & 4) || ctrlCodes.has(code),
  };
}

// A single character, pressed alone or after ESC (meta).
function characterKey(ch) {
  switch (ch) {
    case '\r': return { name: 'return' };
    case '\n': return { name: 'enter' };
    case '\t': return { name: 'tab' };
    case '\b': case '\x7f': return { name: 'backspace' };
    case ' ': return { name: 'space' };
    case ESC: return { name: 'escape' };
  }
  if (ch.length === 1 && ch <= '\x1a' && ch !== '\0') {
    return { name: String.fromCharCode(ch.charCodeAt(0) + 96), ctrl: true };
  }
  if (/^[0-9a-z]$/.test(ch)) return { name: ch };
  if (/^[A-Z]$/.test(ch)) return { name: ch.toLowerCase(), shift: true };
  return { name: undefined };
}

/**
 * Turns characters into key presses, calling emit(sequence, key) for each; a sequence cut short waits for more
 * characters or for flush() (the escape-code timeout).
 */
class KeyDecoder {
  constructor(emit) {
    this.emit = emit;
    this.pending = '';
  }

  feed(ch) {
    this.pending += ch;
    this.decode(false);
  }

  flush() {
    if (this.pending !== '') this.decode(true);
  }

  // Decodes what is pending as far as it is complete (all of it when `final`).
  decode(final) {
    const text = this.pending;
    let escapes = 0;
    while (escapes < text.length && escapes < 3 && text[escapes] === ESC) escapes++;
    if (escapes === 0) {
      this.pending = '';
      this.deliver(text, { ...characterKey(text), meta: false }, false);
      return;
    }
    const rest = text.slice(escapes);
    if (escapes === 3) {
      // ESC ESC ESC: one escape key.
      this.pending = '';
      this.deliver(text, { name: 'escape', meta: true }, true);
      return;
    }
    if (rest === '') {
      if (!final) return;
      this.pending = '';
      this.deliver(text, { name: 'escape', meta: true }, true);
      return;
    }
    if (rest[0] === '[' || rest[0] === 'O') {
      const end = sequenceEnd(rest);
      if (end === -1) {
        if (!final) return;
      }
      const body = end === -1 ? rest : rest.slice(0, end);
      this.pending = '';
      const prefix = rest[0] === '[' && rest[1] === '[' ? '[[' : rest[0];
      // An ESC before a control sequence does not make it a meta key (only its modifier parameter does).
      this.deliver(ESC.repeat(escapes) + body, sequenceKey(prefix, body.slice(prefix.length)), true);
      return;
    }
    // ESC x: x with meta.
    this.pending = '';
    this.deliver(text, { ...characterKey(rest), meta: true }, true);
  }

  deliver(sequence, key, escaped) {
    const full = { sequence, name: key.name, ctrl: key.ctrl ?? false, meta: key.meta, shift: key.shift ?? false };
    if (key.code !== undefined) full.code = key.code;
    this.emit(escaped ? undefined : sequence, full, escaped);
  }
}

// Where a control sequence (starting at '[' or 'O') ends, or -1 while it is incomplete: parameters (digits and
// ';') then one final character; `[[` and SS3 also take one more character.
function sequenceEnd(text) {
  let i = text[0] === '[' && text[1] === '[' ? 2 : 1;
  while (i < text.length && /[\d;]/.test(text[i])) i++;
  return i < text.length ? i + 1 : -1;
}

const kDecoder = Symbol('keypress decoder');

/**
 * Makes `stream` emit 'keypress' (sequence, key) for what it reads, once anyone listens. `iface` is the
 * readline Interface reading it, if any: its escapeCodeTimeout ends a lone ESC, and it learns whether the last
 * key ended the data (tab completion only then).
 */
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  const textDecoder = new StringDecoder('utf8');
  let timer = null;
  const decoder = new KeyDecoder((sequence, key, escaped) => {
    if (key.name !== undefined || escaped) {
      stream.emit('keypress', sequence, key);
    } else if ([...key.sequence].length === 1) {
      stream.emit('keypress', key.sequence, key);
    }
  });
  stream[kDecoder] = decoder;

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: wait for the next listener.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = typeof chunk === 'string' ? chunk : textDecoder.write(chunk);
    if (text === '') return;
    clearTimeout(timer);
    const characters = [...text];
    iface.isCompletionEnabled = false;
    characters.forEach((ch, i) => {
      const last = i === characters.length - 1;
      if (last) iface.isCompletionEnabled = true;
      try {
        decoder.feed(ch);
      } catch (err) {
        // A throwing keypress listener leaves the decoder clean for the next data.
        decoder.pending = '';
        throw err;
      }
      if (last && decoder.pending !== '') {
        timer = setTimeout(() => decoder.flush(), iface.escapeCodeTimeout ?? 500);
      }
    });
  }

  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, KeyDecoder };
