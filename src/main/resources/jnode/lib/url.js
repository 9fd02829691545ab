'use strict';
// node:url. Only the file: URL helpers exist so far; the WHATWG URL class arrives with the core library.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_PATH, ERR_JNODE_UNSUPPORTED } } =
  require('internal/errors');

function fileURLToPath(url) {
  let href;
  if (typeof url === 'string') href = url;
  else if (url != null && typeof url === 'object' && typeof url.href === 'string') href = url.href;
  else throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  if (!href.startsWith('file:')) throw new ERR_INVALID_URL_SCHEME('file');
  let rest = href.slice(5).replace(/[?#].*$/, '');
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const host = rest.slice(2, slash === -1 ? rest.length : slash);
    if (host !== '' && host !== 'localhost') {
      throw new ERR_INVALID_FILE_URL_PATH(`must be absolute`);
    }
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  if (/%2f/i.test(rest)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(rest);
}

function pathToFileURL() {
  throw new ERR_JNODE_UNSUPPORTED('url.pathToFileURL (the URL class is not implemented yet)');
}

module.exports = {
  fileURLToPath,
  pathToFileURL,
};
