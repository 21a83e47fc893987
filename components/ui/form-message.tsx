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

/** What the page says after each outcome a redirect to it can name in `?notice=`. */
export type RedirectNotices = Record<string, { tone: Props['tone']; text: string }>;

/** How the action that redirected here ended, when `?notice=` names an outcome this page knows. */
export function RedirectNotice({ notices, name }: { notices: RedirectNotices; name: string | string[] | undefined }) {
  const notice = typeof name === 'string' ? notices[name] : undefined;
  return notice ? <FormMessage tone={notice.tone}>{notice.text}</FormMessage> : null;
}
