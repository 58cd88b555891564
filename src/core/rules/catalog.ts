/**
 * Every rule the validator knows, with what it protects against. docs/rules.md
 * is checked against this list by a test, so a new rule cannot ship
 * undocumented.
 */
/** An error fails validation; a warning is shown but lets it pass. */
export type Severity = 'error' | 'warning';

export const RULES = {
  'yaml-syntax': { severity: 'error', summary: 'The file is not valid YAML (or JSON).' },
  'duplicate-key': { severity: 'error', summary: 'A mapping has the same key twice; YAML forbids it and tools disagree on which wins.' },
  'yaml-alias-limit': { severity: 'error', summary: 'Too many alias expansions: YAML bombs are refused, not expanded.' },
  'yaml-depth-limit': { severity: 'error', summary: 'Nesting deeper than any card needs; refused to keep tools safe.' },
  'unsafe-key': { severity: 'error', summary: 'A key such as __proto__ or constructor that JavaScript tools mishandle.' },
  encoding: { severity: 'error', summary: 'The file is binary or not UTF-8 text.' },
  'empty-file': { severity: 'error', summary: 'The file is empty or holds only comments.' },
  'file-too-large': { severity: 'error', summary: 'A card or metrics file over 1 MiB.' },
  'unconverted-metrics': {
    severity: 'error',
    summary:
      "A metrics file as a training script wrote it (Hugging Face Trainer results, a map of splits, a classification report), not the registry's format.",
  },
  schema: { severity: 'error', summary: 'A value does not match the file format (JSON Schema in schemas/).' },
  'name-mismatch': { severity: 'error', summary: "model.yaml's name differs from its folder name." },
  'invalid-name': { severity: 'error', summary: 'A model folder name that is not safe in a git tag, a URL, a file name and a GTO tag.' },
  'invalid-tag': { severity: 'error', summary: 'A release tag (tag_format applied to a model and version) that git refuses as a ref name.' },
  'version-mismatch': { severity: 'error', summary: "card.yaml's version differs from its folder name." },
  'invalid-version': { severity: 'error', summary: 'A version folder that is not a strict SemVer 2.0.0 version.' },
  'duplicate-version': { severity: 'error', summary: 'Two version folders of the same SemVer precedence (1.0.0 and 1.0.0+build).' },
  'unknown-parent': { severity: 'error', summary: 'A lineage parent names a model or version that is not in the registry.' },
  'lineage-cycle': { severity: 'error', summary: 'Versions that are, through their parents, their own ancestors.' },
  'unknown-metric': { severity: 'warning', summary: "A metric that is not in registry.yaml's catalogue (with a did-you-mean)." },
  'uncatalogued-metric': {
    severity: 'error',
    summary: "A metric or primary_metric that registry.yaml's metrics catalogue lacks, while the catalogue is strict (metrics_catalogue, the default).",
  },
  'no-metrics': {
    severity: 'warning',
    summary: 'A version whose metrics file is empty: accepted (imported history, no evaluation yet), but it cannot be compared.',
  },
  'metric-range': { severity: 'error', summary: "A metric value outside the catalogue's min/max, not finite, or a confidence interval that does not hold it." },
  'observation-syntax': {
    severity: 'error',
    summary: 'A line of a monitoring file (models/<model>/monitoring/<YYYY>-<MM>.jsonl) that is not one JSON object.',
  },
  'observation-time': { severity: 'error', summary: "An observation whose time is not in its file's month (UTC)." },
  'duplicate-observation': { severity: 'error', summary: 'The same observation (time, version, metric, segment, environment) twice in a monitoring file.' },
  'observation-version': { severity: 'error', summary: 'An observation of a version the model does not have.' },
  'observation-environment': { severity: 'error', summary: "An observation in an environment that registry.yaml's environments do not declare." },
  'observation-file-name': { severity: 'error', summary: 'A file in a monitoring folder not named <YYYY>-<MM>.jsonl, so never read.' },
  'unknown-stage': {
    severity: 'error',
    summary: "A stage in stages.yaml (or registry.yaml's promotion, environments or aliases) that registry.yaml's stages do not list.",
  },
  'stage-version-missing': { severity: 'error', summary: 'A stage (or a deprecation) names a version that has no folder.' },
  'deprecated-in-stage': { severity: 'warning', summary: 'A stage runs a version that model.yaml deprecates.' },
  'monitor-bounds': { severity: 'error', summary: "A metric's monitor whose min is greater than its max: every observation would breach it." },
  'duplicate-consumer': { severity: 'error', summary: 'model.yaml lists two consumers with the same name.' },
  'artifact-path': { severity: 'error', summary: 'An artifact path that is absolute, uses .., is missing, or leaves the version folder.' },
  'artifact-checksum': { severity: 'error', summary: 'A committed artifact whose size or sha256 differs from its card.' },
  'duplicate-artifact': { severity: 'error', summary: 'Two artifacts of one version with the same name (release assets need unique names).' },
  'immutable-version': { severity: 'error', summary: 'A released version (on the base branch, or tagged) whose card, metrics or artifacts changed.' },
  'immutable-tags': { severity: 'error', summary: "registry.yaml's tag_format changed while versions are released under the old tags." },
  'one-version-per-commit': {
    severity: 'warning',
    summary: 'A change adds two versions of one model: they will share its merge commit, and GTO reads one version per commit.',
  },
  'missing-file': { severity: 'error', summary: 'A registry without registry.yaml, a model without model.yaml, or a version without card or metrics.' },
  'ambiguous-file': { severity: 'error', summary: 'A version with both metrics.yaml and metrics.json.' },
  'unexpected-file': {
    severity: 'warning',
    summary: 'A file the registry layout does not know (a stray file; a near name such as README.txt gets a did-you-mean).',
  },
  'misnamed-file': {
    severity: 'error',
    summary:
      'A registry file under a name the registry never reads (stages.yml, model.yml, card.yml, metrics.yml, registry.yml), so what it says silently does not apply.',
  },
  'unlisted-artifact': {
    severity: 'error',
    summary: "A file over 1 MiB in a version folder that card.yaml's artifacts do not list: a forgotten artifact, never released or checked.",
  },
  'symbolic-link': { severity: 'error', summary: 'A symbolic link anywhere in the registry (file or folder): never followed, whatever it points at.' },
  'wrong-kind': {
    severity: 'error',
    summary: 'A folder where a file belongs (a folder named registry.yaml), a file where a folder belongs, or a pipe, socket or device.',
  },
  'control-character-in-name': { severity: 'error', summary: 'A file or folder name with a control character (newline, tab, NUL, DEL, U+0080–U+009F).' },
  'promotion-order': { severity: 'error', summary: "A stage change puts a version in a stage before it was in the stage the policy's `after` names." },
  'promotion-unreleased': { severity: 'error', summary: 'A stage change puts a version in a stage whose policy requires its release, before its tag exists.' },
  'promotion-gate': { severity: 'error', summary: 'A stage change puts a version in a stage whose metric gate it does not meet (or whose metric it lacks).' },
  'promotion-regression': {
    severity: 'error',
    summary: 'A stage change puts a version in a stage with a metric worse than the version the stage held, beyond the tolerance and the noise.',
  },
  'promotion-approval': {
    severity: 'error',
    summary: "A stage change into a stage that requires an owner's approving review, which the pull request does not have.",
  },
  'promotion-deprecated': { severity: 'error', summary: 'A stage change puts a version that model.yaml deprecates in a stage.' },
  'promotion-policy-loosened': {
    severity: 'error',
    summary: "model.yaml's `promotion` asks less of a stage than registry.yaml's: a model may only tighten a policy.",
  },
  'codeowners-out-of-step': {
    severity: 'warning',
    summary: "CODEOWNERS gives a model folder (or registry.yaml) other owners than model.yaml's owners (or registry.yaml's maintainers).",
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
