/** The author's star for an especially exciting problem. Absent means "not starred", never "not exciting". */
export function ExcitingStar() {
  return (
    <span title="Starred by the author as especially exciting" className="exciting-star">
      <span aria-hidden="true">★</span>
      <span className="sr-only">Exciting (starred by the author)</span>
    </span>
  );
}
