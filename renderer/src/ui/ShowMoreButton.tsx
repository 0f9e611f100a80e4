/** The "Show more" button under a list read a page at a time (see usePaging). */
export function ShowMoreButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="show-more" onClick={onClick}>
      {label}
    </button>
  );
}
