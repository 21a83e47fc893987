import type { TestProject } from 'vitest/node';
import { createTemplate, dropTemplate, testBackend } from './database-backends';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const template = await createTemplate();
  console.log(`Integration tests run on ${testBackend() === 'postgres' ? 'Postgres (TEST_DATABASE_URL)' : 'PGlite'}.`);
  project.provide('databaseTemplate', template);
  return () => dropTemplate(template);
}
