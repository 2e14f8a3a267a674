// chipStocks for the build: its module, the input it is drawn from, the tables published with it, its states in words and its words.
import chart from './chart';
import { describeChipStocks as describe } from './describe';
import { en, fr } from './strings';
import { chipStocksInput as input } from './input';
import { chipStocksTables as tables } from './tables';

export default { chart, input, tables, describe, strings: { en, fr } };
