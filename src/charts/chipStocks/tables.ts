// chipStocks's data as tables: the CSV downloads, the data under the chart and the methods page's list.

import { decimal, type DataTable } from '../shared/dataTable';
import type { ChipStocksInput } from './chart';

export function chipStocksTables(input: ChipStocksInput): DataTable[] {
  return [
    {
      name: 'moves',
      columns: ['name', 'change_pct', 'basis'],
      rows: [
        ...input.stocks.map((stock) => [stock.name, decimal(stock.change * 100, stock.digits), stock.basis]),
        ...input.indices.map((index) => [index.key, decimal(index.change * 100, 2), 'prices']),
      ],
    },
  ];
}
