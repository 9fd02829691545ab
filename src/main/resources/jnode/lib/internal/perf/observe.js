'use strict';
// The seam between node:perf_hooks and the modules that report performance entries (dns): they ask whether
// an observer wants a type before timing anything, so that perf_hooks is never loaded on their account.

const processBinding = internalBinding('process');
let reporter = null;

/** perf_hooks installs { hasObserver(type), enqueue(name, type, start, duration, detail) } when it loads. */
function installReporter(installed) {
  reporter = installed;
}

function hasObserver(type) {
  return reporter !== null && reporter.hasObserver(type);
}

// perf_hooks' clock: milliseconds of the monotonic clock.
function now() {
  return processBinding.hrtime() / 1e6;
}

/** Reports an entry that started at `start` (from now()) and ends now. */
function enqueueEntry(name, type, start, detail) {
  reporter?.enqueue(name, type, start, now() - start, detail);
}

module.exports = { installReporter, hasObserver, now, enqueueEntry };
