// The server's resident memory as the run goes on: sampled while the load
// runs and read off at fixed counts of answered requests, so a leak shows as
// growth between 1,000 and 10,000 requests whatever the machine's speed.
import { readdirSync, readFileSync } from 'node:fs';
import { answeredRequests } from './load';

export const RSS_MARKS = [1_000, 10_000] as const;
export type RssFigures = { atStartMb: number; byRequests: Partial<Record<(typeof RSS_MARKS)[number], number>>; requests: number };

const SAMPLE_MS = 100;

function statField(pid: string, index: number): string | undefined {
  try {
    // The command name (field 2) is in parentheses and may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[index - 3];
  } catch {
    return undefined;
  }
}

/** The largest resident set in the server's process group, in MB: the next-server process, not npm's wrappers. */
export function groupRssMb(groupId: number): number {
  let largestKb = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (statField(pid, 5) !== String(groupId)) continue;
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      largestKb = Math.max(largestKb, kb);
    } catch {
      // The process ended between the two reads.
    }
  }
  return largestKb / 1024;
}

/** Samples the group's RSS until stopped; each mark takes the first sample at or after that many answered requests. */
export function watchRss(groupId: number, origin: string): { stop: () => RssFigures } {
  const figures: RssFigures = { atStartMb: groupRssMb(groupId), byRequests: {}, requests: 0 };
  const timer = setInterval(() => {
    const answered = answeredRequests(origin);
    for (const mark of RSS_MARKS) {
      if (answered >= mark && figures.byRequests[mark] === undefined) figures.byRequests[mark] = groupRssMb(groupId);
    }
  }, SAMPLE_MS);
  return {
    stop: () => {
      clearInterval(timer);
      figures.requests = answeredRequests(origin);
      return figures;
    },
  };
}
