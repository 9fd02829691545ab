// A module may import itself: its namespace and bindings are its own.
import './fixtures/self.js';
