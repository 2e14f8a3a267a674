// nvidiaMarketCap for the build: its module, the input it is drawn from and the tables published with it.
import chart from './chart';
import { nvidiaMarketCapInput as input } from './input';
import { nvidiaMarketCapTables as tables } from './tables';

export default { chart, input, tables };
