// Encoded "/" and "\" (any case) are refused in file URLs.
import { show } from './fixtures/show.js';
await show('./fixtures/pat%2Fone.js', () => import('./fixtures/pat%2Fone.js'));
await show('./fixtures/pat%5cone.js', () => import('./fixtures/pat%5cone.js'));
