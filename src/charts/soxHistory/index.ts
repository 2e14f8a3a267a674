// soxHistory for the build: its module, the input it is drawn from and the tables published with it.
import chart from './chart';
import { soxHistoryInput as input } from './input';
import { soxHistoryTables as tables } from './tables';

export default { chart, input, tables };
