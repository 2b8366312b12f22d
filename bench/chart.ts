/**
 * The chart: one horizontal bar per scenario, its length the ratio sagaloop / other on a log
 * scale (so 0.5x and 2x are the same distance from 1x), with lines at 1x and at the 0.5x goal.
 * Left of 1x, sagaloop is faster. Plain SVG text, no dependency.
 */
export interface Bar {
  label: string
  ratio: number
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function chart(bars: readonly Bar[]): string {
  const labelWidth = 330
  const plotWidth = 420
  const rowHeight = 24
  const top = 40
  const height = top + bars.length * rowHeight + 40
  const width = labelWidth + plotWidth + 70
  const maxRatio = Math.max(2, ...bars.map((b) => b.ratio)) * 1.1
  const minRatio = Math.min(0.25, ...bars.map((b) => b.ratio)) / 1.1
  const lo = Math.log(minRatio)
  const span = Math.log(maxRatio) - lo
  const x = (ratio: number) => labelWidth + ((Math.log(ratio) - lo) / span) * plotWidth
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${labelWidth}" y="20" font-size="14" font-weight="bold">sagaloop time / other library's time (log scale; left of 1x: sagaloop faster)</text>`,
  ]
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight
    const x1 = x(1)
    const xr = x(bar.ratio)
    const color = bar.ratio <= 0.5 ? '#2a7a2a' : bar.ratio <= 1 ? '#7aa83a' : '#c0392b'
    out.push(
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escape(bar.label)}</text>`,
      `<rect x="${Math.min(x1, xr).toFixed(1)}" y="${y + 4}" width="${Math.abs(xr - x1).toFixed(1)}" height="${rowHeight - 8}" fill="${color}"/>`,
      `<text x="${(Math.max(x1, xr) + 4).toFixed(1)}" y="${y + 15}">${bar.ratio.toFixed(2)}x</text>`,
    )
  })
  const bottom = top + bars.length * rowHeight
  for (const [ratio, dash] of [
    [1, ''],
    [0.5, ' stroke-dasharray="4 3"'],
  ] as const) {
    out.push(
      `<line x1="${x(ratio).toFixed(1)}" y1="${top - 4}" x2="${x(ratio).toFixed(1)}" y2="${bottom + 4}" stroke="#333"${dash}/>`,
      `<text x="${x(ratio).toFixed(1)}" y="${bottom + 20}" text-anchor="middle">${ratio}x</text>`,
    )
  }
  out.push('</svg>', '')
  return out.join('\n')
}
