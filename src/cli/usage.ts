/** The help text; a wrong option is a UsageError (src/errors): exit status 2 and a hint, never a stack trace. */
export const HELP = `model-registry: a GitHub-native registry for machine-learning models

Usage:
  model-registry validate [--root DIR] [--base GIT_REF] [--format text|json|github]
  model-registry list     [--root DIR] [--format text|json]
  model-registry diff     --base GIT_REF [--root DIR] [--format markdown|json]
  model-registry site     --out DIR [--root DIR] [--base-url URL] [--repository OWNER/NAME]
  model-registry release  --repository OWNER/NAME [--root DIR] [--commit SHA] [--token T] [--dry-run]
  model-registry register --registry OWNER/NAME --model M --metrics FILE [--version patch|minor|major|X.Y.Z]
                          [--artifact GLOB ...] [--card FILE] [--model-card FILE] [--auto-merge]
                          [--token T] [--dry-run]
  model-registry help

validate  checks the whole registry: file formats, lineage, metrics, stages,
          artifacts; with --base, also that released versions did not change.
          Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage error
          or unreadable root.
list      prints every model with its versions and what runs in each stage.
diff      the pull-request review, locally: problems, each added or changed
          version's metrics against production and its previous version,
          stage changes and lineage (Mermaid). Exit status as validate.
site      writes the static catalogue: pages (search, compare, lineage graphs,
          metric charts), the JSON API, an Atom feed and README badges.
          Links are relative; --base-url (default: registry.yaml's url) makes
          the feed, badges and API absolute; --repository links releases.

release   tags and releases every version that has no release yet: an
          annotated tag (GTO's format) and a GitHub Release with card.yaml,
          the metrics file, committed artifacts and SHA256SUMS; a draft is
          published only when every asset is uploaded and checked. Idempotent:
          a re-run finishes what failed. --dry-run prints the plan as JSON.
          Token: --token or GITHUB_TOKEN; API: GITHUB_API_URL.

register  proposes a new version to a registry repository, as the last step
          of a training run: its artifacts (files or globs: * ? **) are hashed
          and uploaded to a draft release of the version's tag, then a branch
          register/<model>-<version> with the version folder (card.yaml with
          lineage from git and the metrics file as given) and a pull request.
          --version bumps the latest version (default patch; 1.0.0 for a new
          model, whose card comes from --model-card or --model-description,
          --model-owner, --model-title, --model-task, --model-license,
          --model-tag). Checked with the registry's rules before anything is
          written; safe to re-run. --dry-run prints the plan as JSON.
          Token: --token or GITHUB_TOKEN; API: GITHUB_API_URL.

Options:
  --root DIR       the registry folder (default: the current folder)
  --base GIT_REF   compare with this commit, branch or tag (e.g. origin/main)
  --format F       output format (default text)
  -h, --help       this help
`;
