import { beforeEach } from 'vitest';
import { VIEWPORT_NAMES } from './support';

// Phone and desktop runs of one scenario must be told apart in the report: each test's own name
// (not only its describe block's) ends with "(phone)" or "(desktop)".
beforeEach(({ task }) => {
  if (!VIEWPORT_NAMES.some((viewport) => task.name.endsWith(`(${viewport})`))) {
    throw new Error(`The e2e test "${task.name}" does not end with its viewport, e.g. \`it(\`… (\${viewport})\`)\``);
  }
});
