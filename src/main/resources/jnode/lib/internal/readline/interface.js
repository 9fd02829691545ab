'use strict';
// The readline Interface: lines from any readable stream. Without a terminal, data is split at \n, \r\n and \r
// (a \r\n split across chunks within crlfDelay counts once). On a terminal (or with `terminal: true`), input is
// read as key presses (internal/readline/keys) and edited in place: cursor keys, word and line deletion, a kill
// ring, history, tab completion, and the output redrawn with ANSI sequences (internal/tty/cursor).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { validateAbortSignal, validateArray, validateString, validateUint32 } = require('internal/validators');
const { cursorTo, moveCursor, clearScreenDown } = require('internal/tty/cursor');
const { emitKeypressEvents } = require('internal/readline/keys');

const kHistorySize = 30;
const kKillRingSize = 32;
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kMinCrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;

let displayWidthFn;
function displayWidth(text) {
  displayWidthFn ??= require('internal/util/inspect').displayWidth;
  return displayWidthFn(text, true);
}

let stripVTFn;
function stripVT(text) {
  stripVTFn ??= require('internal/util/inspect').stripVTControlCharacters;
  return stripVTFn(text);
}

// A word for moves and deletions: a run of word characters or of punctuation, with the spaces after it.
const wordLeft = /(?:[^\w\s]+|\w+)\s*$/;
const wordRight = /^(?:\s+|[^\w\s]+|\w+)\s*/;

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let history;
    let historySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    let tabSize = 8;
    this.escapeCodeTimeout = 500;
    if (input?.input) {
      // The options form.
      ({ output, completer, terminal, history, historySize, signal } = input);
      if (input.tabSize !== undefined) {
        validateUint32(input.tabSize, 'tabSize', true);
        tabSize = input.tabSize;
      }
      removeHistoryDuplicates = input.removeHistoryDuplicates;
      if (input.prompt !== undefined) prompt = input.prompt;
      if (input.escapeCodeTimeout !== undefined) {
        // Node's message shows the value in effect, not the one refused.
        if (!Number.isFinite(input.escapeCodeTimeout)) {
          throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
        }
        this.escapeCodeTimeout = input.escapeCodeTimeout;
      }
      if (signal) validateAbortSignal(signal, 'options.signal');
      crlfDelay = input.crlfDelay;
      input = input.input;
    }
    if (completer !== undefined && typeof completer !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('completer', completer);
    }
    if (history === undefined) history = [];
    else validateArray(history, 'history');
    if (historySize === undefined) historySize = kHistorySize;
    if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
      throw new ERR_OUT_OF_RANGE('size', '>= 0', historySize);
    }
    // Without an answer, a terminal is assumed when the output is one.
    if (terminal === undefined && output != null) terminal = Boolean(output.isTTY);

    this.line = '';
    this.input = input;
    this.output = output;
    this.history = history;
    this.historySize = historySize;
    this.removeHistoryDuplicates = Boolean(removeHistoryDuplicates);
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
    this.completer = completer === undefined ? undefined :
      (completer.length === 2 ? completer : (text, callback) => completeSync(completer, text, callback));
    this.tabSize = tabSize;
    this.terminal = Boolean(terminal);
    this.isCompletionEnabled = true;
    this._prompt = prompt;
    // Only a terminal interface has a cursor; without one it stays undefined until a line is cleared.
    if (this.terminal) this.cursor = 0;
    this.historyIndex = -1;
    this.historySearch = null;
    this.prevRows = 0;
    this.lineBuffer = null;
    this.sawReturnAt = 0;
    this.questionCallback = null;
    this.oldPrompt = null;
    this.killRing = [];
    this.killRingCursor = 0;
    this.previousKey = null;
    this.decoder = new StringDecoder('utf8');

    const onData = (data) => this._normalWrite(data);
    const onEnd = () => {
      if (typeof this.lineBuffer === 'string' && this.lineBuffer.length > 0) this.emit('line', this.lineBuffer);
      this.close();
    };
    const onTerminalEnd = () => {
      if (this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onKeypress = (s, key) => this._ttyWrite(s, key);
    const onResize = () => this._refreshLine();
    const onError = (err) => this.emit('error', err);

    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) {
        process.nextTick(onAbort);
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }

    this.setPrompt(prompt);
    input.on('error', onError);
    if (this.terminal) {
      emitKeypressEvents(input, this);
      input.on('keypress', onKeypress);
      input.on('end', onTerminalEnd);
      this._setRawMode(true);
      output?.on('resize', onResize);
      this.once('close', () => {
        input.removeListener('keypress', onKeypress);
        input.removeListener('end', onTerminalEnd);
        output?.removeListener('resize', onResize);
      });
    } else {
      input.on('data', onData);
      input.on('end', onEnd);
      this.once('close', () => {
        input.removeListener('data', onData);
        input.removeListener('end', onEnd);
      });
    }
    this.once('close', () => input.removeListener('error', onError));
    input.resume();
  }

  get columns() {
    return this.output?.columns || Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  _setRawMode(mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  question(query, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    options ??= {};
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (options.signal) {
      validateAbortSignal(options.signal, 'options.signal');
      if (options.signal.aborted) return;
      const onAbort = () => this.cancelQuestion();
      options.signal.addEventListener('abort', onAbort, { once: true });
      const original = callback;
      callback = (answer) => {
        options.signal.removeEventListener('abort', onAbort);
        original(answer);
      };
    }
    if (typeof callback !== 'function') return;
    this.ask(query, callback);
  }

  ask(query, callback) {
    if (this.questionCallback) {
      this.prompt();
      return;
    }
    this.oldPrompt = this._prompt;
    this.setPrompt(query);
    this.questionCallback = callback;
    this.prompt();
  }

  cancelQuestion() {
    if (this.questionCallback) {
      this.questionCallback = null;
      this.setPrompt(this.oldPrompt);
      this.clearLine();
    }
  }

  _onLine(line) {
    if (this.questionCallback) {
      const callback = this.questionCallback;
      this.questionCallback = null;
      this.setPrompt(this.oldPrompt);
      callback(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(text) {
    validateString(text, 'stringToWrite');
    if (this.output != null) this.output.write(text);
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  [Symbol.dispose]() {
    this.close();
  }

  pause() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(data, key);
    else this._normalWrite(data);
  }

  _normalWrite(chunk) {
    if (chunk === undefined) return;
    let text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    if (this.sawReturnAt && Date.now() - this.sawReturnAt <= this.crlfDelay) {
      if (text.startsWith('\n')) text = text.slice(1);
      this.sawReturnAt = 0;
    }
    const hasEnding = /[\r\n\u2028\u2029]/.test(text);
    if (this.lineBuffer) {
      text = this.lineBuffer + text;
      this.lineBuffer = null;
    }
    if (!hasEnding) {
      if (text) this.lineBuffer = text;
      return;
    }
    this.sawReturnAt = text.endsWith('\r') ? Date.now() : 0;
    const lines = text.split(lineEnding);
    this.lineBuffer = lines.pop();
    for (const line of lines) {
      // A listener may close the interface mid-chunk: the rest is dropped, as in Node.
      if (this.closed) break;
      this._onLine(line);
    }
  }

  // ---- terminal mode ----

  getCursorPos() {
    const text = this._prompt + this.line.slice(0, this.cursor);
    return this._getDisplayPos(text);
  }

  // Rows and columns a text takes from the start of the prompt, with tabs and wide characters, wrapping at the
  // output's width. Escape sequences (a coloured prompt) take no room.
  _getDisplayPos(text) {
    text = stripVT(text);
    const columns = this.columns;
    let rows = 0;
    let col = 0;
    for (const ch of text) {
      if (ch === '\n') {
        rows += Math.ceil(col / columns) || 1;
        col = 0;
        continue;
      }
      const width = ch === '\t' ? this.tabSize - (col % this.tabSize) : displayWidth(ch);
      if (width === 0) continue;
      if (col + width > columns) {
        rows++;
        col = 0;
      }
      col += width;
    }
    const extraRows = Number.isFinite(columns) ? Math.floor(col / columns) : 0;
    return { cols: Number.isFinite(columns) ? col % columns : col, rows: rows + extraRows };
  }

  _refreshLine() {
    const line = this._prompt + this.line;
    const end = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // The cursor wraps only once a character is written past the last column.
    if (end.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = end.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  clearLine() {
    this._moveCursor(Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  _insertString(text) {
    if (text === '') return;
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
      this._refreshLine();
      return;
    }
    const oldPos = this.getCursorPos();
    this.line += text;
    this.cursor += text.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows < newPos.rows) this._refreshLine();
    else this._writeToOutput(text);
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this._refreshLine();
    }
  }

  // Length of the character before (dir < 0) or at the cursor, so that surrogate pairs move as one.
  charLength(dir) {
    const at = dir < 0 ? this.cursor - 1 : this.cursor;
    const code = this.line.codePointAt(dir < 0 && at > 0 && isLowSurrogate(this.line.charCodeAt(at)) ? at - 1 : at);
    return code > 0xffff ? 2 : 1;
  }

  _deleteLeft() {
    if (this.cursor === 0 || this.line.length === 0) return;
    const length = this.charLength(-1);
    this.line = this.line.slice(0, this.cursor - length) + this.line.slice(this.cursor);
    this.cursor -= length;
    this._refreshLine();
  }

  _deleteRight() {
    if (this.cursor >= this.line.length) return;
    const length = this.charLength(1);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + length);
    this._refreshLine();
  }

  // Only whole-line kills (ctrl-u, ctrl-k and their shifted forms) are stored, as in Node; word deletions are not.
  kill(text) {
    if (text === '') return;
    this.killRing.unshift(text);
    if (this.killRing.length > kKillRingSize) this.killRing.pop();
    this.killRingCursor = 0;
  }

  _deleteWordLeft() {
    if (this.cursor === 0) return;
    const before = this.line.slice(0, this.cursor);
    const match = before.match(wordLeft) ?? before.match(/\s+$/);
    const start = this.cursor - (match ? match[0].length : this.cursor);
    this.line = this.line.slice(0, start) + this.line.slice(this.cursor);
    this.cursor = start;
    this._refreshLine();
  }

  _deleteWordRight() {
    if (this.cursor >= this.line.length) return;
    const match = this.line.slice(this.cursor).match(wordRight);
    const end = this.cursor + (match ? match[0].length : this.line.length - this.cursor);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(end);
    this._refreshLine();
  }

  _deleteLineLeft() {
    this.kill(this.line.slice(0, this.cursor));
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._refreshLine();
  }

  _deleteLineRight() {
    this.kill(this.line.slice(this.cursor));
    this.line = this.line.slice(0, this.cursor);
    this._refreshLine();
  }

  yank() {
    if (this.killRing.length > 0) this._insertString(this.killRing[this.killRingCursor]);
  }

  // Right after a yank (or another yank-pop): replaces the yanked text with the next older one.
  yankPop(lastKey) {
    if (this.killRing.length === 0 || lastKey?.name !== 'y' || !(lastKey.ctrl || lastKey.meta)) return;
    const previous = this.killRing[this.killRingCursor];
    this.killRingCursor = (this.killRingCursor + 1) % this.killRing.length;
    this.line = this.line.slice(0, this.cursor - previous.length) + this.line.slice(this.cursor);
    this.cursor -= previous.length;
    this._insertString(this.killRing[this.killRingCursor]);
    this._refreshLine();
  }

  _wordLeft() {
    if (this.cursor === 0) return;
    const match = this.line.slice(0, this.cursor).match(wordLeft) ?? this.line.slice(0, this.cursor).match(/\s+$/);
    this._moveCursor(-(match ? match[0].length : this.cursor));
  }

  _wordRight() {
    if (this.cursor >= this.line.length) return;
    const match = this.line.slice(this.cursor).match(wordRight);
    this._moveCursor(match ? match[0].length : this.line.length - this.cursor);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const index = this.history.indexOf(this.line);
        if (index !== -1) this.history.splice(index, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // History moves. The plain up/down arrows search: only entries starting with the text left of the cursor at the
  // first arrow press (historySearch) are shown; ctrl-p/ctrl-n and shifted arrows search for ''. Entries equal to
  // the line shown are passed over. Beyond the oldest entry, and below the newest, the searched text comes back.
  _historyPrev() {
    if (this.history.length === 0 || this.historyIndex >= this.history.length) return;
    let index = this.historyIndex + 1;
    while (index < this.history.length && !this.historyMatches(this.history[index])) index++;
    this.historyShow(index, index === this.history.length ? undefined : this.history[index]);
  }

  _historyNext() {
    if (this.history.length === 0 || this.historyIndex < 0) return;
    let index = this.historyIndex - 1;
    while (index >= 0 && !this.historyMatches(this.history[index])) index--;
    this.historyShow(index, index === -1 ? undefined : this.history[index]);
  }

  historyMatches(entry) {
    return entry !== this.line && entry.startsWith(this.historySearch ?? '');
  }

  historyShow(index, entry) {
    this.historyIndex = index;
    this.line = entry ?? this.historySearch ?? '';
    this.cursor = this.line.length;
    this._refreshLine();
  }

  // Called for every key: an unmodified arrow starts a search (once), any other key ends it.
  trackHistorySearch(key) {
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      this.historySearch ??= this.line.slice(0, this.cursor);
    } else if (this.historySearch !== null) {
      this.historySearch = null;
      // Past the oldest entry the position means nothing once the search ends.
      if (this.historyIndex === this.history.length) this.historyIndex = -1;
    }
  }

  _line() {
    const line = this._addHistory();
    this.clearLine();
    this._onLine(line);
  }

  // Tab: the completer's common prefix goes into the line; a second tab in a row lists the candidates.
  completeLine(lastKeyWasTab) {
    this.pause();
    const line = this.line.slice(0, this.cursor);
    this.completer(line, (err, value) => {
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
        return;
      }
      this.applyCompletions(value, lastKeyWasTab);
    });
  }

  applyCompletions([completions, completeOn] = [], lastKeyWasTab) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((entry) => entry !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    }
    if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor += prefix.length - completeOn.length;
      this._refreshLine();
      return;
    }
    if (!lastKeyWasTab) return;
    // In columns as wide as the widest candidate plus two; an empty candidate starts a new group.
    const widths = completions.map((entry) => displayWidth(entry));
    const width = Math.max(...widths) + 2;
    let perRow = Math.floor(this.columns / width) || 1;
    if (perRow === Infinity) perRow = 1;
    let listing = '\r\n';
    let inRow = 0;
    let padding = 0;
    completions.forEach((entry, i) => {
      if (entry === '' || inRow === perRow) {
        listing += '\r\n';
        inRow = 0;
        padding = 0;
      } else {
        listing += ' '.repeat(padding);
      }
      if (entry === '') {
        listing += '\r\n';
        return;
      }
      listing += entry;
      padding = width - widths[i];
      inRow++;
    });
    if (inRow !== 0) listing += '\r\n\r\n';
    this._writeToOutput(listing);
    this._refreshLine();
  }

  _ttyWrite(s, key = {}) {
    const previous = this.previousKey;
    this.previousKey = key;
    this.trackHistorySearch(key);
    if (key.name === 'y' && key.meta && !key.ctrl) return this.yankPop(previous);
    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') return this._deleteLineLeft();
      if (key.name === 'delete') return this._deleteLineRight();
    }
    if (key.ctrl) return this.ctrlKey(s, key);
    if (key.meta) return this.metaKey(s, key);
    switch (key.name) {
      case 'return':
        this.sawReturnAt = Date.now();
        return this._line();
      case 'enter':
        // The \n of a \r\n pressed as one key.
        if (this.sawReturnAt !== 0 && Date.now() - this.sawReturnAt <= this.crlfDelay) {
          this.sawReturnAt = 0;
          return;
        }
        this.sawReturnAt = 0;
        return this._line();
      case 'backspace': return this._deleteLeft();
      case 'delete': return this._deleteRight();
      case 'left': return this._moveCursor(-this.charLength(-1));
      case 'right': return this._moveCursor(this.charLength(1));
      case 'home': return this._moveCursor(-Infinity);
      case 'end': return this._moveCursor(Infinity);
      case 'up': return this._historyPrev();
      case 'down': return this._historyNext();
      case 'tab':
        // Without a completer (or amid pasted text) a tab is text.
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          return this.completeLine(previous?.name === 'tab');
        }
        break;
    }
    if (typeof s === 'string' && s !== '') {
      const lines = s.split(/\r\n|\n|\r/);
      lines.forEach((text, i) => {
        if (i > 0) this._line();
        this._insertString(text);
      });
    }
  }

  ctrlKey(s, key) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        return;
      case 'h': return this._deleteLeft();
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else this._deleteRight();
        return;
      case 'u': return this._deleteLineLeft();
      case 'k': return this._deleteLineRight();
      case 'a': return this._moveCursor(-Infinity);
      case 'e': return this._moveCursor(Infinity);
      case 'b': return this._moveCursor(-this.charLength(-1));
      case 'f': return this._moveCursor(this.charLength(1));
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        return this._refreshLine();
      case 'n': return this._historyNext();
      case 'p': return this._historyPrev();
      case 'y': return this.yank();
      case 'z':
        if (process.platform === 'win32') return;
        if (this.listenerCount('SIGTSTP') > 0) {
          this.emit('SIGTSTP');
        } else {
          process.once('SIGCONT', () => {
            if (!this.paused) {
              this.pause();
              this.emit('SIGCONT');
            }
            this._setRawMode(true);
            this._refreshLine();
          });
          this._setRawMode(false);
          process.kill(process.pid, 'SIGTSTP');
        }
        return;
      case 'w':
      case 'backspace':
        return this._deleteWordLeft();
      case 'delete': return this._deleteWordRight();
      case 'left': return this._wordLeft();
      case 'right': return this._wordRight();
    }
  }

  metaKey(s, key) {
    switch (key.name) {
      case 'b': return this._wordLeft();
      case 'f': return this._wordRight();
      case 'd':
      case 'delete':
        return this._deleteWordRight();
      case 'backspace': return this._deleteWordLeft();
    }
  }

  [Symbol.asyncIterator]() {
    if (this.lineIterator === undefined) {
      const { on } = require('events');
      // Lines buffered past 1024 pause the input until they are read.
      const events = on(this, 'line', { close: ['close'], highWaterMark: 1024 });
      this.lineIterator = {
        __proto__: Object.getPrototypeOf(events),
        next: () => events.next().then((result) => (result.done ? result : { value: result.value[0], done: false })),
        return: () => events.return(),
        throw: (err) => events.throw(err),
        [Symbol.asyncIterator]() {
          return this;
        },
        [kWatermarkData]: events[kWatermarkData],
      };
    }
    return this.lineIterator;
  }
}

function isLowSurrogate(code) {
  return code >= 0xdc00 && code <= 0xdfff;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  let prefix = strings[0];
  for (const entry of strings) {
    while (!entry.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

// A one-argument completer answers directly (or with a promise).
function completeSync(completer, text, callback) {
  let result;
  try {
    result = completer(text);
  } catch (err) {
    callback(err);
    return;
  }
  if (typeof result?.then === 'function') result.then((value) => callback(null, value), callback);
  else callback(null, result);
}

module.exports = { Interface };
