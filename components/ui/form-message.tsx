type Props = { tone: 'error' | 'success'; children: React.ReactNode; id?: string };

/** A form's overall outcome, announced when it appears. */
export function FormMessage({ tone, children, id }: Props) {
  return (
    <p
      id={id}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border-l-4 px-4 py-3 text-sm font-medium text-text ${
        tone === 'error' ? 'border-danger bg-danger-muted' : 'border-success bg-success-muted'
      }`}
    >
      {children}
    </p>
  );
}
