import { afterAll, beforeAll, inject } from 'vitest';
import { disconnectDb } from '@/lib/db/db';
import { copyTemplate, type TestDatabase } from './database-backends';

let database: TestDatabase | undefined;

beforeAll(async () => {
  database = await copyTemplate(inject('databaseTemplate'));
  delete process.env.DATABASE_URL;
  Object.assign(process.env, database.env);
});

afterAll(async () => {
  await disconnectDb();
  await database?.drop();
});
