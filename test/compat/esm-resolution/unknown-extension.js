// An existing file with an extension Node does not know is ERR_UNKNOWN_FILE_EXTENSION.
import { show } from './fixtures/show.js';
await show('./fixtures/data.txt', () => import('./fixtures/data.txt'));
