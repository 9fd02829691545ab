'use strict';
// process.report: Node's diagnostic report, with the sections a JVM process can fill. Libraries read it to learn
// about the platform (detect-libc reads header.glibcVersionRuntime and sharedObjects); nativeStack, libuv and
// workers stay empty lists here (no native frames or libuv handles to show).

const fs = require('fs');
const os = require('os');
const path = require('path');
const { validateBoolean, validateObject, validateSignalName, validateString } = require('internal/validators');
const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');

const binding = internalBinding('process');
const REPORT_VERSION = 5;

const options = {
  directory: '',
  filename: '',
  compact: false,
  excludeNetwork: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
  excludeEnv: false,
};
let sequence = 0;

const pad = (n, width = 2) => String(n).padStart(width, '0');

function localTime(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}Z`;
}

function defaultFilename(date) {
  sequence++;
  return `report.${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}.${process.pid}.0.${pad(sequence, 3)}.json`;
}

function header(event, trigger, filename, date) {
  const glibc = binding.glibcVersion();
  return {
    reportVersion: REPORT_VERSION,
    event,
    trigger,
    filename,
    dumpEventTime: localTime(date),
    dumpEventTimeStamp: String(date.getTime()),
    processId: process.pid,
    threadId: 0,
    cwd: process.cwd(),
    commandLine: [process.argv0, ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
    ...(glibc === null ? {} : { glibcVersionRuntime: glibc }),
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus: os.cpus().map(({ model, speed, times }) => ({ model, speed, ...times })),
    ...(options.excludeNetwork ? {} : { networkInterfaces: networkInterfaces() }),
    host: os.hostname(),
  };
}

function networkInterfaces() {
  return Object.entries(os.networkInterfaces()).flatMap(([name, addresses]) =>
    addresses.map(({ internal, mac, address, netmask, family, scopeid }) =>
      ({ name, internal, mac, address, netmask, family, ...(scopeid === undefined ? {} : { scopeid }) })));
}

function javascriptStack(error) {
  if (error === undefined) {
    const synthetic = {};
    Error.captureStackTrace(synthetic, getReport);
    const frames = String(synthetic.stack).split('\n').slice(1).map((line) => line.trim());
    return { message: 'Error [ERR_SYNTHETIC]: JavaScript Callstack', stack: frames };
  }
  const lines = typeof error?.stack === 'string' ? error.stack.split('\n') : [String(error)];
  const frames = lines.filter((line) => /^\s+at /.test(line)).map((line) => line.trim());
  const message = lines.filter((line) => !/^\s+at /.test(line)).join('\n');
  const errorProperties = Object.fromEntries(Object.entries(error).map(([key, value]) => [key, String(value)]));
  return { message, stack: frames, errorProperties };
}

function javascriptHeap() {
  const v8 = require('v8');
  const stats = v8.getHeapStatistics();
  return {
    totalMemory: stats.total_heap_size,
    executableMemory: stats.total_heap_size_executable,
    totalCommittedMemory: stats.total_physical_size,
    availableMemory: stats.total_available_size,
    totalGlobalHandlesMemory: stats.total_global_handles_size,
    usedGlobalHandlesMemory: stats.used_global_handles_size,
    usedMemory: stats.used_heap_size,
    memoryLimit: stats.heap_size_limit,
    mallocedMemory: stats.malloced_memory,
    externalMemory: stats.external_memory,
    peakMallocedMemory: stats.peak_malloced_memory,
    nativeContextCount: stats.number_of_native_contexts,
    detachedContextCount: stats.number_of_detached_contexts,
    doesZapGarbage: Boolean(stats.does_zap_garbage),
    heapSpaces: Object.fromEntries(v8.getHeapSpaceStatistics().map((space) => [space.space_name, {
      memorySize: space.space_size,
      committedMemory: space.physical_space_size,
      capacity: space.space_size,
      used: space.space_used_size,
      available: space.space_available_size,
    }])),
  };
}

function cpuFigures({ user, system }) {
  const elapsed = process.uptime();
  const userSeconds = user / 1e6;
  const kernelSeconds = system / 1e6;
  const percent = (seconds) => (elapsed > 0 ? (seconds / elapsed) * 100 : 0);
  return {
    userCpuSeconds: userSeconds,
    kernelCpuSeconds: kernelSeconds,
    cpuConsumptionPercent: percent(userSeconds + kernelSeconds),
    userCpuConsumptionPercent: percent(userSeconds),
    kernelCpuConsumptionPercent: percent(kernelSeconds),
  };
}

function resourceUsage() {
  const usage = process.resourceUsage();
  return {
    free_memory: os.freemem(),
    total_memory: os.totalmem(),
    rss: process.memoryUsage.rss(),
    constrained_memory: process.constrainedMemory(),
    available_memory: process.availableMemory(),
    ...cpuFigures(process.cpuUsage()),
    maxRss: usage.maxRSS * 1024,
    pageFaults: { IORequired: usage.majorPageFault, IONotRequired: usage.minorPageFault },
    fsActivity: { reads: usage.fsRead, writes: usage.fsWrite },
  };
}

// /proc/self/limits rows, under the names Node's report gives getrlimit(2)'s resources.
const LIMIT_NAMES = {
  'Max core file size': 'core_file_size_blocks',
  'Max data size': 'data_seg_size_bytes',
  'Max file size': 'file_size_blocks',
  'Max locked memory': 'max_locked_memory_bytes',
  'Max resident set': 'max_memory_size_bytes',
  'Max open files': 'open_files',
  'Max stack size': 'stack_size_bytes',
  'Max cpu time': 'cpu_time_seconds',
  'Max processes': 'max_user_processes',
  'Max address space': 'virtual_memory_bytes',
};

function userLimits() {
  const limits = {};
  let text = '';
  try {
    text = fs.readFileSync('/proc/self/limits', 'latin1');
  } catch {
    return limits;
  }
  const rows = new Map();
  for (const line of text.split('\n')) {
    const match = /^(Max [a-z ]+?)\s{2,}(\S+)\s+(\S+)/.exec(line);
    if (match !== null) rows.set(match[1], [match[2], match[3]]);
  }
  const value = (text) => (text === 'unlimited' ? 'unlimited' : Number(text));
  for (const [row, name] of Object.entries(LIMIT_NAMES)) {
    const found = rows.get(row);
    if (found !== undefined) limits[name] = { soft: value(found[0]), hard: value(found[1]) };
  }
  return limits;
}

function sharedObjects() {
  let text = '';
  try {
    text = fs.readFileSync('/proc/self/maps', 'latin1');
  } catch {
    return [];
  }
  const seen = new Set();
  for (const line of text.split('\n')) {
    const file = line.slice(line.indexOf('/'));
    if (line.includes('/') && /\.so(\.|$)/.test(path.basename(file))) seen.add(file);
  }
  return [...seen];
}

function buildReport(event, trigger, filename, error) {
  const date = new Date();
  const usage = resourceUsage();
  return {
    header: header(event, trigger, filename, date),
    javascriptStack: javascriptStack(error),
    javascriptHeap: javascriptHeap(),
    nativeStack: [],
    resourceUsage: usage,
    uvthreadResourceUsage: { ...cpuFigures(process.threadCpuUsage()), fsActivity: usage.fsActivity },
    libuv: [],
    workers: [],
    ...(options.excludeEnv ? {} : { environmentVariables: { ...process.env } }),
    userLimits: userLimits(),
    sharedObjects: sharedObjects(),
  };
}

function getReport(error) {
  if (error !== undefined) validateObject(error, 'err');
  return buildReport('JavaScript API', 'GetReport', null, error);
}

function write(file, event, trigger, error) {
  const filename = file ?? (options.filename || defaultFilename(new Date()));
  const report = buildReport(event, trigger, filename, error);
  const text = `${options.compact ? JSON.stringify(report) : JSON.stringify(report, null, 2)}\n`;
  if (filename === 'stdout' || filename === 'stderr') {
    binding.writeString(filename === 'stdout' ? 1 : 2, text);
    return filename;
  }
  const target = path.resolve(options.directory || process.cwd(), filename);
  binding.writeString(2, `\nWriting Node.js report to file: ${filename}\n`);
  fs.writeFileSync(target, text);
  binding.writeString(2, 'Node.js report completed\n');
  return filename;
}

function writeReport(file, error) {
  if (typeof file === 'object' && file !== null) {
    error = file;
    file = undefined;
  } else if (file !== undefined) {
    validateString(file, 'file');
  }
  if (error !== undefined) validateObject(error, 'err');
  return write(file, 'JavaScript API', 'API', error);
}

// An uncaught exception, when reportOnUncaughtException is set (internal/process/fatal).
function reportUncaught(error) {
  if (!options.reportOnUncaughtException) return;
  write(undefined, String(error?.message ?? error), 'Exception', typeof error === 'object' ? error : undefined);
}

const report = {
  writeReport,
  getReport,
  get directory() { return options.directory; },
  set directory(dir) {
    validateString(dir, 'directory');
    options.directory = dir;
  },
  get filename() { return options.filename; },
  set filename(name) {
    validateString(name, 'filename');
    options.filename = name;
  },
  get compact() { return options.compact; },
  set compact(b) {
    validateBoolean(b, 'compact');
    options.compact = b;
  },
  get excludeNetwork() { return options.excludeNetwork; },
  set excludeNetwork(b) {
    validateBoolean(b, 'excludeNetwork');
    options.excludeNetwork = b;
  },
  get signal() { return options.signal; },
  set signal(sig) {
    validateSignalName(sig, 'signal');
    options.signal = sig;
  },
  get reportOnFatalError() { return options.reportOnFatalError; },
  set reportOnFatalError(trigger) {
    validateBoolean(trigger, 'trigger');
    // A JVM's fatal errors never reach JavaScript: there is no moment to write the report in.
    if (trigger) throw new ERR_JNODE_UNSUPPORTED('process.report.reportOnFatalError');
    options.reportOnFatalError = trigger;
  },
  get reportOnSignal() { return options.reportOnSignal; },
  set reportOnSignal(trigger) {
    validateBoolean(trigger, 'trigger');
    if (trigger) throw new ERR_JNODE_UNSUPPORTED('process.report.reportOnSignal');
    options.reportOnSignal = trigger;
  },
  get reportOnUncaughtException() { return options.reportOnUncaughtException; },
  set reportOnUncaughtException(trigger) {
    validateBoolean(trigger, 'trigger');
    options.reportOnUncaughtException = trigger;
  },
  get excludeEnv() { return options.excludeEnv; },
  set excludeEnv(b) {
    validateBoolean(b, 'excludeEnv');
    options.excludeEnv = b;
  },
};

module.exports = { report, reportUncaught };
