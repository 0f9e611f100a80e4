/** A polite live region for save states and other quiet news, so it is announced without moving focus. */
export function StatusLine({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <p className="status-line" role="status" aria-live="polite" data-testid={testId}>
      {children}
    </p>
  );
}
