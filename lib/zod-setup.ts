import * as z from 'zod/mini';

// zod probes `new Function` for speed unless told not to: extension pages and content
// scripts run under a strict CSP, and store reviewers flag eval. Import this first.
z.config({ jitless: true });
