/** The `?now=id1,id2` parameter: items a decision-tree outcome marks as the ones to do now. */

/** Known item ids listed in `?now=`, in checklist order, each once; unknown ids are ignored silently. */
export function parseNowParam(search: string, itemIds: readonly string[]): string[] {
  const params = new URLSearchParams(search);
  const wanted = new Set(
    params
      .getAll('now')
      .join(',')
      .split(',')
      .map((s) => s.trim()),
  );
  return itemIds.filter((id) => wanted.has(id));
}
