/** Which files PlanLint reads, by name: plans and registries it checks, source documents it quotes. */
export const PLAN_GLOBS = ['*.plan.yaml', '*.plan.yml', '*.orgs.yaml'] as const;
export const PLAN_FILE = /\.(plan\.ya?ml|orgs\.yaml)$/;
export const REGISTRY_FILE = /\.orgs\.yaml$/;
export const SOURCE_FILE = /\.(txt|md|markdown)$/i;

export const isPlanFileName = (name: string) => PLAN_FILE.test(name);
