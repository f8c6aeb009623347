// zod for the renderer, with its compiled parsers turned off: they are built with `new Function`,
// which the window's CSP forbids, and zod's probe for that is itself reported as a violation.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
