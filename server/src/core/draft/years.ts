/** Which year a clause speaks of: the last year named before it (到2020年, 2015年底, “十二五”末). */
import { fivePeriod } from './text';

const YEAR = () =>
  /(比|较)?(?:到|至|截至|截止)?(\d{4})年(?!的)|(比|较)?[“"]?十([一二三四五六七八九])五[”"“]?(?:期末|末)?/g;

/** The last year stated in `text` that governs what follows it; `undefined` when none does. */
export function lastYear(text: string): number | undefined {
  let year: number | undefined;
  const years = YEAR();
  for (let m = years.exec(text); m; m = years.exec(text)) {
    // A year after 比 or 较 is a point of comparison, not the year of what follows.
    if (m[1] || m[3]) continue;
    const y = m[2] ? Number(m[2]) : fivePeriod(m[4])?.[1];
    if (
      y &&
      y >= 1949 &&
      y <= 2100 &&
      !/^\d{4}年(\d{1,2}月|至|－|-|—)/.test(text.slice(m.index + m[0].indexOf(m[2] ?? '')))
    )
      year = y;
  }
  return year;
}
