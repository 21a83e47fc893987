import type { GoalResourceView } from '@/lib/domain/goals';

export function GoalResources({ resources }: { resources: GoalResourceView[] }) {
  return (
    <ul className="space-y-1">
      {resources.map((resource, index) => (
        <li key={`${resource.title}-${index}`}>
          {resource.url ? (
            <a href={resource.url} rel="noopener noreferrer" target="_blank" className="text-accent underline underline-offset-4">
              {resource.title}
              {' '}<span className="sr-only">(opens in a new tab)</span>
            </a>
          ) : (
            resource.title
          )}
          {resource.resourceKey ? <span className="text-ink-muted"> · from the framework</span> : null}
        </li>
      ))}
    </ul>
  );
}
