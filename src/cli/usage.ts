/** Usage errors end with exit status 2 and a hint, never a stack trace. */
export class UsageError extends Error {}

export const HELP = `model-registry: a GitHub-native registry for machine-learning models

Usage:
  model-registry validate [--root DIR] [--base GIT_REF] [--format text|json|github]
  model-registry list     [--root DIR] [--format text|json]
  model-registry diff     --base GIT_REF [--root DIR] [--format markdown|json]
  model-registry help

validate  checks the whole registry: file formats, lineage, metrics, stages,
          artifacts; with --base, also that released versions did not change.
          Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage error
          or unreadable root.
list      prints every model with its versions and what runs in each stage.
diff      the pull-request review, locally: problems, each added or changed
          version's metrics against production and its previous version,
          stage changes and lineage (Mermaid). Exit status as validate.

Options:
  --root DIR       the registry folder (default: the current folder)
  --base GIT_REF   compare with this commit, branch or tag (e.g. origin/main)
  --format F       output format (default text)
  -h, --help       this help
`;
