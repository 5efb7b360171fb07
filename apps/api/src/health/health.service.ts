import { DataSource } from 'typeorm';
import { DatabaseStatus, Health } from './health.type';

export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<Health> {
    return { status: 'ok', database: (await this.databaseUp()) ? DatabaseStatus.UP : DatabaseStatus.DOWN };
  }

  async databaseUp(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
