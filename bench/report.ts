/** One line of the benchmark table. */
export interface Figure {
  figure: string;
  measured: string;
  /** The ratio or comparison the goal is about. */
  against: string;
  goal: string;
  holds: boolean | undefined;
}

/** The figures as a markdown table, for a person to compare run to run. */
export function markdownTable(figures: Figure[]): string {
  const rows = figures.map(
    f =>
      `| ${f.figure} | ${f.measured} | ${f.against} | ${f.goal} | ${
        f.holds === undefined ? '—' : f.holds ? 'yes' : '**no**'
      } |`,
  );
  return [
    '| Figure | Measured | Ratio / comparison | Goal | Goal holds |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
