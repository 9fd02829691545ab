'use strict';
// node:repl: a read-eval-print loop on a readline Interface. Each line is evaluated as a vm.Script (in the global
// context, or in a vm context of its own), incomplete input is buffered until it parses, results are printed with
// util.inspect and kept in `_`, errors in `_error`. Dot commands (.help, .editor, .load, ...) are built in and
// can be added with defineCommand. jnode with no script on a terminal runs one (internal/repl).

const EventEmitter = require('events');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { Interface } = require('readline');
const { inspect, isError } = require('internal/util/inspect');
const { codes: { ERR_INVALID_REPL_EVAL_CONFIG, ERR_INVALID_REPL_INPUT } } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { builtinModules } = require('module');
const { makeRequireFunction } = require('internal/modules/cjs/loader');
const { deprecate } = require('util');
const { pendingDeprecation } = require('internal/options');

// Node warns of these deprecated names only under --pending-deprecation.
function pendingDeprecate(fn, message, code) {
  return pendingDeprecation() ? deprecate(fn, message, code) : fn;
}
const replBuiltinModules = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

const kContinuationPrompt = '| ';
let evalCount = 0;
let contextBuiltins; // the global names a fresh vm context has of its own

// Colours by default on a terminal whose output can show them (a TTY without getColorDepth is trusted).
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('tty').WriteStream.prototype.getColorDepth.call(stream) > 2;
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

// An error that only says the input is not finished: the REPL waits for more lines.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

// Input that stops early: V8's words for it (an unfinished call's arguments say "missing )"), or an open block comment.
function isRecoverable(err, code) {
  if (!(err instanceof SyntaxError) && err?.name !== 'SyntaxError') return false;
  const message = String(err.message);
  if (message === 'Unexpected end of input') return true;
  if (message === 'missing ) after argument list' && count(code, '(') > count(code, ')')) return true;
  return code.lastIndexOf('/*') > code.lastIndexOf('*/');
}

function count(code, char) {
  return code.split(char).length - 1;
}

const awaitOutsideAsync = /await is only valid in async functions/;

// Top-level await: the code runs in an async function. An expression comes back as `{ value }` (the wrapper Node
// uses, so columns in stack traces match); declarations stay local to that input (Node hoists them to the context).
function asyncWrapped(code, filename) {
  const body = code.trim().replace(/;\s*$/, '');
  for (const candidate of [`(async () => { return { value: (${body}\n) } })()`, `(async () => { ${code}\n })()`]) {
    try {
      return new vm.Script(candidate, { filename });
    } catch {
      // Try the next form.
    }
  }
  return null;
}

// The input's own top-level frame (the last one in a REPLn file) and the REPL's machinery below it are not shown.
function trimmedStack(err) {
  if (err === null || typeof err !== 'object' || typeof err.stack !== 'string') return err;
  const lines = err.stack.split('\n');
  const top = lines.findLastIndex((line) => /^\s+at (?:.* \()?REPL\d+:\d+:\d+\)?$/.test(line));
  if (top === -1) return err;
  try {
    Object.defineProperty(err, 'stack', { value: lines.slice(0, top).join('\n'), writable: true, configurable: true });
  } catch {
    // A frozen error is printed as it is.
  }
  return err;
}

class REPLServer extends Interface {
  constructor(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
    const options = prompt !== null && typeof prompt === 'object' ? { ...prompt } :
      { prompt, stream, eval: evalFn, useGlobal, ignoreUndefined, replMode };
    const input = options.input ?? options.stream ?? process.stdin;
    const output = options.output ?? options.stream ?? process.stdout;
    if (options.breakEvalOnSigint && options.eval) throw new ERR_INVALID_REPL_EVAL_CONFIG();
    if (options.eval !== undefined) validateFunction(options.eval, 'options.eval');
    const terminal = options.terminal ?? Boolean(output.isTTY);
    super({
      input,
      output,
      terminal,
      prompt: options.prompt ?? '> ',
      historySize: options.historySize,
      completer: options.completer ?? ((line, callback) => this.complete(line, callback)),
    });
    this.useColors = options.useColors ?? (terminal && shouldColorize(output));
    this.useGlobal = Boolean(options.useGlobal);
    this.ignoreUndefined = Boolean(options.ignoreUndefined);
    this.replMode = options.replMode ?? REPL_MODE_SLOPPY;
    this.breakEvalOnSigint = Boolean(options.breakEvalOnSigint);
    this.preview = options.preview;
    this.underscoreAssigned = false;
    this.underscoreErrAssigned = false;
    this.last = undefined;
    this.lastError = undefined;
    this.editorMode = false;
    this.bufferedCommand = '';
    this.lines = [];
    this._initialPrompt = this.getPrompt();
    this.writer = options.writer ?? writer;
    this.eval = options.eval ?? ((code, context, file, callback) => this.defaultEval(code, context, file, callback));
    this.commands = { __proto__: null };
    // Node evaluates in a domain and reports what escapes it through this emitter; jnode has no node:domain,
    // so nothing is emitted here and such errors are uncaught exceptions.
    this._domain = options.domain ?? new EventEmitter();
    defineDefaultCommands(this);
    this.resetContext();

    this.on('line', (line) => this.onReplLine(line));
    this.on('close', () => this.emit('exit'));
    // The deprecated names of input and output.
    for (const [name, field] of [['inputStream', 'input'], ['outputStream', 'output']]) {
      const message = 'repl.inputStream and repl.outputStream are deprecated. Use repl.input and repl.output instead';
      Object.defineProperty(this, name, {
        get: pendingDeprecate(() => this[field], message, 'DEP0141'),
        set: pendingDeprecate((value) => { this[field] = value; }, message, 'DEP0141'),
        enumerable: false,
        configurable: true,
      });
    }
    if (this.terminal) {
      const ttyWrite = this._ttyWrite.bind(this);
      // In editor mode Ctrl+D ends the input like Enter, and the whole buffer is evaluated as one (Ctrl+C goes on
      // to readline and the SIGINT handler below drops the buffer). Elsewhere Ctrl+D on an empty line leaves the
      // REPL, after a line break so the shell's prompt starts on a line of its own.
      this._ttyWrite = (s, key) => {
        const ctrlD = key?.ctrl && key.name === 'd';
        if (this.editorMode && ctrlD) {
          this.editorMode = false;
          ttyWrite(s, { name: 'return' });
        } else {
          if (ctrlD && this.cursor === 0 && this.line.length === 0) this.clearLine();
          ttyWrite(s, key);
        }
      };
    }
    this.on('SIGINT', () => {
      const hadInput = this.line.length > 0 || this.bufferedCommand !== '';
      this.editorMode = false;
      this.clearLine();
      this.clearBufferedCommand();
      if (!hadInput && !this.interrupted) {
        this.interrupted = true;
        this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      } else if (!hadInput) {
        this.close();
        return;
      }
      this.displayPrompt();
    });
    this.displayPrompt();
  }

  // The global object for input: the process's own with useGlobal, else a new vm context that also sees Node's
  // globals (require, process, timers, ...) next to its own built-ins (Object, Array, ... of its realm).
  createContext() {
    let context;
    if (this.useGlobal) {
      context = globalThis;
    } else {
      context = vm.createContext();
      contextBuiltins ??= new Set(vm.runInNewContext('Object.getOwnPropertyNames(globalThis)'));
      for (const name of Reflect.ownKeys(globalThis)) {
        if (contextBuiltins.has(name) || Object.hasOwn(context, name)) continue;
        Object.defineProperty(context, name, Object.getOwnPropertyDescriptor(globalThis, name));
      }
      context.global = context;
      // console.log in the REPL's context writes to the REPL's output, as in Node.
      const { Console } = require('console');
      Object.defineProperty(context, 'console', {
        value: new Console(this.output), writable: true, configurable: true,
      });
    }
    // require() and module of a module without a file at the working directory (relative requests resolve there,
    // and a require stack names '<repl>'), in the global context too.
    const Module = require('module');
    const module = new Module('<repl>');
    module.paths = Module._nodeModulePaths(process.cwd());
    Object.defineProperty(context, 'module', { value: module, writable: true, configurable: true });
    Object.defineProperty(context, 'require', { value: makeRequireFunction(module), writable: true, configurable: true });
    addBuiltinModules(context);
    return context;
  }

  resetContext() {
    this.context = this.createContext();
    this.underscoreAssigned = false;
    this.underscoreErrAssigned = false;
    this.lines = [];
    this.defineUnderscores();
    this.emit('reset', this.context);
  }

  // `_` and `_error` hold the last result and error until the user assigns them.
  defineUnderscores() {
    const slot = (name, field, assignedFlag) => {
      const server = this;
      Object.defineProperty(this.context, name, {
        configurable: true,
        get() {
          return server[field];
        },
        set(value) {
          server[field] = value;
          if (!server[assignedFlag]) {
            server[assignedFlag] = true;
            server.output.write(`Expression assignment to ${name} now disabled.\n`);
          }
        },
      });
    };
    slot('_', 'last', 'underscoreAssigned');
    slot('_error', 'lastError', 'underscoreErrAssigned');
  }

  defaultEval(code, context, file, callback) {
    if (code.trim() === '') {
      callback(null);
      return;
    }
    // `{ a: 1 }` is an object, not a block, as in Node.
    let source = code;
    if (/^\s*\{/.test(code) && /\}\s*$/.test(code)) source = `(${code.trim()}\n)`;
    if (this.replMode === REPL_MODE_STRICT) source = `'use strict'; void 0;\n${source}`;
    let script;
    let awaited = false;
    try {
      script = new vm.Script(source, { filename: file, displayErrors: false });
    } catch (err) {
      if (source !== code) {
        try {
          script = new vm.Script(code, { filename: file, displayErrors: false });
        } catch {
          // Report the first error below.
        }
      }
      if (script === undefined && awaitOutsideAsync.test(err.message)) {
        script = asyncWrapped(code, file);
        awaited = script !== null;
      }
      if (script === undefined || script === null) {
        callback(isRecoverable(err, code) ? new Recoverable(err) : err);
        return;
      }
    }
    let result;
    try {
      const options = { displayErrors: false, breakOnSigint: this.breakEvalOnSigint };
      result = this.useGlobal ? script.runInThisContext(options) : script.runInContext(context, options);
    } catch (err) {
      callback(err);
      return;
    }
    // Top-level await: the answer is what the async wrapper's promise settles with.
    if (awaited) result.then((wrapped) => callback(null, wrapped?.value), (err) => callback(err));
    else callback(null, result);
  }

  onReplLine(line) {
    line ??= ''; // what Node makes of a 'line' event without a line
    this.interrupted = false;
    if (this.editorMode) {
      this.bufferedCommand += `${line}\n`;
      return;
    }
    // A dot command, even amid a multi-line input (not `.5` or `..`); its action shows the next prompt itself.
    const trimmed = line.trim();
    if (trimmed.startsWith('.') && trimmed[1] !== '.' && Number.isNaN(Number.parseFloat(trimmed))) {
      const [, keyword, rest] = /^\.(\S+)\s*(.*)$/.exec(trimmed) ?? [];
      const command = this.commands[keyword];
      if (command) {
        command.action.call(this, rest);
        return;
      }
      if (!this.bufferedCommand) {
        this.output.write('Invalid REPL keyword\n');
        this.displayPrompt();
        return;
      }
    }
    const code = `${this.bufferedCommand}${line}\n`;
    const file = `REPL${++evalCount}`;
    // Only the standalone REPL may add 'uncaughtException' listeners: in others adding one throws.
    const watch = (event) => {
      if (event === 'uncaughtException' && module.exports.repl !== this) {
        throw new ERR_INVALID_REPL_INPUT('Listeners for `uncaughtException` cannot be used in the REPL');
      }
    };
    process.on('newListener', watch);
    try {
      this.eval(code, this.context, file, (err, ...result) => this.finish(code, err, ...result));
    } finally {
      process.removeListener('newListener', watch);
    }
  }

  // An eval callback given no result (an empty input) prints nothing, as Node's.
  finish(code, err, ...result) {
    if (err instanceof Recoverable) {
      this.bufferedCommand = code;
      this.displayPrompt();
      return;
    }
    this.bufferedCommand = '';
    this.lines.push(...code.replace(/\n$/, '').split('\n'));
    if (err) {
      this.reportError(err);
      this.displayPrompt();
      return;
    }
    if (result.length > 0) this.printResult(result[0]);
    this.displayPrompt();
  }

  printResult(result) {
    if (!this.underscoreAssigned) this.last = result;
    if (result === undefined && this.ignoreUndefined) return;
    this.output.write(`${this.formatResult(result)}\n`);
  }

  // The shared default writer takes this REPL's colour choice, as Node's does.
  formatResult(value) {
    if (this.writer === writer) writer.options.colors = this.useColors;
    return this.writer(value);
  }

  reportError(err) {
    if (!this.underscoreErrAssigned) this.lastError = err;
    // A syntax error in the input: the offending line and its caret, then the error without frames.
    const source = isError(err) && err.name === 'SyntaxError' && /^REPL\d+:\d+\n([^\n]*\n[^\n]*)\n\n/.exec(err.stack);
    if (source) {
      this.output.write(`${source[1]}\n\nUncaught ${err.name}: ${err.message}\n`);
      return;
    }
    // The standalone REPL hands errors to the program's 'uncaughtException' listeners when it has some.
    if (module.exports.repl === this && process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, 'uncaughtException');
      return;
    }
    let text = this.formatResult(trimmedStack(err));
    // An error left without frames prints as its header, not in inspect's brackets.
    if (isError(err) && text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
    // A header longer than a line goes below the word.
    const wide = isError(err) && text.split('\n')[0].length > (writer.options.breakLength ?? 80);
    this.output.write(`Uncaught${wide ? ':\n' : ' '}${text}\n`);
  }

  // Node closes on the next tick: 'exit' and 'close' come after the code that asked for them.
  close() {
    process.nextTick(() => super.close());
  }

  displayPrompt(preserveCursor) {
    if (this.closed) return;
    let prompt = this._initialPrompt;
    if (this.bufferedCommand.length > 0) prompt = kContinuationPrompt;
    this.setPrompt(prompt);
    this.prompt(preserveCursor);
  }

  clearBufferedCommand() {
    this.bufferedCommand = '';
  }

  defineCommand(keyword, command) {
    if (typeof command === 'function') command = { action: command };
    else validateFunction(command?.action, 'cmd.action');
    this.commands[keyword] = command;
  }

  setupHistory(historyPath, callback) {
    setupHistoryFile(this, historyPath);
    if (typeof callback === 'function') process.nextTick(callback, null, this);
  }

  // Globals, then properties of the expression before the last dot, and the commands after a dot.
  complete(line, callback) {
    const commandMatch = /^\s*\.(\w*)$/.exec(line);
    if (commandMatch) {
      const names = Object.keys(this.commands).filter((name) => name.startsWith(commandMatch[1]));
      // Without the dot, as Node answers: readline keeps the dot already typed.
      callback(null, [names, commandMatch[1]]);
      return;
    }
    const requireMatch = /(?:^|[^\w$.])require\s*\(\s*(['"`])([^'"`]*)(\1)?$/.exec(line);
    if (requireMatch) {
      // A closed string names nothing to complete.
      if (requireMatch[3]) callback(null, [[], undefined]);
      else callback(null, [completeRequire(requireMatch[2]), requireMatch[2]]);
      return;
    }
    const match = /(?:^|[^\w$.])((?:[\w$]+\s*\.\s*)*)([\w$]*)$/.exec(line);
    if (!match) {
      callback(null, [[], line]);
      return;
    }
    const chain = match[1].replace(/\s+/g, '');
    const partial = match[2];
    let names;
    if (chain === '') {
      names = [...propertyNames(this.context), ...(this.useGlobal ? [] : contextBuiltins), ...keywords];
    } else {
      let target;
      try {
        const expression = chain.slice(0, -1);
        // Only plain property chains are evaluated: no calls, so completion has no side effects beyond getters.
        target = this.useGlobal ? vm.runInThisContext(expression) : vm.runInContext(expression, this.context);
      } catch {
        target = undefined;
      }
      names = target == null ? [] : propertyNames(target);
    }
    let hits = [...new Set(names)].filter((name) => name.startsWith(partial) && /^[\w$]+$/.test(name)).sort();
    // Editor mode completes as far as the candidates agree, without listing them.
    if (this.editorMode && hits.length > 1) hits = [hits.reduce(commonPrefix)];
    callback(null, [hits.map((name) => chain + name), chain + partial]);
  }
}

const keywords = ['async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'let', 'new', 'null', 'return', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined',
  'var', 'void', 'while', 'with', 'yield'];

// What `require('<partial>` can go on with, in groups separated by '' as readline lists them: for a relative
// path the files and folders there; else the builtins with `node:`, the builtins without it, and what the
// node_modules folders around the working directory hold (modules without their extension, folders with '/').
function completeRequire(partial) {
  const slash = partial.lastIndexOf('/');
  const dirPart = partial.slice(0, slash + 1);
  const namePart = partial.slice(slash + 1);
  if (/^\.\.?(\/|$)/.test(partial)) {
    const found = moduleEntries(path.resolve(dirPart), dirPart, namePart);
    for (const dot of ['./', '../']) if (dot.startsWith(partial)) found.push(dot);
    return [...new Set(found)].sort();
  }
  const publicBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
  const prefixed = publicBuiltins.map((name) => (name.startsWith('node:') ? name : `node:${name}`))
    .filter((name) => name.startsWith(partial)).sort();
  if (partial.startsWith('node:')) return prefixed;
  const groups = [prefixed, replBuiltinModules.filter((name) => name.startsWith(partial)).sort()];
  const packages = [];
  for (const dir of require('module')._nodeModulePaths(process.cwd())) {
    packages.push(...moduleEntries(path.join(dir, dirPart), dirPart, namePart));
  }
  groups.push([...new Set(packages)].sort());
  const result = [];
  for (const group of groups.filter((g) => g.length > 0)) {
    if (result.length > 0) result.push('');
    result.push(...group);
  }
  return result;
}

function moduleExtensions() {
  return Object.keys(require('module')._extensions);
}

function moduleEntries(dir, dirPart, namePart) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found = [];
  for (const entry of entries) {
    if (!entry.name.startsWith(namePart)) continue;
    if (entry.isDirectory()) {
      found.push(`${dirPart}${entry.name}/`);
      // A folder require() can load by its name: a package.json or an index inside.
      const loadable = ['package.json', 'index', ...moduleExtensions().map((ext) => `index${ext}`)];
      if (loadable.some((name) => fs.existsSync(path.join(dir, entry.name, name)))) found.push(`${dirPart}${entry.name}`);
    } else {
      const ext = path.extname(entry.name);
      if (moduleExtensions().includes(ext)) found.push(`${dirPart}${entry.name.slice(0, -ext.length)}`);
    }
  }
  return found;
}

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

function propertyNames(value) {
  const names = [];
  for (let object = Object(value); object !== null; object = Object.getPrototypeOf(object)) {
    for (const key of Object.getOwnPropertyNames(object)) names.push(key);
  }
  return names;
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((name) => name.length));
      for (const name of names) {
        const help = this.commands[name].help;
        this.output.write(help ? `.${name.padEnd(width)}   ${help}\n` : `.${name}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      if (!file) {
        this.output.write('The "file" argument must be specified\n');
        this.displayPrompt();
        return;
      }
      try {
        fs.writeFileSync(file, this.lines.join('\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      if (!file) {
        this.output.write('The "file" argument must be specified\n');
        this.displayPrompt();
        return;
      }
      // The file is typed in editor mode (a terminal echoes it), then evaluated as one input.
      try {
        if (fs.statSync(file).isFile()) {
          const code = fs.readFileSync(file, 'utf8');
          this.editorMode = true;
          this.write(code);
          this.editorMode = false;
          this.write('\n');
        } else {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
        }
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        this.editorMode = true;
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      },
    });
  }
}

// History kept in a file, newest first, as Node's REPL keeps ~/.node_repl_history.
function setupHistoryFile(repl, historyPath) {
  if (!historyPath) return;
  try {
    const saved = fs.readFileSync(historyPath, 'utf8').split(/\r?\n/).filter(Boolean);
    repl.history.push(...saved.slice(0, repl.historySize));
  } catch {
    // No history yet.
  }
  repl.on('history', (history) => {
    try {
      fs.writeFileSync(historyPath, history.join('\n'), { mode: 0o600 });
    } catch {
      // History is a convenience: a read-only home must not break the REPL.
    }
  });
}

// Each builtin module is a global of the REPL's context, loaded on first use; assigning the name replaces it with
// an ordinary property, and names the context already has are left alone.
function addBuiltinModules(context) {
  for (const name of replBuiltinModules) {
    if (name.includes('/') || Object.hasOwn(context, name)) continue;
    const replace = (value) => {
      delete context[name];
      context[name] = value;
    };
    Object.defineProperty(context, name, {
      get() {
        const exports = require(name);
        Object.defineProperty(context, name, { get: () => exports, set: replace, configurable: true, enumerable: false });
        return exports;
      },
      set: replace,
      configurable: true,
      enumerable: false,
    });
  }
}

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

function writer(value) {
  return inspect(value, writer.options);
}
writer.options = { ...require('internal/util/inspect').inspectDefaultOptions, showProxy: true };
// util.inspect.replDefaults: the REPL's inspect options, changed in place by assignment.
Object.defineProperty(inspect, 'replDefaults', {
  get() {
    return writer.options;
  },
  set(options) {
    validateObject(options, 'options');
    return Object.assign(writer.options, options);
  },
  enumerable: true,
  configurable: true,
});

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
};
for (const [name, message, code] of [
  ['builtinModules', 'repl.builtinModules is deprecated. Check module.builtinModules instead', 'DEP0191'],
  ['_builtinLibs', 'repl._builtinLibs is deprecated. Check module.builtinModules instead', 'DEP0142'],
]) {
  let value = replBuiltinModules;
  Object.defineProperty(module.exports, name, {
    get: pendingDeprecate(() => value, message, code),
    set: pendingDeprecate((v) => { value = v; }, message, code),
    enumerable: false,
    configurable: true,
  });
}
