import { Badge } from '@/components/ui/badge';

export function AssessmentStatusBadge({ status }: { status: 'DRAFT' | 'SUBMITTED' }) {
  return status === 'DRAFT' ? <Badge tone="warning">Draft</Badge> : <Badge tone="success">Submitted</Badge>;
}
