// weekendTimeline for the build: its module, the input it is drawn from and the tables published with it.
import chart from './chart';
import { weekendTimelineInput as input } from './input';
import { weekendTimelineTables as tables } from './tables';

export default { chart, input, tables };
