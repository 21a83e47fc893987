-- Invariants no version of the framework changes, held by the database as the
-- answers' are: every level is a whole number from 1 (how far a scale runs is
-- the version's own, and the app checks it), positions count from 0, weights
-- and version numbers from 1, counters never go negative, a step-up target is
-- never above the in-role one, and a goal has a finish date exactly when it
-- is done or dropped.

ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_number_check" CHECK ("number" >= 1);
ALTER TABLE "FrameworkSection" ADD CONSTRAINT "FrameworkSection_weight_check" CHECK ("weight" >= 1);
ALTER TABLE "FrameworkSection" ADD CONSTRAINT "FrameworkSection_position_check" CHECK ("position" >= 0);
ALTER TABLE "FrameworkItem" ADD CONSTRAINT "FrameworkItem_position_check" CHECK ("position" >= 0);
ALTER TABLE "FrameworkItem" ADD CONSTRAINT "FrameworkItem_expectedLevel_check" CHECK ("expectedLevel" >= 1);
ALTER TABLE "FrameworkItem" ADD CONSTRAINT "FrameworkItem_stepUpLevel_check" CHECK ("stepUpLevel" IS NULL OR ("stepUpLevel" >= 1 AND "stepUpLevel" <= "expectedLevel"));
ALTER TABLE "RatingLevel" ADD CONSTRAINT "RatingLevel_level_check" CHECK ("level" >= 1);
ALTER TABLE "LevelDescriptor" ADD CONSTRAINT "LevelDescriptor_level_check" CHECK ("level" >= 1);
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_position_check" CHECK ("position" >= 0);
ALTER TABLE "ResourceItem" ADD CONSTRAINT "ResourceItem_level_check" CHECK ("level" IS NULL OR "level" >= 1);
ALTER TABLE "Archetype" ADD CONSTRAINT "Archetype_position_check" CHECK ("position" >= 0);
ALTER TABLE "ArchetypeLevel" ADD CONSTRAINT "ArchetypeLevel_level_check" CHECK ("level" >= 1);
ALTER TABLE "GoalResource" ADD CONSTRAINT "GoalResource_position_check" CHECK ("position" >= 0);
ALTER TABLE "SignInThrottle" ADD CONSTRAINT "SignInThrottle_failures_check" CHECK ("failures" >= 0);
ALTER TABLE "RateLimit" ADD CONSTRAINT "RateLimit_attempts_check" CHECK ("attempts" >= 0);

-- The app has always set and cleared the finish date with the status. A row
-- that disagrees is brought in line (finished when last changed) first.
UPDATE "Goal" SET "finishedAt" = "updatedAt" WHERE "status" IN ('DONE', 'DROPPED') AND "finishedAt" IS NULL;
UPDATE "Goal" SET "finishedAt" = NULL WHERE "status" NOT IN ('DONE', 'DROPPED') AND "finishedAt" IS NOT NULL;
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_finishedAt_check" CHECK (("status" IN ('DONE', 'DROPPED')) = ("finishedAt" IS NOT NULL));
