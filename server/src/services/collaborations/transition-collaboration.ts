import { eq, sql } from 'drizzle-orm';
import { collaborationEvents, collaborations, labs, needs } from '@kopir/db';
import { mayAct, transitions, type CollaborationTransition } from '@kopir/shared';
import { AppError, notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { loadCollaboration } from './get-collaboration.ts';
import { sideOf } from './parties.ts';
import { collaborationUpdateEmail } from '../notifications/emails/collaboration-emails.ts';
import { membersOf, notify } from '../notifications/notify.ts';
import { todayInKazakhstan } from '../needs/deadline.ts';

/**
 * One step of the lifecycle (shared/src/collaboration-lifecycle.ts): checked against the current
 * state under a row lock, written with its event in one transaction. A step from the wrong state
 * answers 409 with the current state; from the wrong side, 403.
 */
export async function transitionCollaboration({
  ctx,
  input: { id, transition: input },
}: {
  ctx: ServiceContext;
  input: { id: string; transition: CollaborationTransition };
}) {
  const actor = signedInActor(ctx);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(collaborations)
      .innerJoin(needs, eq(needs.id, collaborations.needId))
      .innerJoin(labs, eq(labs.id, collaborations.labId))
      .where(eq(collaborations.id, id))
      .for('update', { of: collaborations });
    if (!row) throw notFound('The collaboration');
    const side = sideOf(actor, row.needs.organisationId, row.labs.organisationId);
    if (!side) throw new AppError('NOT_YOURS', 'Only the parties to a collaboration can move it on');
    const current = row.collaborations.status;
    const verdict = mayAct(input.action, current, row.collaborations.initiatedBy, side);
    if (verdict === 'wrong-state') {
      throw new AppError('ILLEGAL_TRANSITION', `A collaboration that is ${current} cannot become ${transitions[input.action].to}`, undefined, {
        currentStatus: current,
      });
    }
    if (verdict === 'wrong-side') throw new AppError('NOT_YOUR_TURN', `The other party decides this (${input.action})`, undefined, { currentStatus: current });

    // Outcomes are of work done under the contract: none can be recorded before it starts.
    const startOn = row.collaborations.contractStartOn;
    if (input.action === 'complete' && startOn && todayInKazakhstan(ctx.now()) < startOn) {
      throw new AppError('CONTRACT_NOT_STARTED', `The contract starts on ${startOn}; the collaboration can be completed from that day`, undefined, {
        contractStartOn: startOn,
      });
    }

    const to = transitions[input.action].to;
    const now = ctx.now();
    const changes = {
      accept: { acceptedAt: now },
      decline: input.action === 'decline' ? { declinedAt: now, closingReasonCode: input.reasonCode, closingReason: input.reason ?? null } : {},
      contract:
        input.action === 'contract'
          ? {
              contractedAt: now,
              contractBudgetKzt: input.contract.budgetKzt,
              fundingSource: input.contract.fundingSource,
              contractStartOn: input.contract.startOn,
              contractEndOn: input.contract.endOn ?? null,
            }
          : {},
      complete:
        input.action === 'complete'
          ? {
              completedAt: now,
              outcomePublications: input.outcomes.publications,
              outcomePatents: input.outcomes.patents,
              outcomePrototypes: input.outcomes.prototypes,
              outcomeProducts: input.outcomes.products,
              outcomePeopleTrained: input.outcomes.peopleTrained,
            }
          : {},
      cancel: input.action === 'cancel' ? { cancelledAt: now, closingReasonCode: input.reasonCode, closingReason: input.reason ?? null } : {},
    }[input.action];
    await tx
      .update(collaborations)
      .set({ ...changes, status: to, version: sql`${collaborations.version} + 1`, updatedAt: now })
      .where(eq(collaborations.id, id));
    // The timeline keeps the words; the code is on the collaboration (closingReasonCode).
    const reason = 'reason' in input ? input.reason : undefined;
    await tx.insert(collaborationEvents).values({
      collaborationId: id,
      fromStatus: current,
      toStatus: to,
      actorUserId: actor.id,
      note: [reason, input.note].filter(Boolean).join(' — ') || null,
    });
    // The other party hears of every step.
    const recipients =
      side === 'company' ? await membersOf(tx, row.labs.organisationId, 'researcher') : await membersOf(tx, row.needs.organisationId, 'company');
    await notify(tx, recipients, {
      kind: 'collaboration_updated',
      payload: { collaborationId: id, status: to, needTitle: row.needs.title },
      email: (locale) => collaborationUpdateEmail(locale, ctx.publicUrl, { collaborationId: id, needTitle: row.needs.title, status: to }),
    });
  });
  return loadCollaboration(ctx.db, id, actor);
}
