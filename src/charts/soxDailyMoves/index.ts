// soxDailyMoves for the build: its module, the input it is drawn from, the tables published with it, its states in words and its words.
import chart from './chart';
import { describeSoxDailyMoves as describe } from './describe';
import { en, fr } from './strings';
import { soxDailyMovesInput as input } from './input';
import { soxDailyMovesTables as tables } from './tables';

export default { chart, input, tables, describe, strings: { en, fr } };
