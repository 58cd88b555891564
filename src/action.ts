/** Entry of the GitHub Action (bundled as dist/index.js). */
import { runAction } from './action/main.js';

await runAction();
