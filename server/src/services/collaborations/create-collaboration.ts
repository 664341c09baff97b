import { and, eq, inArray } from 'drizzle-orm';
import { collaborationEvents, collaborations, isUniqueViolation, labs, messages, needs } from '@kopir/db';
import type { z } from 'zod';
import { dayInKazakhstan, type createCollaborationSchema } from '@kopir/shared';
import { countExactly } from '../../listing-stats/rows.ts';
import { AppError, notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { loadCollaboration } from './get-collaboration.ts';
import { pairCollaborations, underWayStatuses } from './pair-collaborations.ts';
import { sideOf } from './parties.ts';
import { proposalEmail } from '../notifications/emails/collaboration-emails.ts';
import { membersOf, notify } from '../notifications/notify.ts';

const keyReused = () => new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another lab and need: send a new key');

/**
 * Either side starts a collaboration from a match: the company invites a lab, or a lab's
 * researcher proposes to a need. The same Idempotency-Key from the same person returns the first
 * one instead of a second; one live collaboration per lab and need (a unique index, so two at once
 * cannot both start one), and after a decline the side that proposed waits 90 days to propose the
 * pair again (the side that declined may start one at once).
 */
export async function createCollaboration({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  /** `idempotencyKey`: the request's Idempotency-Key header, if any. */
  input: z.infer<typeof createCollaborationSchema> & { idempotencyKey?: string | undefined };
}) {
  const actor = signedInActor(ctx);
  const { idempotencyKey } = input;
  if (idempotencyKey) {
    const [previous] = await ctx.db
      .select({ id: collaborations.id, needId: collaborations.needId, labId: collaborations.labId })
      .from(collaborations)
      .where(and(eq(collaborations.createdBy, actor.id), eq(collaborations.idempotencyKey, idempotencyKey)));
    // A key repeats one request: sent with another pair it is a mistake (or a probe for someone
    // else's collaboration), never an answer with the first one.
    if (previous && (previous.needId !== input.needId || previous.labId !== input.labId)) throw keyReused();
    if (previous) return { collaboration: await loadCollaboration(ctx.db, previous.id, actor), created: false };
  }
  const [need] = await ctx.db.select().from(needs).where(eq(needs.id, input.needId));
  if (!need) throw notFound('The need');
  const [lab] = await ctx.db.select().from(labs).where(eq(labs.id, input.labId));
  if (!lab) throw notFound('The lab');
  const side = sideOf(actor, need.organisationId, lab.organisationId);
  if (!side) throw new AppError('NOT_YOURS', 'Only the need’s company or the lab’s researchers can start a collaboration between them');
  if (need.status !== 'open') throw new AppError('NEED_NOT_OPEN', `This need is ${need.status}`, undefined, { needStatus: need.status });
  if (lab.status !== 'active') throw new AppError('LAB_HIDDEN', 'This lab is hidden');
  const declined = (await pairCollaborations(ctx.db, { needIds: [need.id], labIds: [lab.id], side, now: ctx.now() })).get(`${need.id}:${lab.id}`);
  if (declined?.proposeAgainOn) {
    throw new AppError(
      'PROPOSAL_DECLINED_RECENTLY',
      `Your proposal for this pair was declined on ${declined.declinedOn}; you may propose it again from ${declined.proposeAgainOn}`,
      undefined,
      { collaborationId: declined.id, declinedOn: declined.declinedOn, proposeAgainOn: declined.proposeAgainOn },
    );
  }

  try {
    const id = await ctx.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(collaborations)
        .values({
          needId: need.id,
          labId: lab.id,
          initiatedBy: side,
          createdBy: actor.id,
          idempotencyKey: idempotencyKey ?? null,
          message: input.message ?? null,
          matchScore: input.matchScore ?? null,
        })
        .returning({ id: collaborations.id });
      await tx
        .insert(collaborationEvents)
        .values({ collaborationId: created!.id, fromStatus: null, toStatus: 'proposed', actorUserId: actor.id, note: input.message ?? null });
      // The message that comes with a proposal or an invitation opens the pair's conversation.
      if (input.message) await tx.insert(messages).values({ collaborationId: created!.id, authorUserId: actor.id, authorSide: side, body: input.message });
      // The company invites a lab; a lab's researcher proposes to a need.
      const day = dayInKazakhstan(ctx.now());
      await countExactly(
        tx,
        side === 'company'
          ? { kind: 'lab', listingId: lab.id, day, measure: 'invitationsReceived' }
          : { kind: 'need', listingId: need.id, day, measure: 'proposalsReceived' },
      );
      const recipients = side === 'company' ? await membersOf(tx, lab.organisationId, 'researcher') : await membersOf(tx, need.organisationId, 'company');
      await notify(tx, recipients, {
        kind: 'proposal_received',
        payload: { collaborationId: created!.id, needTitle: need.title, from: side },
        email: (locale) => proposalEmail(locale, ctx.publicUrl, { collaborationId: created!.id, needTitle: need.title, from: side, message: input.message }),
      });
      return created!.id;
    });
    return { collaboration: await loadCollaboration(ctx.db, id, actor), created: true };
  } catch (error) {
    if (isUniqueViolation(error, 'collaborations_idempotency_unique') && idempotencyKey) {
      // The same request raced itself; the first one won.
      const [previous] = await ctx.db
        .select({ id: collaborations.id, needId: collaborations.needId, labId: collaborations.labId })
        .from(collaborations)
        .where(and(eq(collaborations.createdBy, actor.id), eq(collaborations.idempotencyKey, idempotencyKey)));
      if (previous!.needId !== input.needId || previous!.labId !== input.labId) throw keyReused();
      return { collaboration: await loadCollaboration(ctx.db, previous!.id, actor), created: false };
    }
    if (isUniqueViolation(error, 'collaborations_live_pair_unique')) {
      const [live] = await ctx.db
        .select({ id: collaborations.id, status: collaborations.status })
        .from(collaborations)
        .where(and(eq(collaborations.needId, need.id), eq(collaborations.labId, lab.id), inArray(collaborations.status, underWayStatuses)));
      throw new AppError('COLLABORATION_EXISTS', 'These two already have a collaboration under way', undefined, {
        collaborationId: live?.id,
        currentStatus: live?.status,
      });
    }
    throw error;
  }
}
