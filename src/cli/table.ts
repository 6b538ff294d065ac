/** Lays out rows as columns padded to the widest cell; `align` 'r' right-aligns a column. */
export function table(
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[] = [],
  gap = '  ',
): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - visibleLength(cell));
        if (i === row.length - 1 && align[i] !== 'r') return cell;
        return align[i] === 'r' ? pad + cell : cell + pad;
      })
      .join(gap)
      .trimEnd(),
  );
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/** Wraps prose to `width` columns, indenting every line. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  for (const paragraph of text.trim().split(/\n\s*\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(indent + line);
  }
  return lines;
}
