// Where each company's marker sits: one cluster per (session, city), beside the city on the side its
// order gives it, so Tokyo's Tuesday sits beside its Monday. Pure.

import { roundToTenth } from '../shared/scene';
import type { Box } from '../shared/text';
import type { ContagionMapInput, MoveView, SessionView } from './types';

export interface MarkerPosition {
  cx: number;
  cy: number;
  r: number;
  move: MoveView;
  session: SessionView;
  column: number;
  row: number;
  columns: number;
  rows: number;
}

/** Markers by `<session id>-<symbol>`, and each cluster's box by `<session id>-<city>`. */
export function clusterLayout(
  input: ContagionMapInput,
  {
    shown,
    point,
    radius,
    cell,
  }: { shown: readonly SessionView[]; point: (city: string) => { x: number; y: number }; radius: (change: number) => number; cell: number },
): { positions: Map<string, MarkerPosition>; clusterBoxes: Map<string, Box> } {
  const positions = new Map<string, MarkerPosition>();
  const clusterBoxes = new Map<string, Box>();
  const seenAt = new Map<string, number>();
  for (const session of shown) {
    for (const cityName of session.cities) {
      const here = session.moves
        .filter((move) => move.city === cityName)
        .sort((a, b) => a.change - b.change || a.symbol.localeCompare(b.symbol));
      if (here.length === 0) continue;
      const order = seenAt.get(cityName) ?? 0;
      seenAt.set(cityName, order + 1);
      const side = input.cities.find((city) => city.name === cityName)?.sides[order] ?? 'right';
      const columns = Math.ceil(Math.sqrt(here.length));
      const rows = Math.ceil(here.length / columns);
      const { x: cx0, y: cy0 } = point(cityName);
      const gridWidth = columns * cell;
      const gridHeight = rows * cell;
      const left = side === 'right' || side === 'rightDown' ? cx0 + 6 : side === 'left' ? cx0 - 6 - gridWidth : cx0 - gridWidth / 2;
      const top =
        side === 'up' ? cy0 - 6 - gridHeight : side === 'down' ? cy0 + 6 : side === 'rightDown' ? cy0 - cell / 2 : cy0 - gridHeight / 2;
      clusterBoxes.set(`${session.id}-${cityName}`, { left, top, right: left + gridWidth, bottom: top + gridHeight });
      // Rises (few, and named by the text) take the last column from the bottom up, so each has the
      // cluster's right edge to be labelled against; falls fill the other cells, worst first.
      const rises = here.filter((move) => move.change > 0).reverse();
      const cells = Array.from({ length: rows * columns }, (_, index) => ({ column: index % columns, row: Math.floor(index / columns) }));
      const riseCells = rises.length <= rows ? rises.map((_, index) => ({ column: columns - 1, row: rows - 1 - index })) : [];
      const fallCells = cells.filter((cell) => !riseCells.some((taken) => taken.column === cell.column && taken.row === cell.row));
      const placedMoves = riseCells.length > 0 ? [...here.filter((move) => move.change <= 0), ...rises] : here;
      placedMoves.forEach((move, index) => {
        const { column, row } =
          index < placedMoves.length - riseCells.length ? fallCells[index]! : riseCells[index - (placedMoves.length - riseCells.length)]!;
        positions.set(`${session.id}-${move.symbol}`, {
          cx: roundToTenth(left + column * cell + cell / 2),
          cy: roundToTenth(top + row * cell + cell / 2),
          r: roundToTenth(radius(Math.abs(move.change))),
          move,
          session,
          column,
          row,
          columns,
          rows,
        });
      });
    }
  }
  return { positions, clusterBoxes };
}
