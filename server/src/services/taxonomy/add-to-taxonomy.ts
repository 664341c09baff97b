import { capabilityTags, isUniqueViolation, territories } from '@kopir/db';
import type { Capability, Territory } from '@kopir/shared';
import { inputRules, capabilities as shippedCapabilities } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';

const taken = (what: string, code: string) =>
  new AppError('CODE_TAKEN', `A ${what} with the code ${code} already exists`, [{ path: 'body.code', message: 'Already in use', rule: inputRules.taken }]);

/** An admin adds a capability tag; it is usable at once, and its synonyms reach the search settings. */
export async function addCapability({ ctx, input }: { ctx: ServiceContext; input: Capability }) {
  const admin = signedInActor(ctx);
  if (shippedCapabilities.some((capability) => capability.code === input.code)) throw taken('capability', input.code);
  try {
    await ctx.db.insert(capabilityTags).values({ ...input, createdBy: admin.id });
  } catch (error) {
    if (isUniqueViolation(error, 'capability_tags_pkey')) throw taken('capability', input.code);
    throw error;
  }
  ctx.taxonomy.invalidate();
  return input;
}

/** An admin adds a science-intensive territory. */
export async function addTerritory({ ctx, input }: { ctx: ServiceContext; input: Territory }) {
  const admin = signedInActor(ctx);
  try {
    await ctx.db.insert(territories).values({ ...input, createdBy: admin.id });
  } catch (error) {
    if (isUniqueViolation(error, 'territories_pkey')) throw taken('territory', input.code);
    throw error;
  }
  ctx.taxonomy.invalidate();
  return input;
}
