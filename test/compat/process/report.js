'use strict';
// process.report: the options (with their checks), getReport's sections and header, writeReport to a file.
// jnode is not built against a C library, so its header has no glibcVersionCompiler (Node's names the glibc
// it was compiled with); that key is left out of the comparison.
const fs = require('fs');
const os = require('os');
const path = require('path');

const { report } = process;
console.log(Object.keys(report), Object.getOwnPropertyDescriptor(process, 'report').enumerable);
console.log(report.directory, report.filename, report.compact, report.excludeNetwork, report.signal,
  report.reportOnFatalError, report.reportOnSignal, report.reportOnUncaughtException, report.excludeEnv);
for (const [key, value] of [['directory', 1], ['compact', 'yes'], ['signal', 'SIGNOPE'], ['excludeEnv', null]]) {
  try {
    report[key] = value;
  } catch (e) {
    console.log(key, e.code, e.message);
  }
}

const r = report.getReport();
console.log(Object.keys(r));
console.log(Object.keys(r.header).filter((key) => key !== 'glibcVersionCompiler'));
const { header } = r;
console.log(header.reportVersion, header.event, header.trigger, header.filename, header.processId === process.pid,
  header.threadId, header.cwd === process.cwd(), header.nodejsVersion === process.version, header.wordSize,
  header.arch, header.platform, header.host === os.hostname(), /^\d+\.\d+/.test(header.glibcVersionRuntime),
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(header.dumpEventTime), typeof header.dumpEventTimeStamp,
  header.cpus.length === os.cpus().length, Object.keys(header.cpus[0]), Object.keys(header.networkInterfaces[0]));
console.log(r.javascriptStack.message, Array.isArray(r.javascriptStack.stack),
  Object.keys(r.javascriptHeap).length, typeof r.javascriptHeap.heapSpaces, Object.keys(r.resourceUsage),
  Object.keys(r.uvthreadResourceUsage), Array.isArray(r.libuv), r.workers, r.environmentVariables.HOME === process.env.HOME,
  Object.keys(r.userLimits), Object.keys(r.userLimits.open_files), r.sharedObjects.some((so) => /libc\.so/.test(so)));

const withError = report.getReport(Object.assign(new TypeError('bad thing'), { code: 'E_X' }));
console.log(withError.javascriptStack.message, withError.javascriptStack.errorProperties);
try {
  report.getReport('x');
} catch (e) {
  console.log(e.code, e.message);
}

report.excludeEnv = true;
report.excludeNetwork = true;
const smaller = report.getReport();
console.log('environmentVariables' in smaller, 'networkInterfaces' in smaller.header);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-report-'));
report.directory = dir;
report.compact = true;
const name = report.writeReport('out.json');
const written = fs.readFileSync(path.join(dir, name), 'utf8');
console.log(name, written.split('\n').length, JSON.parse(written).header.trigger, JSON.parse(written).header.filename);
fs.rmSync(dir, { recursive: true });
