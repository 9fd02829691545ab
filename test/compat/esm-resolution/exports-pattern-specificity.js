// A pattern with a longer prefix before "*" beats a shorter one; exact keys beat patterns.
import { show } from './fixtures/show.js';
await show('exp-patterns/exact', () => import('exp-patterns/exact'));
await show('exp-patterns/exact2', () => import('exp-patterns/exact2'));
await show('exp-patterns/else', () => import('exp-patterns/else'));
await show('exp-patterns/features/missing', () => import('exp-patterns/features/missing'));
