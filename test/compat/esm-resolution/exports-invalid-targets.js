// Targets must start with "./" and stay inside the package: ERR_INVALID_PACKAGE_TARGET otherwise.
import { show } from './fixtures/show.js';
for (const sub of ['', '/up', '/nm', '/abs', '/url', '/star/a']) {
  await show(`exp-invalid${sub}`, () => import(`exp-invalid${sub}`));
}
