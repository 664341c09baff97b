import type { CordisParticipant, CordisProject } from './cordis.ts';

const academic = (participant: CordisParticipant) => participant.activityType === 'HES' || participant.activityType === 'REC';

interface RelevanceQuery {
  projectId: string;
  title: string;
  objective: string;
  /** Names of the academic participants that have a lab document: the right answers. */
  relevant: string[];
  split: 'tuning' | 'held-out';
}

export interface LabDocument {
  name: string;
  /** Titles and objectives of the organisation's history projects only. */
  texts: string[];
}

/**
 * The fair protocol of tests/fixtures/cordis-horizon-europe-sample/README.md. Query projects are those that joined a company
 * with an academic participant who also appears in another project. Every other project is
 * history. A lab document per academic organisation is made from its history projects alone,
 * so no text of a query project is in any lab document. The split is fixed: a project whose
 * numeric id is even is for tuning, odd is held out (reported).
 */
export function buildRelevanceSet(projects: CordisProject[], participants: CordisParticipant[]) {
  const byProject = new Map<string, CordisParticipant[]>();
  for (const participant of participants) byProject.set(participant.projectId, [...(byProject.get(participant.projectId) ?? []), participant]);
  const projectsOf = new Map<string, Set<string>>();
  for (const participant of participants.filter(academic))
    projectsOf.set(participant.name, (projectsOf.get(participant.name) ?? new Set()).add(participant.projectId));

  const isQuery = (project: CordisProject) => {
    const members = byProject.get(project.id) ?? [];
    return (
      members.some((member) => member.activityType === 'PRC') && members.some((member) => academic(member) && (projectsOf.get(member.name)?.size ?? 0) > 1)
    );
  };
  const queryProjects = new Set(projects.filter(isQuery).map((project) => project.id));

  const labs = new Map<string, LabDocument>();
  for (const project of projects) {
    if (queryProjects.has(project.id)) continue;
    for (const member of (byProject.get(project.id) ?? []).filter(academic)) {
      const document = labs.get(member.name) ?? { name: member.name, texts: [] };
      document.texts.push(`${project.title}. ${project.objective}`);
      labs.set(member.name, document);
    }
  }

  const queries: RelevanceQuery[] = projects
    .filter((project) => queryProjects.has(project.id))
    .map((project) => ({
      projectId: project.id,
      title: project.title,
      objective: project.objective,
      relevant: [...new Set((byProject.get(project.id) ?? []).filter(academic).map((member) => member.name))].filter((name) => labs.has(name)),
      split: BigInt(project.id.replace(/\D/g, '') || '0') % 2n === 0n ? ('tuning' as const) : ('held-out' as const),
    }))
    .filter((query) => query.relevant.length > 0);

  return { labs: [...labs.values()], queries };
}

/** nDCG@10, recall@10 and reciprocal rank of one ranked list of lab names (binary relevance). */
export function metricsFor(ranked: string[], relevant: string[]) {
  const top = ranked.slice(0, 10);
  const dcg = top.reduce((sum, name, i) => sum + (relevant.includes(name) ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = relevant.slice(0, 10).reduce((sum, _name, i) => sum + 1 / Math.log2(i + 2), 0);
  const firstHit = ranked.findIndex((name) => relevant.includes(name));
  return {
    ndcg10: ideal > 0 ? dcg / ideal : 0,
    recall10: top.filter((name) => relevant.includes(name)).length / relevant.length,
    mrr: firstHit >= 0 ? 1 / (firstHit + 1) : 0,
  };
}

export const average = (list: { ndcg10: number; recall10: number; mrr: number }[]) => {
  const mean = (key: 'ndcg10' | 'recall10' | 'mrr') => Math.round((list.reduce((sum, item) => sum + item[key], 0) / Math.max(1, list.length)) * 1000) / 1000;
  return { ndcg10: mean('ndcg10'), recall10: mean('recall10'), mrr: mean('mrr') };
};
