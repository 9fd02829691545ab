'use strict';
// Who called into the library: Node keeps some deprecation warnings quiet for code inside node_modules,
// since the user cannot fix a dependency.

/** True when the nearest caller outside jnode's own library lives in a node_modules folder. */
function isInsideNodeModules() {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  let sites;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.stackTraceLimit = 100;
    const holder = {};
    Error.captureStackTrace(holder, isInsideNodeModules);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  if (!Array.isArray(sites)) return false;
  for (const site of sites) {
    const file = site.getFileName();
    if (typeof file !== 'string' || file.startsWith('node:')) continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

module.exports = { isInsideNodeModules };
