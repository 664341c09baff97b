import { eq } from 'drizzle-orm';
import { labs, needs, questions } from '@kopir/db';
import type { z } from 'zod';
import type { collaborationFromQuestionSchema } from '@kopir/shared';
import { AppError, notFound } from '../../errors.ts';
import { createCollaboration } from '../collaborations/create-collaboration.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { questionRows, questionSideOf } from './question-view.ts';

const incomplete = (field: 'needId' | 'labId', message: string) =>
  new AppError('QUESTION_INCOMPLETE', message, [{ path: `body.${field}`, message, rule: 'required' }]);

/**
 * Turns a question into a collaboration: either side starts it (the company invites, the lab
 * proposes) once the pair is whole. The question names what it asks about; the side starting names
 * its own half if the question does not (the company one of its needs, the researcher one of their
 * labs). The collaboration is created exactly as from a match (its guards, its notice), and the
 * question links to it.
 */
export async function startCollaborationFromQuestion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.infer<typeof collaborationFromQuestionSchema> & { id: string; idempotencyKey?: string | undefined };
}) {
  const person = signedInActor(ctx);
  const [row] = await questionRows(ctx.db).where(eq(questions.id, input.id));
  const side = row && questionSideOf(person, row.question);
  if (!row || !side) throw notFound('The question');
  const { question } = row;

  const needId = question.needId ?? (side === 'company' ? input.needId : undefined);
  const labId = question.labId ?? (side === 'lab' ? input.labId : undefined);
  if (!needId) throw incomplete('needId', 'Name the need of yours this collaboration is about (the company names it)');
  if (!labId) throw incomplete('labId', 'Name the lab of yours this collaboration is about (the researchers name it)');
  // The pair must be these two organisations': a question is no door to a third party's listing.
  const [need] = await ctx.db.select({ organisationId: needs.organisationId }).from(needs).where(eq(needs.id, needId));
  const [lab] = await ctx.db.select({ organisationId: labs.organisationId }).from(labs).where(eq(labs.id, labId));
  if (need?.organisationId !== question.companyOrganisationId) throw new AppError('NOT_YOURS', 'The need must be the company’s of this question');
  if (lab?.organisationId !== question.labOrganisationId) throw new AppError('NOT_YOURS', 'The lab must be the researchers’ of this question');

  return withTransaction(ctx, async (inTransaction) => {
    const started = await createCollaboration({
      ctx: inTransaction,
      input: { needId, labId, message: input.message, idempotencyKey: input.idempotencyKey },
    });
    // Only the pair's own collaboration is linked: what the company made known there is what the question may show.
    if (started.collaboration.need.id !== needId || started.collaboration.lab.id !== labId) throw new Error('createCollaboration answered another pair');
    await inTransaction.db.update(questions).set({ collaborationId: started.collaboration.id }).where(eq(questions.id, question.id));
    return started;
  });
}
