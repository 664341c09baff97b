import { and, count, eq, gte, sql } from 'drizzle-orm';
import { isUniqueViolation, labs, messages, needs, questions, users } from '@kopir/db';
import { dayInKazakhstan, QUESTIONS_PER_DAY, type AskQuestion, type CollaborationSide, type Question } from '@kopir/shared';
import { AppError, notFound } from '../../errors.ts';
import { countExactly } from '../../listing-stats/rows.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { getLab } from '../labs/get-lab.ts';
import { getQuestion } from './get-question.ts';
import { tellOfQuestion } from './tell-other-side.ts';

/** The thread an organisation already has about this lab or need, if any. */
async function existingThread(ctx: ServiceContext, input: AskQuestion, organisationId: string) {
  const [found] = await ctx.db
    .select({ id: questions.id })
    .from(questions)
    .where(
      input.subject === 'lab'
        ? and(eq(questions.subject, 'lab'), eq(questions.companyOrganisationId, organisationId), eq(questions.labId, input.labId))
        : and(eq(questions.subject, 'need'), eq(questions.labOrganisationId, organisationId), eq(questions.needId, input.needId)),
    );
  return found;
}

const threadExists = (questionId: string) =>
  new AppError('QUESTION_EXISTS', 'Your organisation already has a conversation about this; write in it', undefined, { questionId });

/**
 * A question before any proposal: a company asks about an active lab, a researcher about an open
 * need (a confidential one too: the asker learns nothing of the company from asking). One thread
 * per organisation and listing; at most QUESTIONS_PER_DAY new ones per person per day, counted
 * under a lock on the person so that questions sent at once cannot pass it together.
 */
export async function askQuestion({ ctx, input }: { ctx: ServiceContext; input: AskQuestion }): Promise<Question> {
  const person = signedInActor(ctx);
  const askerSide: CollaborationSide = input.subject === 'lab' ? 'company' : 'lab';
  const ownOrganisation = person.organisationId;
  if (!ownOrganisation || person.role !== (askerSide === 'company' ? 'company' : 'researcher')) {
    throw new AppError('FORBIDDEN_ROLE', input.subject === 'lab' ? 'Companies ask labs questions' : 'Researchers ask companies about their needs');
  }

  let parties: { companyOrganisationId: string; labOrganisationId: string; needTitle: string | null; labName: Question['labOrganisation']['name'] | null };
  if (input.subject === 'lab') {
    const lab = await getLab({ ctx, input: { id: input.labId } });
    if (lab.status !== 'active') throw new AppError('LAB_HIDDEN', 'This lab is hidden');
    const [ownNeed] = input.needId ? await ctx.db.select().from(needs).where(eq(needs.id, input.needId)) : [];
    if (input.needId && ownNeed?.organisationId !== ownOrganisation) throw new AppError('NOT_YOURS', 'The need a question concerns must be your own');
    // What the thread is called is what it asks about: the lab (the need it concerns is shown on the thread).
    parties = { companyOrganisationId: ownOrganisation, labOrganisationId: lab.organisation.id, needTitle: null, labName: lab.name };
  } else {
    const [need] = await ctx.db.select().from(needs).where(eq(needs.id, input.needId));
    if (!need) throw notFound('The need');
    if (need.status !== 'open') throw new AppError('NEED_NOT_OPEN', `This need is ${need.status}`, undefined, { needStatus: need.status });
    const [ownLab] = input.labId ? await ctx.db.select().from(labs).where(eq(labs.id, input.labId)) : [];
    if (input.labId && ownLab?.organisationId !== ownOrganisation) throw new AppError('NOT_YOURS', 'The lab a question concerns must be your own');
    parties = { companyOrganisationId: need.organisationId, labOrganisationId: ownOrganisation, needTitle: need.title, labName: null };
  }

  const existing = await existingThread(ctx, input, ownOrganisation);
  if (existing) throw threadExists(existing.id);

  try {
    const id = await withTransaction(ctx, async ({ db }) => {
      await db.select({ id: users.id }).from(users).where(eq(users.id, person.id)).for('update');
      // The session runs in Kazakhstan's time, so today is Kazakhstan's day.
      const [asked] = await db
        .select({ questions: count() })
        .from(questions)
        .where(and(eq(questions.askedBy, person.id), gte(questions.createdAt, sql`current_date`)));
      if ((asked?.questions ?? 0) >= QUESTIONS_PER_DAY) {
        throw new AppError('QUESTION_LIMIT_REACHED', `At most ${QUESTIONS_PER_DAY} questions a day`, undefined, { limit: QUESTIONS_PER_DAY });
      }
      const [created] = await db
        .insert(questions)
        .values({
          subject: input.subject,
          labId: input.labId ?? null,
          needId: input.needId ?? null,
          askedBy: person.id,
          askerSide,
          companyOrganisationId: parties.companyOrganisationId,
          labOrganisationId: parties.labOrganisationId,
        })
        .returning({ id: questions.id });
      await db.insert(messages).values({ questionId: created!.id, authorUserId: person.id, authorSide: askerSide, body: input.body });
      // The owners of the listing asked about see it counted, exactly, with the question.
      await countExactly(db, {
        kind: input.subject,
        listingId: input.subject === 'lab' ? input.labId : input.needId,
        day: dayInKazakhstan(ctx.now()),
        measure: 'questions',
      });
      await tellOfQuestion(
        db,
        { thread: 'question', threadId: created!.id, ...parties },
        { to: askerSide === 'company' ? 'lab' : 'company', body: input.body, publicUrl: ctx.publicUrl },
      );
      return created!.id;
    });
    return await getQuestion({ ctx, input: { id } });
  } catch (error) {
    // Two of the organisation's people asked at once: the first one's thread stands.
    if (isUniqueViolation(error, 'questions_one_per_lab') || isUniqueViolation(error, 'questions_one_per_need')) {
      const raced = await existingThread(ctx, input, ownOrganisation);
      if (raced) throw threadExists(raced.id);
    }
    throw error;
  }
}
