// Build-time only: projects the world's land (Natural Earth 110m, from world-atlas) and the exchange
// cities into one fixed reference box, so the browser receives finished path data and coordinates
// and never loads d3-geo or the topology.

import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import landTopology from 'world-atlas/land-110m.json' with { type: 'json' };

export interface ProjectedWorld {
  width: number;
  height: number;
  /** SVG path of the land, in the reference box. */
  land: string;
  project: (longitude: number, latitude: number) => { x: number; y: number };
}

/** The part of the world between the given latitudes and longitudes (measured at 40°N), `width` units wide. */
export function projectWorld({
  width = 1000,
  north = 68,
  south = 4,
  west = -128,
  east = 172,
}: { width?: number; north?: number; south?: number; west?: number; east?: number } = {}): ProjectedWorld {
  const projection = geoNaturalEarth1().fitWidth(width, { type: 'Sphere' });
  const span = projection([east, 40])![0] - projection([west, 40])![0];
  projection.scale((projection.scale() * width) / span);
  const left = projection([west, 40])![0];
  const top = projection([0, north])![1];
  const bottom = projection([0, south])![1];
  const [tx, ty] = projection.translate();
  projection.translate([tx - left, ty - top]);
  const height = Math.round(bottom - top);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);

  const topology = landTopology as unknown as Topology<{ land: GeometryCollection }>;
  const land = feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  const path = geoPath(projection).digits(1);
  return {
    width,
    height,
    land: path(land) ?? '',
    project(longitude, latitude) {
      const [x, y] = projection([longitude, latitude])!;
      return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    },
  };
}
