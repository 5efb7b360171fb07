import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum DatabaseStatus {
  UP = 'UP',
  DOWN = 'DOWN',
}

registerEnumType(DatabaseStatus, { name: 'DatabaseStatus', description: 'Whether the API can reach its database' });

@ObjectType({ description: 'Whether the service is working' })
export class Health {
  @Field({ description: '"ok" while the API is serving requests' })
  status!: string;

  @Field(() => DatabaseStatus)
  database!: DatabaseStatus;
}
