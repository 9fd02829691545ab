'use strict';
// node:os, read from the running Linux system (procfs and a few libc calls).

const binding = internalBinding('os');
const { os: constants } = require('internal/constants');
const { codes: { ERR_SYSTEM_ERROR } } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

function readProc(path) {
  return binding.readProc(path, '');
}

function cpus() {
  const info = readProc('/proc/cpuinfo');
  const stat = readProc('/proc/stat').split('\n').filter((l) => /^cpu\d+ /.test(l));
  const models = [...info.matchAll(/^model name\s*:\s*(.*)$/gm)].map((m) => m[1]);
  const speeds = [...info.matchAll(/^cpu MHz\s*:\s*(.*)$/gm)].map((m) => Math.floor(+m[1]));
  const ticks = 10; // USER_HZ is 100: one tick is 10 ms
  return stat.map((line, i) => {
    const [, user, nice, sys, idle, , irq] = line.trim().split(/\s+/).map(Number);
    return {
      model: models[i] ?? models[0] ?? 'unknown',
      speed: speeds[i] ?? speeds[0] ?? 0,
      times: { user: user * ticks, nice: nice * ticks, sys: sys * ticks, idle: idle * ticks, irq: irq * ticks },
    };
  });
}

function meminfo(key) {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readProc('/proc/meminfo'));
  return m ? Number(m[1]) * 1024 : 0;
}

function loadavg() {
  return readProc('/proc/loadavg').split(' ').slice(0, 3).map(Number);
}

function userInfo(options) {
  const user = binding.username();
  const passwd = readProc('/etc/passwd').split('\n').find((l) => l.startsWith(`${user}:`));
  const fields = passwd ? passwd.split(':') : [];
  const encode = (s) => (options?.encoding === 'buffer' ? require('buffer').Buffer.from(s) : s);
  return {
    uid: process.getuid(),
    gid: process.getgid(),
    username: encode(user),
    homedir: encode(fields[5] ?? binding.homedir()),
    shell: fields[6] ? encode(fields[6]) : null,
  };
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// { name: [{ address, netmask, family, mac, internal, cidr[, scopeid] }] } from the binding's flat list.
function networkInterfaces() {
  const flat = binding.networkInterfaces();
  const byName = {};
  for (let i = 0; i < flat.length; i += 8) {
    const [name, address, netmask, family, mac, internal, scopeid, prefix] = flat.slice(i, i + 8);
    const entry = { address, netmask, family, mac, internal, cidr: `${address}/${prefix}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (byName[name] ??= []).push(entry);
  }
  return byName;
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  const [errno, priority] = binding.getPriority(pid);
  if (errno !== 0) throw new ERR_SYSTEM_ERROR(errno, 'uv_os_getpriority');
  return priority;
}

// setPriority(priority) is setPriority(0, priority).
function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', constants.priority.PRIORITY_HIGHEST, constants.priority.PRIORITY_LOW);
  const errno = binding.setPriority(pid, priority);
  if (errno !== 0) throw new ERR_SYSTEM_ERROR(errno, 'uv_os_setpriority');
}

const [sysname, release, version, machine] = binding.uname();

module.exports = {
  arch: () => process.arch,
  availableParallelism: () => binding.availableProcessors(),
  cpus,
  endianness: () => 'LE',
  freemem: () => meminfo('MemAvailable'),
  getPriority,
  homedir: () => process.env.HOME || binding.homedir(),
  hostname: () => binding.hostname(),
  loadavg,
  networkInterfaces,
  platform: () => process.platform,
  release: () => release,
  setPriority,
  tmpdir,
  totalmem: () => meminfo('MemTotal'),
  type: () => sysname,
  userInfo,
  uptime: () => Number(readProc('/proc/uptime').split(' ')[0]),
  version: () => version,
  machine: () => machine,
};
// Node's functions that answer a plain value also give it when converted: `${os.hostname}`, +os.totalmem.
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'machine',
  'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version']) {
  const fn = module.exports[name];
  fn[Symbol.toPrimitive] = () => fn();
}
// Read-only, as Node's: assigning them throws in strict code.
Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  EOL: { value: '\n', writable: false, enumerable: true, configurable: true },
  devNull: { value: '/dev/null', writable: false, enumerable: true, configurable: true },
});
