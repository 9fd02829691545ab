// Only file:, data: and node: URLs load; others are ERR_UNSUPPORTED_ESM_URL_SCHEME.
import { show } from './fixtures/show.js';
for (const spec of ['https://example.com/x.js', 'http://example.com/x.js', 'blob:nodedata:abc', 'custom:thing', 'node:path']) {
  await show(spec, () => import(spec).then((ns) => ({ id: typeof ns.default })));
}
