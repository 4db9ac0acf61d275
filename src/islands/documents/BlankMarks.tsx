/** A line of the preview with its blanks («[дата рождения]») marked, so an empty part stands out on the page. */
export function BlankMarks({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\[[^\]]+\])/).map((piece, i) =>
        i % 2 ? (
          <mark key={i} class="doc-blank">
            {piece}
          </mark>
        ) : (
          piece
        ),
      )}
    </>
  );
}
