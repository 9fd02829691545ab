// Subpath patterns: "*" matches any string including "/", the longest prefix wins, null closes a subtree.
import { show } from './fixtures/show.js';
await show('exp-patterns/features/alpha', () => import('exp-patterns/features/alpha'));
await show('exp-patterns/features/alpha.js', () => import('exp-patterns/features/alpha.js'));
await show('exp-patterns/features/beta/gamma', () => import('exp-patterns/features/beta/gamma'));
await show('exp-patterns/features/private/secret', () => import('exp-patterns/features/private/secret'));
await show('exp-patterns/extra/mid/x', () => import('exp-patterns/extra/mid/x'));
await show('exp-patterns/exact', () => import('exp-patterns/exact'));
