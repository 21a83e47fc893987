import type { TestProject } from 'vitest/node';
import { startAppServer } from './app-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startAppServer(Number(process.env.E2E_PORT ?? 3210));
  console.log(`End-to-end tests run against ${server.baseUrl}.`);
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
