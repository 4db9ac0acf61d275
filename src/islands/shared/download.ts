/**
 * Save text (or a Blob) as a file through a Blob URL and a temporary <a download>: no navigation to data: URLs, so it
 * works under the site's Content-Security-Policy. Shared by the calculator, the checklist and the documents.
 */
export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the Blob after click() returns: keep the URL alive for a while.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
