/**
 * Every command's help in one table: its usage, what it does, each option
 * (the parser reads its options from here, so help and parser cannot drift),
 * and an example. `<command> --help`, the global page, shell completion and
 * the test that docs/cli.md names every option all read this table.
 */

export interface OptionHelp {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help: DIR, FILE, text|json. */
  arg?: string;
  help: string;
}

export interface CommandHelp {
  /** One line for the global page. */
  summary: string;
  /** Usage lines, each after `model-registry `. */
  usage: readonly string[];
  /** What it does, a paragraph (wrapped when printed). */
  about: string;
  options: Readonly<Record<string, OptionHelp>>;
  examples: readonly string[];
  /** The registry folder may be given as the positional DIR, the same as --root. */
  rootPositional?: boolean;
  /** Its first positional names a model (`m`, `m@1.0.0`, `m#production`): completion offers the models of ./models/. */
  takesModel?: boolean;
}

const root = { type: 'string', arg: 'DIR', help: 'the registry folder (where registry.yaml is); default: the current folder' } as const;
const rootOrDir = { ...root, help: 'the registry folder, as DIR may also give it; default: the current folder' } as const;
const token = { type: 'string', arg: 'T', help: 'the GitHub token; default: GITHUB_TOKEN, then GH_TOKEN' } as const;
const dryRun = { type: 'boolean', help: 'print the plan as JSON and write nothing (GitHub is still read)' } as const;
const textJson = { type: 'string', arg: 'text|json', help: 'the output format (default text)' } as const;
const base = {
  type: 'string',
  arg: 'GIT_REF',
  help: 'compare with this commit, branch or tag (e.g. origin/main): released versions there must not change',
} as const;
const committed = {
  type: 'boolean',
  help: 'with --base: review the commit checked out, not the working tree (git compares the two trees; what the Action does)',
} as const;
const metricsFormat = {
  type: 'string',
  arg: 'auto|raw',
  help: 'auto (default) converts what training scripts write (Hugging Face Trainer results, classification reports); raw keeps the file byte for byte',
} as const;
const versionBump = {
  type: 'string',
  arg: 'patch|minor|major|X.Y.Z',
  help: 'the new version: a bump of the latest (default patch; 1.0.0 for a new model) or a number',
} as const;
const artifact = { type: 'string', multiple: true, arg: 'GLOB', help: 'an artifact file or glob (* ? **); repeat for more' } as const;
const cardFile = { type: 'string', arg: 'FILE', help: "a YAML file with the version card's fields (training, lineage, …)" } as const;
const modelCardFile = { type: 'string', arg: 'FILE', help: "a new model's model.yaml" } as const;

/** Where the registry is read from: a folder, the published catalogue, or the repository on GitHub (resolve, download). */
const source = {
  root: { type: 'string', arg: 'DIR', help: 'read the registry folder (default .); with --repository, its committed files get release addresses' },
  catalogue: { type: 'string', arg: 'URL', help: "read the published catalogue's JSON API at URL (where the site is served)" },
  repository: {
    type: 'string',
    arg: 'OWNER/NAME',
    help: 'alone: read the registry repository through the GitHub API (needs a token); with --root: release addresses',
  },
  token,
} as const;

/** promote, demote, deprecate: a working-tree edit, or a pull request through the API. */
const stageChange = {
  root: { type: 'string', arg: 'DIR', help: 'edit the working tree of this registry folder (default .)' },
  registry: { type: 'string', arg: 'OWNER/NAME', help: 'propose the change to this registry repository as a pull request, through the API' },
  token: { ...token, help: 'with --registry: the GitHub token; default: GITHUB_TOKEN, then GH_TOKEN' },
  'dry-run': dryRun,
} as const;

export const COMMAND_HELP = {
  init: {
    summary: 'start an empty registry of your own in DIR',
    usage: ['init [DIR] [--name NAME] [--url URL] [--stages a,b] [--owner @ORG/TEAM]'],
    about:
      'Writes an empty registry in DIR (default: here): registry.yaml with a starter metrics catalogue, the four workflows, a README with badges, .gitattributes for Git LFS. Asks nothing; never overwrites a file (a second run writes nothing).',
    options: {
      name: { type: 'string', arg: 'NAME', help: "the registry's name (default: the folder's name)" },
      url: { type: 'string', arg: 'URL', help: 'where the catalogue is served (default: GitHub Pages of the git origin)' },
      stages: { type: 'string', arg: 'a,b', help: 'the stages, in order (default staging,production)' },
      owner: { type: 'string', arg: '@ORG/TEAM', help: "the registry's maintainers" },
    },
    examples: ['model-registry init my-registry --owner @acme/ml-team'],
  },
  add: {
    summary: 'add a model version to the registry in the working tree (the local twin of register)',
    usage: [
      'add <model> --metrics FILE [--artifact GLOB ...] [--card FILE] [--version patch|minor|major|X.Y.Z]',
      '    [--metrics-format auto|raw] [--owner @X --description TEXT | --model-card FILE] [--code DIR] [--root DIR]',
    ],
    about:
      "Writes models/<model>/versions/<version>/ as register would propose it: card.yaml (sizes, sha256, created, lineage.code from the git checkout of --code), the converted metrics file and the artifacts. Validated with the registry's rules first: on a problem nothing is written (exit 1). A new model needs --owner and --description (or --model-card).",
    options: {
      metrics: { type: 'string', arg: 'FILE', help: 'the metrics the training wrote (JSON or YAML); required' },
      'metrics-format': metricsFormat,
      artifact,
      card: cardFile,
      version: versionBump,
      root,
      code: { type: 'string', arg: 'DIR', help: "the training code's git checkout, for lineage.code (default: the metrics file's folder)" },
      'model-card': modelCardFile,
      owner: { type: 'string', multiple: true, arg: '@ORG/TEAM', help: "a new model's owner; repeat for more" },
      description: { type: 'string', arg: 'TEXT', help: "a new model's description" },
      title: { type: 'string', arg: 'TEXT', help: "a new model's title" },
      task: { type: 'string', arg: 'TASK', help: "a new model's task (e.g. text-classification)" },
      license: { type: 'string', arg: 'LICENSE', help: "a new model's licence (SPDX id)" },
      tag: { type: 'string', multiple: true, arg: 'TAG', help: "a new model's tag; repeat for more" },
    },
    examples: [
      'model-registry add sentiment --metrics out/eval_results.json --artifact "out/*.safetensors" --owner @acme/nlp --description "Sentiment of reviews."',
    ],
    takesModel: true,
  },
  'convert-metrics': {
    summary: "convert a committed metrics file to the registry's format, in place",
    usage: ['convert-metrics <metrics file> [--root DIR]'],
    about:
      'Converts a committed metrics file that validate reports as unconverted-metrics, as add would; run statistics go to the training.stats of the card.yaml beside it.',
    options: { root },
    examples: ['model-registry convert-metrics models/sentiment/versions/1.0.0/metrics.json'],
  },
  validate: {
    summary: 'check the whole registry (formats, lineage, metrics, stages, artifacts)',
    usage: ['validate [DIR] [--root DIR] [--base GIT_REF [--committed]] [--format text|json|github]'],
    about:
      'Checks the whole registry: file formats, lineage, metrics, stages, artifacts; with --base, also that released versions did not change. Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage error or unreadable root.',
    options: {
      root: rootOrDir,
      base,
      committed,
      format: { type: 'string', arg: 'text|json|github', help: 'text (default), one JSON object, or GitHub workflow commands (annotations)' },
    },
    examples: ['model-registry validate registry-template', 'model-registry validate --base origin/main --format json'],
    rootPositional: true,
  },
  list: {
    summary: 'every model with its versions and what runs in each stage',
    usage: ['list [DIR] [--root DIR] [--format text|json]'],
    about: 'Prints every model with its number of versions, latest version and what runs in each stage.',
    options: { root: rootOrDir, format: textJson },
    examples: ['model-registry list registry-template'],
    rootPositional: true,
  },
  show: {
    summary: "a model's card, stages and versions; a version's metrics against production, lineage and artifacts",
    usage: ['show <model>[@version|#stage] [--root DIR] [--format text|json]'],
    about:
      "A model: its card (summary, owners, task, licence), what runs in each stage and every version. A version (model@1.2.0, model#production, model@latest): its card, its metrics against the version in production (deltas judged by each metric's direction), its lineage and its artifacts.",
    options: { root, format: textJson },
    examples: ['model-registry show churn-gbm', 'model-registry show churn-gbm@2.0.0 --format json'],
    takesModel: true,
  },
  diff: {
    summary: 'the pull-request review, locally',
    usage: ['diff [DIR] --base GIT_REF [--committed] [--root DIR] [--format text|markdown|json]'],
    about:
      "The pull-request review: problems, each added or changed version's metrics against production and its previous version, stage changes and lineage. Plain text on a terminal; GitHub Markdown (as the job summary shows it) when piped. Exit status as validate.",
    options: {
      base: { ...base, help: 'the git ref to compare with (required), e.g. origin/main' },
      committed,
      root: rootOrDir,
      format: { type: 'string', arg: 'text|markdown|json', help: 'default: text on a terminal, markdown otherwise' },
    },
    examples: ['model-registry diff --base origin/main'],
    rootPositional: true,
  },
  site: {
    summary: 'write the static catalogue (pages, JSON API, feed, badges)',
    usage: ['site [DIR] --out OUT [--root DIR] [--base-url URL] [--repository OWNER/NAME]'],
    about:
      "Writes the static catalogue: pages (search, compare, lineage graphs, metric charts), the JSON API, an Atom feed and README badges. Links are relative; --base-url (default: registry.yaml's url) makes the feed, badges and API absolute; --repository links releases.",
    options: {
      out: { type: 'string', arg: 'OUT', help: 'the folder to write the site to (required)' },
      root: rootOrDir,
      'base-url': { type: 'string', arg: 'URL', help: "where the site is served (default: registry.yaml's url)" },
      repository: { type: 'string', arg: 'OWNER/NAME', help: 'link releases and read environments (with GITHUB_TOKEN) of this repository' },
    },
    examples: ['model-registry site registry-template --out site-out'],
    rootPositional: true,
  },
  status: {
    summary: 'what runs in each stage, since when; environments and drift',
    usage: ['status [DIR] [--root DIR] [--repository OWNER/NAME] [--token T] [--fail-on drift] [--format text|json]'],
    about:
      "What each model runs in each stage, since when (from git history) and its primary metric, like `gto show`; with registry.yaml's environments, what each environment reports running and whether it drifted from its stage.",
    options: {
      root: rootOrDir,
      repository: { type: 'string', arg: 'OWNER/NAME', help: 'read what environments run from this repository (default GITHUB_REPOSITORY)' },
      token,
      'fail-on': { type: 'string', arg: 'drift', help: 'exit 1 when an environment drifted longer than max_drift' },
      format: textJson,
    },
    examples: ['model-registry status registry-template'],
    rootPositional: true,
  },
  audit: {
    summary: 'what is wrong in production now: monitors, silence, retraining, stages, drift, cards',
    usage: ['audit [DIR] [--root DIR] [--format text|json] [--repository OWNER/NAME] [--token T]'],
    about:
      "Every finding of the audit, each with its rule id, model and file: a monitor breached by a stage's version's newest observation, a stage without observations for longer than max_silence, a newest version older than retrain_after, a deprecated or unreleased version in a stage, an environment drifted longer than max_drift (with --repository), a production model without owners, licence or intended use. Exit status 1 when a finding is an error.",
    options: {
      root: rootOrDir,
      format: textJson,
      repository: { type: 'string', arg: 'OWNER/NAME', help: 'read what environments run from this repository, for drift (default GITHUB_REPOSITORY)' },
      token,
    },
    examples: ['model-registry audit registry-template', 'model-registry audit --format json'],
    rootPositional: true,
  },
  history: {
    summary: 'every registration, promotion, demotion, rollback and deprecation, from git',
    usage: ['history [<model>] [--root DIR] [--format text|json]'],
    about:
      'Every registration, promotion, demotion, rollback and deprecation, newest first, with date, version, stage, commit, pull request and approvers (like `gto history`): read from git alone, so it works in any clone, offline.',
    options: { root, format: textJson },
    examples: ['model-registry history churn-gbm'],
    takesModel: true,
  },
  codeowners: {
    summary: "write the registry's section of CODEOWNERS from its owners",
    usage: ['codeowners [DIR] [--root DIR] [--repo-root DIR] [--check] [--dry-run]'],
    about:
      "Writes the registry's section of CODEOWNERS: each model folder owned by its model.yaml owners; registry.yaml, models/ and CODEOWNERS by registry.yaml's maintainers. Lines outside the section are kept; never written through a symbolic link.",
    options: {
      root: rootOrDir,
      'repo-root': { type: 'string', arg: 'DIR', help: 'the repository root (default: the git top level of --root)' },
      check: { type: 'boolean', help: 'write nothing; exit 1 while CODEOWNERS is out of step (for CI)' },
      'dry-run': { type: 'boolean', help: 'show what would change, write nothing' },
    },
    examples: ['model-registry codeowners --check'],
    rootPositional: true,
  },
  resolve: {
    summary: 'the version a reference names, its release and every artifact with its address',
    usage: [
      'resolve <model>@<version>|<model>#<stage>|<model>@latest|models:/<model>@<stage>',
      '        [--root DIR | --catalogue URL | --repository OWNER/NAME [--token T]] [--format text|json]',
    ],
    about:
      'The version a reference names (a version, what a stage runs, the latest version, or MLflow’s models:/ form), its tag and release, and every artifact with its address, size and sha256. Exit status 1 when the reference names nothing in the registry.',
    options: { ...source, format: textJson },
    examples: ['model-registry resolve churn-gbm#production --format json'],
    takesModel: true,
  },
  download: {
    summary: "fetch a version's artifacts into a folder, each verified",
    usage: ['download <ref> --out DIR [--artifact NAME ...] [--root DIR | --catalogue URL | --repository OWNER/NAME [--token T]]'],
    about:
      "Fetches the artifacts of the version a reference names (the sources of resolve) into --out, each renamed only once its size and sha256 match the card (and the release's SHA256SUMS); a file already there and verified is kept, so a re-run resumes.",
    options: {
      out: { type: 'string', arg: 'DIR', help: 'the folder the artifacts go to (required)' },
      artifact: { type: 'string', multiple: true, arg: 'NAME', help: 'fetch only this artifact; repeat for more' },
      ...source,
    },
    examples: ['model-registry download churn-gbm#production --out model/'],
    takesModel: true,
  },
  release: {
    summary: 'tag and release every version that has no release yet',
    usage: ['release [DIR] --repository OWNER/NAME [--root DIR] [--commit SHA] [--token T] [--max-releases N] [--dry-run]'],
    about:
      'Tags and releases every version that has no release yet: an annotated tag (GTO’s format) and a GitHub Release with card.yaml, the metrics file, committed artifacts and SHA256SUMS. Idempotent: a re-run finishes what failed.',
    options: {
      repository: { type: 'string', arg: 'OWNER/NAME', help: 'the registry repository on GitHub (required)' },
      root: rootOrDir,
      commit: { type: 'string', arg: 'SHA', help: 'the commit the tags point at (default HEAD)' },
      token,
      'max-releases': { type: 'string', arg: 'N', help: 'release at most N versions a run, the oldest first (default 50)' },
      'dry-run': dryRun,
    },
    examples: ['model-registry release --repository acme-ml/model-registry --dry-run'],
    rootPositional: true,
  },
  record: {
    summary: 'record stage changes as GTO tags and GitHub Deployments',
    usage: ['record [DIR] --registry OWNER/NAME [--root DIR] [--before SHA] [--after SHA] [--token T] [--dry-run]'],
    about:
      'After a push to the default branch, records every stage change and new deprecation of the pushed commits once: an annotated GTO tag and a GitHub Deployment in environment <model>/<stage>. Never deletes; a re-run records nothing twice.',
    options: {
      registry: { type: 'string', arg: 'OWNER/NAME', help: 'the registry repository on GitHub (required)' },
      root: rootOrDir,
      before: { type: 'string', arg: 'SHA', help: 'the commit before the push (none: record what every stage holds now)' },
      after: { type: 'string', arg: 'SHA', help: 'the pushed commit (default HEAD)' },
      token,
      'dry-run': dryRun,
    },
    examples: ['model-registry record --registry acme-ml/model-registry --before 3f2c1e0'],
    rootPositional: true,
  },
  deployed: {
    summary: 'report what an environment runs, as a GitHub Deployment',
    usage: ['deployed <model>@<version> --environment NAME [--url URL] [--registry OWNER/NAME | --root DIR] [--undeployed] [--token T]'],
    about:
      "From a deployment job: reports that environment NAME (declared in registry.yaml's environments) runs the version, as a GitHub Deployment in environment <model>@<environment> of the registry repository.",
    options: {
      environment: { type: 'string', arg: 'NAME', help: "the environment, as registry.yaml's environments name it (required)" },
      url: { type: 'string', arg: 'URL', help: "the environment's serving address" },
      registry: { type: 'string', arg: 'OWNER/NAME', help: 'the registry repository, read through the API (default GITHUB_REPOSITORY)' },
      root: { type: 'string', arg: 'DIR', help: 'without --registry: the registry folder checked (default .)' },
      undeployed: { type: 'boolean', help: 'mark the version inactive there (it no longer runs)' },
      token,
    },
    examples: ['model-registry deployed churn-gbm@2.0.0 --environment eu-west-prod --registry acme-ml/model-registry'],
    takesModel: true,
  },
  observe: {
    summary: "append production observations to a model's monitoring files",
    usage: [
      'observe <model> --metric NAME --value X [--version V] [--environment E] [--n N] [--segment S] [--time T]',
      '        [--from FILE] [--root DIR | --registry OWNER/NAME [--token T]] [--dry-run]',
    ],
    about:
      "Appends records to models/<model>/monitoring/<YYYY>-<MM>.jsonl (the month of each record's time, UTC): in the working tree, or with --registry as one commit to the registry repository's default branch (or a pull request, as monitoring.observe in registry.yaml or model.yaml says), safe when jobs append at once. A record already there (same time, version, metric, segment and environment) is never appended again; nothing is written when a record breaks a rule.",
    options: {
      metric: { type: 'string', arg: 'NAME', help: "the metric, as registry.yaml's catalogue names it" },
      value: { type: 'string', arg: 'X', help: "the metric's value, a finite number" },
      version: { type: 'string', arg: 'V', help: 'the version observed (default: the one the --environment runs)' },
      environment: { type: 'string', arg: 'E', help: "the environment observed (registry.yaml's environments); without --version, its stage's version" },
      n: { type: 'string', arg: 'N', help: 'how many examples the value was computed on' },
      segment: { type: 'string', arg: 'S', help: 'the slice of traffic observed (eu, tier=enterprise)' },
      time: { type: 'string', arg: 'T', help: 'when it was observed, a date-time with a zone (default: now)' },
      from: { type: 'string', arg: 'FILE', help: 'many records at once: JSON Lines, or CSV with a header (time,version,metric,value,n,segment,environment)' },
      root,
      registry: { type: 'string', arg: 'OWNER/NAME', help: 'append through the API to this registry repository instead of the working tree' },
      token,
      'dry-run': { type: 'boolean', help: 'print what would be appended as JSON, and write nothing' },
    },
    examples: [
      'model-registry observe churn-gbm --metric accuracy --value 0.912 --n 5000 --environment eu-west-prod',
      'model-registry observe churn-gbm --from eval/observations.csv --registry acme-ml/model-registry',
    ],
    takesModel: true,
  },
  register: {
    summary: 'propose a new version to a registry repository, as a pull request',
    usage: [
      'register --registry OWNER/NAME --model M --metrics FILE [--version patch|minor|major|X.Y.Z]',
      '         [--artifact GLOB ...] [--card FILE] [--model-card FILE] [--metrics-format auto|raw] [--auto-merge] [--token T] [--dry-run]',
    ],
    about:
      "The last step of a training run: its artifacts are hashed and uploaded to a draft release of the version's tag, then a branch with the version folder and a pull request. Checked with the registry's rules before anything is written; safe to re-run.",
    options: {
      registry: { type: 'string', arg: 'OWNER/NAME', help: 'the registry repository on GitHub (required)' },
      model: { type: 'string', arg: 'M', help: 'the model (required)' },
      metrics: { type: 'string', arg: 'FILE', help: 'the metrics the training wrote (required)' },
      version: versionBump,
      artifact,
      card: cardFile,
      'model-card': modelCardFile,
      'model-title': { type: 'string', arg: 'T', help: "a new model's title" },
      'model-description': { type: 'string', arg: 'D', help: "a new model's description" },
      'model-owner': { type: 'string', multiple: true, arg: '@O', help: "a new model's owner; repeat for more" },
      'model-task': { type: 'string', arg: 'T', help: "a new model's task" },
      'model-license': { type: 'string', arg: 'L', help: "a new model's licence" },
      'model-tag': { type: 'string', multiple: true, arg: 'T', help: "a new model's tag; repeat for more" },
      'metrics-format': metricsFormat,
      'auto-merge': { type: 'boolean', help: 'turn on auto-merge for the pull request' },
      token,
      'dry-run': dryRun,
    },
    examples: ['model-registry register --registry acme-ml/model-registry --model churn-gbm --metrics out/metrics.json --artifact "out/*.txt" --dry-run'],
  },
  promote: {
    summary: 'put a version in a stage, after the stage policy’s evaluation',
    usage: ['promote <model>@<version>|<model>#<stage> --to STAGE [--root DIR | --registry OWNER/NAME] [--token T] [--dry-run]'],
    about:
      "Puts a version in a stage (stages.yaml): <model>@<version>, or <model>#<stage> for whatever that stage holds. Prints the stage's policy evaluation first and refuses (exit 1, nothing written) what the pull request's check would refuse.",
    options: { to: { type: 'string', arg: 'STAGE', help: 'the stage (required)' }, ...stageChange },
    examples: ['model-registry promote churn-gbm#staging --to production'],
    takesModel: true,
  },
  demote: {
    summary: 'take a model out of a stage',
    usage: ['demote <model> --from STAGE [--root DIR | --registry OWNER/NAME] [--token T] [--dry-run]'],
    about: "Takes a model out of a stage: its key leaves stages.yaml. Already so: 'nothing to do', exit 0.",
    options: { from: { type: 'string', arg: 'STAGE', help: 'the stage (required)' }, ...stageChange },
    examples: ['model-registry demote churn-gbm --from staging'],
    takesModel: true,
  },
  deprecate: {
    summary: 'deprecate a version, with the reason',
    usage: ['deprecate <model>@<version> --reason TEXT [--root DIR | --registry OWNER/NAME] [--token T] [--dry-run]'],
    about: "Records a version in model.yaml's deprecated_versions with the reason; it can then never be put in a stage.",
    options: { reason: { type: 'string', arg: 'TEXT', help: 'why, and what to use instead (required)' }, ...stageChange },
    examples: ['model-registry deprecate churn-gbm@1.0.0 --reason "leaks the label; use 2.0.0"'],
    takesModel: true,
  },
  'import gto': {
    summary: "import a GTO repository's versions, stages and deprecations from its annotated tags",
    usage: ['import gto [--repo DIR] [--root DIR] [--owner @ORG/TEAM ...] [--metrics-path PATH] [--dry-run]'],
    about:
      "Reads the GTO repository's annotated tags with GTO's grammar (lightweight tags are ignored, as GTO ignores them) and writes what is new: a model folder per artifact, a version folder per registered version (created from the tag's date, the tagger as x-gto-registered-by, the metrics file at the tag's commit), stages.yaml as gto show has it, deregistered and deprecated versions in deprecated_versions. Validated first: on a problem nothing is written (exit 1). Never replaces a file: a second import adds only new versions.",
    options: {
      repo: { type: 'string', arg: 'DIR', help: 'the GTO repository (default: the current folder)' },
      root,
      owner: { type: 'string', multiple: true, arg: '@ORG/TEAM', help: "new models' owner; repeat for more (default: registry.yaml's maintainers)" },
      'metrics-path': {
        type: 'string',
        arg: 'PATH',
        help: "the metrics file's path in the GTO repository, read at each version's commit (without it: no metrics)",
      },
      'dry-run': { type: 'boolean', help: 'print what would be written, and write nothing' },
    },
    examples: ['model-registry import gto --repo ../churn-gto --owner @acme/ml-team --metrics-path metrics.json --dry-run'],
  },
  'import mlflow': {
    summary: "import an MLflow registry's models, versions, runs, aliases and files through its REST API",
    usage: [
      'import mlflow --tracking-uri URL [--model NAME ...] [--root DIR] [--artifacts download|reference] [--alias-stage ALIAS=STAGE ...] [--owner @ORG/TEAM ...] [--dry-run]',
    ],
    about:
      "Reads MLflow's registry (/api/2.0/mlflow/; MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD) and writes what is new: a model folder per registered model (a registry-safe name, the mapping printed), MLflow's version N as N.0.0 with its run's params, metrics, datasets and address, stages.yaml from the aliases and legacy stages --alias-stage maps, and the aliases in registry.yaml for models:/<model>@<alias>. Versions that are not READY are skipped with a note. Validated first: on a problem nothing is written (exit 1). Never replaces a file: a second import adds only new versions.",
    options: {
      'tracking-uri': { type: 'string', arg: 'URL', help: "the MLflow tracking server's address (default: MLFLOW_TRACKING_URI)" },
      model: { type: 'string', multiple: true, arg: 'NAME', help: 'an MLflow registered model to import; repeat for more (default: every one)' },
      root,
      artifacts: {
        type: 'string',
        arg: 'download|reference',
        help: "download (default): fetch each version's files through MLflow's artifact API, committed with size and sha256; reference: keep their address as x-mlflow-artifact-uri",
      },
      'alias-stage': {
        type: 'string',
        multiple: true,
        arg: 'ALIAS=STAGE',
        help: 'map an MLflow alias (or legacy stage) to a registry stage, e.g. champion=production; repeat for more',
      },
      owner: { type: 'string', multiple: true, arg: '@ORG/TEAM', help: "new models' owner; repeat for more (default: registry.yaml's maintainers)" },
      'dry-run': { type: 'boolean', help: 'print what would be written (and the files that would be downloaded), and write nothing' },
    },
    examples: ['model-registry import mlflow --tracking-uri http://mlflow.internal:5000 --alias-stage champion=production --owner @acme/ml-team --dry-run'],
  },
  'export huggingface': {
    summary: 'write Hugging Face model cards (README.md, optionally .eval_results/) of a model',
    usage: ['export huggingface <model>[@version|#stage] --out DIR [--namespace ORG] [--all-versions] [--eval-results] [--root DIR]'],
    about:
      'Writes DIR/<model>/README.md for the version named (default: the latest), or DIR/<model>/<version>/README.md for every version: front matter the Hub reads (license, pipeline_tag, tags, datasets, base_model and base_model_relation, model-index with every metric, model_registry) and the card as Markdown (description, intended use, limitations, training, lineage, how to download and verify the artifacts). A model with validation errors is not exported (exit 1).',
    options: {
      out: { type: 'string', arg: 'DIR', help: 'the folder to write the cards into (required; not the registry)' },
      namespace: {
        type: 'string',
        arg: 'ORG',
        help: "the Hub organisation the registry's models are published under: a parent in this registry becomes base_model ORG/<model>",
      },
      'all-versions': { type: 'boolean', help: 'a card for every version, in DIR/<model>/<version>/' },
      'eval-results': { type: 'boolean', help: "also write the Hub's .eval_results/*.yaml for metrics measured on a Hub dataset (hf://datasets/…)" },
      root,
    },
    examples: ['model-registry export huggingface support-ticket-classifier#production --out hub --namespace acme-ml'],
    takesModel: true,
  },
  completion: {
    summary: 'print a shell completion script (bash or zsh)',
    usage: ['completion bash|zsh'],
    about:
      'Prints a completion script: commands, each command’s options, and model names from models/ of the current folder for commands that take a model. Load it from your shell’s start-up file.',
    options: {},
    examples: ['source <(model-registry completion bash)    # in ~/.bashrc', 'source <(model-registry completion zsh)     # in ~/.zshrc'],
  },
} as const satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof COMMAND_HELP;

export function commandHelpOf(name: string): CommandHelp | undefined {
  return Object.hasOwn(COMMAND_HELP, name) ? (COMMAND_HELP as Record<string, CommandHelp>)[name] : undefined;
}
