// aftermathLines for the build: its module, the input it is drawn from, the tables published with it, its states in words and its words.
import chart from './chart';
import { describeAftermath as describe } from './describe';
import { en, fr } from './strings';
import { aftermathInput as input } from './input';
import { aftermathTables as tables } from './tables';

export default { chart, input, tables, describe, strings: { en, fr } };
