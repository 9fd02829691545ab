// `export default expr` exports a value; `export { x as default }`-style names stay live.
import frozen, { liveDefault, change } from './fixtures/defaults.js';
change();
console.log(frozen, liveDefault);
