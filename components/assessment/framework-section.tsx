/** One section of the framework (skills, behaviours) with its heading: the assessment form and the submitted answers both list their items in it. */
export function FrameworkSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
