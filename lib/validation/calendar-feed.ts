import { linkTokenSchema } from '@/lib/validation/link-token';

export const calendarFeedTokenSchema = linkTokenSchema();
