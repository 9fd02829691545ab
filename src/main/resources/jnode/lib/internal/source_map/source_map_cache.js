'use strict';
// Source maps for stack traces (--enable-source-maps, process.setSourceMapsEnabled, module.setSourceMapsSupport).
// The map of a module loaded while support was on is read the first time a stack frame (or module.findSourceMap)
// names its file: the file's last `//# sourceMappingURL=` comment, a data: URL or a file next to it. Stacks are formatted here while support
// is on (internal/source_map/prepare_stack_trace hands them over).

const fs = require('fs');
const path = require('path');
const { validateBoolean, validateObject } = require('internal/validators');
const { fileURLToPath, pathToFileURL, URL } = require('internal/url');
const { SourceMap } = require('internal/source_map/source_map');
const prepareStackTrace = require('internal/source_map/prepare_stack_trace');

let support = { __proto__: null, enabled: false, nodeModules: false, generatedCode: false };
// filename -> { sourceMap, sourcesContent by resolved URL } or null when the file has no (readable) map.
const cache = new Map();

function getSourceMapsSupport() {
  return { __proto__: null, ...support };
}

function setSourceMapsSupport(enabled, options = undefined) {
  validateBoolean(enabled, 'enabled');
  let nodeModules = false;
  let generatedCode = false;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.nodeModules !== undefined) {
      validateBoolean(options.nodeModules, 'options.nodeModules');
      nodeModules = options.nodeModules;
    }
    if (options.generatedCode !== undefined) {
      validateBoolean(options.generatedCode, 'options.generatedCode');
      generatedCode = options.generatedCode;
    }
  }
  support = { __proto__: null, enabled, nodeModules: enabled && nodeModules, generatedCode: enabled && generatedCode };
  prepareStackTrace.setSourceMapsFormat(enabled ? formatStack : null);
}

function readDataURL(url) {
  const comma = url.indexOf(',');
  if (comma === -1) return null;
  const head = url.slice(5, comma);
  const body = url.slice(comma + 1);
  return head.endsWith(';base64') ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
}

// The map of `filename` as Node's cache would hold it: sources made absolute URLs (against the map's own URL
// and sourceRoot), and the generated file's line lengths.
function loadSourceMap(filename) {
  if (!path.isAbsolute(filename)) return null;
  if (!support.nodeModules && filename.includes(`${path.sep}node_modules${path.sep}`)) return null;
  let content;
  try {
    content = fs.readFileSync(filename, 'utf8');
  } catch {
    return null;
  }
  const url = internalBinding('module').sourceMappingUrl(content);
  if (url === null) return null;
  const fileURL = pathToFileURL(filename).href;
  let text;
  let mapURL;
  try {
    if (url.startsWith('data:')) {
      mapURL = fileURL;
      text = readDataURL(url);
    } else {
      mapURL = new URL(url, fileURL).href;
      if (!mapURL.startsWith('file:')) return null;
      text = fs.readFileSync(fileURLToPath(mapURL), 'utf8');
    }
    const payload = JSON.parse(text);
    if (payload === null || typeof payload !== 'object') return null;
    const sourceRoot = typeof payload.sourceRoot === 'string' ? payload.sourceRoot : '';
    const base = sourceRoot === '' ? mapURL : new URL(sourceRoot.endsWith('/') ? sourceRoot : `${sourceRoot}/`, mapURL);
    if (Array.isArray(payload.sources)) {
      payload.sources = payload.sources.map((source) => new URL(source ?? '', base).href);
    }
    payload.sourceRoot = sourceRoot;
    const lineLengths = content.split('\n').map((line) => line.length);
    return new SourceMap(payload, { lineLengths });
  } catch {
    return null;
  }
}

function findSourceMap(sourceURL) {
  if (typeof sourceURL !== 'string') return undefined;
  let filename = sourceURL;
  if (sourceURL.startsWith('file:')) {
    try {
      filename = fileURLToPath(sourceURL);
    } catch {
      return undefined;
    }
  }
  let sourceMap = cache.get(filename);
  if (sourceMap === undefined && !prepareStackTrace.loadedWithSourceMapsOn(filename)) return undefined;
  if (sourceMap === undefined) {
    sourceMap = loadSourceMap(filename);
    cache.set(filename, sourceMap);
  }
  return sourceMap ?? undefined;
}

function displayPath(source) {
  return source.startsWith('file:') ? fileURLToPath(source) : source;
}

// The original name of the function running in trace[i]: the name the map gives to the call in the frame below
// it, when that frame runs in the same file.
function originalFunctionName(sourceMap, trace, i) {
  const caller = trace[i + 1];
  if (caller === undefined || caller.getFileName() !== trace[i].getFileName()) return undefined;
  return sourceMap.findEntry(caller.getLineNumber() - 1, caller.getColumnNumber() - 1).name;
}

function formatFrame(trace, i) {
  const site = trace[i];
  const sourceMap = findSourceMap(site.getFileName());
  if (sourceMap === undefined) return `${site}`;
  const { originalSource, originalLine, originalColumn } =
    sourceMap.findEntry(site.getLineNumber() - 1, site.getColumnNumber() - 1);
  if (originalSource === undefined) return `${site}`;
  const typeName = site.getTypeName();
  const ownName = `${typeName !== null && typeName !== 'global' ? `${typeName}.` : ''}` +
    `${site.getFunctionName() ?? site.getMethodName() ?? '<anonymous>'}`;
  const name = originalFunctionName(sourceMap, trace, i) || ownName;
  return `${name} (${displayPath(originalSource)}:${originalLine + 1}:${originalColumn + 1})`;
}

function formatStack(error, trace, header) {
  let stack = header;
  for (let i = 0; i < trace.length; i++) {
    let frame;
    try {
      frame = formatFrame(trace, i);
    } catch {
      frame = `${trace[i]}`;
    }
    stack += `\n    at ${frame}`;
  }
  return stack;
}

// The uncaught-exception header's [file, line, column, sourceLine] moved to the original source, when mapped.
function mapLocation(location) {
  if (!support.enabled || location === null) return location;
  const [file, line, column] = location;
  const sourceMap = findSourceMap(file);
  if (sourceMap === undefined) return location;
  const { originalSource, originalLine, originalColumn } = sourceMap.findEntry(line - 1, column - 1);
  if (originalSource === undefined) return location;
  const { sources, sourcesContent } = sourceMap.payload;
  const index = Array.isArray(sources) ? sources.indexOf(originalSource) : -1;
  let text = Array.isArray(sourcesContent) ? sourcesContent[index] : undefined;
  if (typeof text !== 'string') {
    try {
      text = fs.readFileSync(displayPath(originalSource), 'utf8');
    } catch {
      return location;
    }
  }
  const sourceLine = text.split(/\r?\n/)[originalLine];
  if (sourceLine === undefined) return location;
  return [displayPath(originalSource), originalLine + 1, originalColumn + 1, sourceLine];
}

module.exports = { findSourceMap, getSourceMapsSupport, setSourceMapsSupport, mapLocation };
