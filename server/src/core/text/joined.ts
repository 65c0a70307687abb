/** A text too long for one source line, written in parts and joined as they are (no space added). */
export type Joined<P extends readonly string[]> = P extends readonly [
  infer H extends string,
  ...infer R extends string[],
]
  ? `${H}${Joined<R>}`
  : '';

/** The parts joined; the compiler keeps the joined text's literal type, so its placeholders stay checked. */
export function joined<const P extends readonly string[]>(...parts: P): Joined<P> {
  return parts.join('') as Joined<P>;
}
