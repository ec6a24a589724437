// A Pothos plugin for gated fields: `featureGate: '<flagKey>'` on a field refuses callers whose evaluation of
// that flag is off with FEATURE_DISABLED (the flag key and reason in the extensions), before the resolver runs.
import SchemaBuilder, {
  BasePlugin,
  type FieldNullability,
  type InputFieldMap,
  type PothosOutputFieldConfig,
  type SchemaTypes,
  type TypeParam,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { AugurError } from './errors.js';

/** How the context answers a gate: the flag evaluated for the caller (from memory). */
export interface GateAnswer {
  enabled: boolean;
  reason: string;
}

/** Every gated field of a schema by its coordinates (Type.field -> flag key), for the docs and tests. */
export const GATED_FIELDS = new Map<string, string>();

export class FeatureGatePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>) {
    const flagKey = (fieldConfig.pothosOptions as { featureGate?: string }).featureGate;
    if (flagKey) GATED_FIELDS.set(`${fieldConfig.parentType}.${fieldConfig.name}`, flagKey);
    return fieldConfig;
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const flagKey = (fieldConfig.pothosOptions as { featureGate?: string }).featureGate;
    if (!flagKey) return resolver;
    return (parent, args, context, info) => {
      const gate = (context as { featureGate?: (key: string) => GateAnswer }).featureGate?.(flagKey);
      if (!gate?.enabled) {
        throw new AugurError('FEATURE_DISABLED', `${flagKey} is not available to you`, {
          flagKey,
          reason: gate?.reason ?? 'FLAG_NOT_FOUND',
        });
      }
      return resolver(parent, args, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      featureGate: FeatureGatePlugin<Types>;
    }
    export interface FieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      ParentShape = unknown,
      Type extends TypeParam<Types> = TypeParam<Types>,
      Nullable extends FieldNullability<Type> = FieldNullability<Type>,
      Args extends InputFieldMap = InputFieldMap,
      ResolveShape = unknown,
      ResolveReturnShape = unknown,
    > {
      /** The flag that gates this field: off for the caller -> FEATURE_DISABLED with the flag key. */
      featureGate?: string;
    }
  }
}

export const featureGatePlugin = 'featureGate';
SchemaBuilder.registerPlugin(featureGatePlugin, FeatureGatePlugin);
