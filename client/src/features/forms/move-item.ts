// Moves one item of a list up or down by one place, for any editor's ordered rows.
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const item = list[index];
  const other = list[target];
  if (item === undefined || other === undefined) return [...list];
  const copy = [...list];
  copy[target] = item;
  copy[index] = other;
  return copy;
}
