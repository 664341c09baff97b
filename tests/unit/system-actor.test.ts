import t from 'tap';
import { AppError, personOf, readsEverything, signedInActor, systemActor, systemActorOf, type UserActor } from '@kopir/server';

const ministry: UserActor = {
  kind: 'user',
  id: '00000000-0000-4000-8000-000000000001',
  role: 'ministry',
  organisationId: null,
  regionCode: null,
  sessionId: '00000000-0000-4000-8000-000000000002',
  stage: 'complete',
};

t.test('the system is named for its job and is no person', async (t) => {
  const system = systemActor('notify-matching-labs');
  t.same(system, { kind: 'system', job: 'notify-matching-labs' }, 'a system actor carries only its job');
  t.equal(personOf(system), null, 'no person stands behind the system');
  t.equal(personOf(ministry), ministry, 'a signed-in person is one');
});

t.test('rules written for people do not let the system through', async (t) => {
  t.notOk(readsEverything(systemActor('notify-matching-labs')), 'the system does not read everything the ministry reads');
  t.ok(readsEverything(ministry), 'the ministry does');
  t.throws(
    () => signedInActor({ actor: systemActor('notify-matching-labs') }),
    { message: /notify-matching-labs/ },
    'a verb only people may call refuses the system, naming the job',
  );
  const refusal = (() => {
    try {
      signedInActor({ actor: systemActor('notify-matching-labs') });
    } catch (error) {
      return error;
    }
  })();
  t.ok(refusal instanceof Error && !(refusal instanceof AppError), 'and it is a bug (a 500), not a refusal worded for a caller');
});

t.test('a verb for people answers 401 to nobody and returns the person', async (t) => {
  t.throws(() => signedInActor({ actor: null }), { code: 'UNAUTHENTICATED' }, 'an anonymous caller is unauthenticated');
  t.equal(signedInActor({ actor: ministry }), ministry, 'the signed-in person is returned');
});

t.test('a verb only the system may call (the listing sweep) refuses a person and nobody, as a bug', async (t) => {
  const sweep = systemActor('sweep-listings');
  t.equal(systemActorOf({ actor: sweep }), sweep, 'the system sweeping is let through, as itself');
  t.throws(() => systemActorOf({ actor: ministry }), { message: /only the system/ }, 'a person, even the ministry, is refused');
  t.throws(() => systemActorOf({ actor: null }), { message: /only the system/ }, 'and so is nobody');
  const refusal = (() => {
    try {
      systemActorOf({ actor: ministry });
    } catch (error) {
      return error;
    }
  })();
  t.ok(refusal instanceof Error && !(refusal instanceof AppError), 'a bug (a 500), not a refusal worded for a caller');
});
