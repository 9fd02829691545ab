// An array of targets falls back only past invalid targets, not past missing files.
import { show } from './fixtures/show.js';
await show('exp-invalid/arr', () => import('exp-invalid/arr'));
await show('exp-invalid/arr-missing', () => import('exp-invalid/arr-missing'));
