// contagionMap for the build: its module, the input it is drawn from, the tables published with it, its states in words and its words.
import chart from './chart';
import { describeContagionMap as describe } from './describe';
import { en, fr } from './strings';
import { contagionMapInput as input } from './input';
import { contagionMapTables as tables } from './tables';

export default { chart, input, tables, describe, strings: { en, fr } };
