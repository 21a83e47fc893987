/** The shape of a page while its data loads: a heading, a line of text and a few cards. */
export function PageSkeleton({ label, cards = 3 }: { label: string; cards?: number }) {
  return (
    <div role="status" aria-live="polite" data-loading-skeleton className="space-y-6">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="animate-pulse space-y-6">
        <div className="h-9 w-2/3 max-w-md rounded-md bg-border" />
        <div className="h-5 w-full max-w-xl rounded bg-border" />
        {Array.from({ length: cards }, (_, index) => (
          <div key={index} className="space-y-3 rounded-lg border border-border bg-surface p-6">
            <div className="h-6 w-1/3 rounded bg-border" />
            <div className="h-4 w-full rounded bg-border" />
            <div className="h-4 w-5/6 rounded bg-border" />
          </div>
        ))}
      </div>
    </div>
  );
}
