import { collaborationActions, type CollaborationAction, type CollaborationSide, type CollaborationStatus } from './domain.ts';

/** Who may act: the side that did not start it, either side, or only the side that started it. */
type Actor = 'other-side' | 'either-side' | 'initiator';

interface Transition {
  from: CollaborationStatus[];
  to: CollaborationStatus;
  by: Actor;
}

/**
 * The collaboration lifecycle, the one definition the server enforces and the web client reads:
 * proposed → accepted | declined (by the side that was asked) → contracted (either party records
 * the contract) → completed (either party records the outcomes); cancelled with a reason by
 * either party once accepted or contracted, or by the side that proposed it while it waits.
 */
export const transitions: Record<CollaborationAction, Transition> = {
  accept: { from: ['proposed'], to: 'accepted', by: 'other-side' },
  decline: { from: ['proposed'], to: 'declined', by: 'other-side' },
  contract: { from: ['accepted'], to: 'contracted', by: 'either-side' },
  complete: { from: ['contracted'], to: 'completed', by: 'either-side' },
  cancel: { from: ['proposed', 'accepted', 'contracted'], to: 'cancelled', by: 'either-side' },
};

/** Whether `side` may take `action` on a collaboration in `status` that `initiatedBy` started. */
export function mayAct(
  action: CollaborationAction,
  status: CollaborationStatus,
  initiatedBy: CollaborationSide,
  side: CollaborationSide,
): 'yes' | 'wrong-state' | 'wrong-side' {
  const transition = transitions[action];
  if (!transition.from.includes(status)) return 'wrong-state';
  // While it waits for an answer, only the side that proposed may withdraw it.
  const by: Actor = action === 'cancel' && status === 'proposed' ? 'initiator' : transition.by;
  if (by === 'other-side' && side === initiatedBy) return 'wrong-side';
  if (by === 'initiator' && side !== initiatedBy) return 'wrong-side';
  return 'yes';
}

/** The actions `side` may take now, for the buttons a page shows. */
export const availableActions = (status: CollaborationStatus, initiatedBy: CollaborationSide, side: CollaborationSide) =>
  collaborationActions.filter((action) => mayAct(action, status, initiatedBy, side) === 'yes');
