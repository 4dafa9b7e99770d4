// Runs once before all tests: the test database exists and is migrated.
import { migrateDatabase } from '../../src/db/migrate.js';
import { TEST_DATABASE_URL } from './test-env.js';

export default async function setup(): Promise<void> {
  await migrateDatabase(TEST_DATABASE_URL);
}
