/** Said before anyone writes in the log, as the visibility rules ask. */
export function WhoSeesEvidence() {
  return (
    <section aria-labelledby="who-sees-evidence" className="space-y-2 rounded-md border border-border bg-surface p-4 text-sm">
      <h2 id="who-sees-evidence" className="font-semibold">
        Who will see this
      </h2>
      <p>
        Only you. Your evidence log is not shown to your manager, to anyone rating you or to anyone with a share link. It reaches
        them only if you add an entry to an assessment’s evidence or choose to include it in what you share.
      </p>
    </section>
  );
}
