/** Which files PlanLint reads, by name: plans and registries it checks, source documents it quotes. */
export const PLAN_GLOBS = ['*.plan.yaml', '*.plan.yml', '*.orgs.yaml'] as const;
export const PLAN_FILE = /\.(plan\.ya?ml|orgs\.yaml)$/;
export const REGISTRY_FILE = /\.orgs\.yaml$/;
/** Every form of source document PlanLint reads (the contract's *Source documents*), by extension. */
export const SOURCE_FILE = /\.(txt|md|markdown|docx|html?|pdf)$/i;
/** Source documents an editor opens as text: `¶N` marks, lenses and hints work on their own buffer. */
export const TEXT_SOURCE_FILE = /\.(txt|md|markdown)$/i;
/** Source documents a reader reads (Word, web pages, PDF): an editor shows them in a read-only paragraph view. */
export const VIEWED_SOURCE_FILE = /\.(docx|html?|pdf)$/i;

export const isPlanFileName = (name: string) => PLAN_FILE.test(name);
