// A polite, announced one-line status, such as "Loading your account…".
export function StatusMessage({ children }: { children: string }) {
  return (
    <p className="status" role="status">
      {children}
    </p>
  );
}
