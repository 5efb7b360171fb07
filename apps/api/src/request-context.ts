import { HealthService } from './health/health.service';

export interface Services {
  readonly health: HealthService;
}

export interface RequestContext {
  readonly requestId: string;
  readonly services: Services;
}
