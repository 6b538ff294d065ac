import { describeNoSpawn } from '../helpers/no-spawn.js';

describeNoSpawn('CLI');
