import { AuditEntry, GraphQLModule } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { SupportPlanDirectory } from '../support-plan-directory.service';
import type { SupportPlanSummary } from '../support-plan-directory.service';
import { SupportPlanService } from '../support-plan.service';
import { caseworkPupilRead } from './casework-pupil.type';
import { ParentSupportPlanResolver } from './parent-support-plan.resolver';
import { SupportPlanResolver } from './support-plan.resolver';

function planRead(value: unknown): AuditEntry {
  const plan = value as SupportPlanSummary;
  return { laCode: plan.laCode, action: 'READ', entity: 'SupportPlan', entityId: plan.id, pupilId: plan.pupilId };
}

/** This context's part of the GraphQL schema: its resolvers, built with their services, and its audited types. */
export function plansGraphQL(dataSource: DataSource): GraphQLModule {
  const directory = new SupportPlanDirectory(dataSource);
  return {
    resolvers: [new SupportPlanResolver(new SupportPlanService(dataSource), directory, dataSource), new ParentSupportPlanResolver(directory)],
    audited: new Map([
      ['SupportPlan', planRead],
      ['ParentSupportPlan', planRead],
      ['CaseworkPupil', caseworkPupilRead],
    ]),
  };
}
