type Props = { tone: 'error' | 'success'; children: React.ReactNode; id?: string };

/** A form's overall outcome, announced when it appears. */
export function FormMessage({ tone, children, id }: Props) {
  return (
    <p
      id={id}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border px-3 py-2 text-sm font-medium ${
        tone === 'error' ? 'border-danger text-danger' : 'border-success text-success'
      }`}
    >
      {children}
    </p>
  );
}
