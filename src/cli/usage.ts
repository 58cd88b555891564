/** The help text; a wrong option is a UsageError (src/errors): exit status 2 and a hint, never a stack trace. */
export const HELP = `model-registry: a GitHub-native registry for machine-learning models

Usage:
  model-registry init     [DIR] [--name NAME] [--url URL] [--stages a,b] [--owner @ORG/TEAM]
  model-registry add      <model> --metrics FILE [--artifact GLOB ...] [--card FILE] [--version patch|minor|major|X.Y.Z]
                          [--metrics-format auto|raw] [--owner @X --description TEXT | --model-card FILE] [--code DIR] [--root DIR]
  model-registry convert-metrics <metrics file> [--root DIR]
  model-registry validate [--root DIR] [--base GIT_REF [--committed]] [--format text|json|github]
  model-registry list     [--root DIR] [--format text|json]
  model-registry diff     --base GIT_REF [--committed] [--root DIR] [--format markdown|json]
  model-registry site     --out DIR [--root DIR] [--base-url URL] [--repository OWNER/NAME]
  model-registry status   [--root DIR] [--repository OWNER/NAME] [--token T] [--fail-on drift] [--format text|json]
  model-registry history  [<model>] [--root DIR] [--format text|json]
  model-registry codeowners [--root DIR] [--repo-root DIR] [--check] [--dry-run]
  model-registry resolve  <model>@<version>|<model>#<stage>|<model>@latest|models:/<model>@<stage>
                          [--root DIR | --catalogue URL | --repository OWNER/NAME [--token T]] [--format text|json]
  model-registry download <ref> --out DIR [--artifact NAME ...]
                          [--root DIR | --catalogue URL | --repository OWNER/NAME [--token T]]
  model-registry release  --repository OWNER/NAME [--root DIR] [--commit SHA] [--token T] [--max-releases N] [--dry-run]
  model-registry record   --registry OWNER/NAME [--root DIR] [--before SHA] [--after SHA] [--token T] [--dry-run]
  model-registry deployed <model>@<version> --environment NAME [--url URL] [--registry OWNER/NAME | --root DIR] [--undeployed] [--token T]
  model-registry register --registry OWNER/NAME --model M --metrics FILE [--version patch|minor|major|X.Y.Z]
                          [--artifact GLOB ...] [--card FILE] [--model-card FILE] [--metrics-format auto|raw] [--auto-merge]
                          [--token T] [--dry-run]
  model-registry promote  <model>@<version>|<model>#<stage> --to STAGE [--root DIR | --registry OWNER/NAME] [--token T] [--dry-run]
  model-registry demote   <model> --from STAGE [--root DIR | --registry OWNER/NAME] [--token T] [--dry-run]
  model-registry deprecate <model>@<version> --reason TEXT [--root DIR | --registry OWNER/NAME] [--token T] [--dry-run]
  model-registry help

init      writes an empty registry in DIR (default: here): registry.yaml
          with a starter metrics catalogue, the four workflows, a README with
          badges, .gitattributes for Git LFS. Asks nothing; never overwrites
          a file (a second run writes nothing). Defaults: --name the folder's
          name, --url GitHub Pages of the git origin, --stages
          staging,production.
add       adds a version to the registry in the working tree, as register
          would propose it: models/<model>/versions/<version>/ with card.yaml
          (sizes, sha256, created, lineage.code from the git checkout of
          --code, default the metrics file's folder), the metrics file and
          the artifacts (committed with path:). A new model needs --owner and
          --description (or --model-card). Validated with the registry's
          rules first: on a problem nothing is written (exit 1).
          Metrics as training scripts write them are converted (Hugging Face
          Trainer results, {"train": .., "eval": ..}, scikit-learn
          classification reports, registry.yaml's metric_names) and what
          changed is printed; --metrics-format raw keeps the file as it is.
convert-metrics
          converts a committed metrics file (rule unconverted-metrics) in
          place the same way; run statistics go to the card.yaml beside it.

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
status    what each model runs in each stage, since when (from git history)
          and its primary metric, like \`gto show\`; with registry.yaml's
          environments, what each environment reports running (the
          deployments of --repository, default GITHUB_REPOSITORY, with a
          token) and whether it drifted from its stage. --fail-on drift exits
          1 when one drifted longer than max_drift.
history   every registration, promotion, demotion, rollback and deprecation,
          newest first, with date, version, stage, commit, pull request and
          approvers (like \`gto history\`): read from git alone (tags and the
          history of stages.yaml and model.yaml), so it works in any clone,
          offline; a shallow clone's history is incomplete.
codeowners
          writes the registry's section of CODEOWNERS (GitHub's first of
          .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS at the repository
          root, or a new .github/CODEOWNERS): each model folder owned by its
          model.yaml owners; registry.yaml, models/ and CODEOWNERS itself by
          registry.yaml's maintainers. Lines outside the section are kept;
          never written through a symbolic link. --check writes nothing and
          exits 1 while CODEOWNERS is out of step (for CI); --dry-run shows
          what would change. --repo-root: the repository root (default: the
          git top level of --root).

resolve   the version a reference names (a version, what a stage runs, the
          latest version that is neither a pre-release nor deprecated, or
          MLflow's models:/<model>@<stage> form), its tag and release, and
          every artifact with its address, size and sha256: committed files
          from the release (--repository, default GITHUB_REPOSITORY), https://
          as written, hf://ORG/NAME@REVISION/path from the Hub (HF_ENDPOINT)
          pinned to its revision; other addresses are listed with the command
          that verifies the file once fetched. Sources: --root (default .,
          with --repository for release addresses), --catalogue URL (the
          published JSON API, schema-checked), or --repository alone (that
          model's files and its release through the GitHub API; a token from
          --token, GITHUB_TOKEN or GH_TOKEN). Exit status: 1 when the
          reference names nothing in the registry.
download  fetches the artifacts of the version a reference names (the
          sources of resolve) into --out, each streamed to a temporary file
          and renamed only once its size and sha256 match the card (and the
          release's SHA256SUMS); a file already there and verified is kept,
          so a re-run resumes; a link at the destination is refused.
          Transient failures are retried (MODEL_REGISTRY_RETRY_BASE_MS).
          Private repositories: with --repository (no --root) and a token,
          assets come through the API. The token (--token, GITHUB_TOKEN)
          goes to GitHub's hosts only, HF_TOKEN to the Hub's (HF_ENDPOINT)
          only. Other addresses are listed with the line that verifies them;
          named with --artifact they are an error. Exit status 1 on any
          mismatch or failed transfer, naming the file.

release   tags and releases every version that has no release yet: an
          annotated tag (GTO's format) and a GitHub Release with card.yaml,
          the metrics file, committed artifacts and SHA256SUMS; a draft is
          published only when every asset is uploaded and checked. Idempotent:
          a re-run finishes what failed. A version whose tag the clone has
          counts as released. At most --max-releases versions a run (default
          50), the oldest first; the next run goes on. --dry-run prints the
          plan as JSON. Token: --token or GITHUB_TOKEN; API: GITHUB_API_URL.

record    after a push to the default branch, records every stage change and
          new deprecation of the pushed commits (--before..--after, default
          HEAD) once: an annotated GTO tag (\`gto assign\`'s <model>#<stage>#N,
          an unassignment <model>#<stage>!#N, a deregistration
          <model>@vX.Y.Z!#N) at the version's commit, naming its pull request
          and approvers, and a GitHub Deployment in environment <model>/<stage>.
          Without --before (or all zeros) it records what every stage holds now.
          Run inside the registry's clone, after release. Never deletes; a
          re-run records nothing twice. --dry-run prints the plan as JSON.

deployed  from a deployment job: reports that environment NAME (declared in
          registry.yaml's environments) runs the version, as a GitHub
          Deployment of its tag in environment <model>@<environment> of the
          registry repository (--registry, read through the API; else
          GITHUB_REPOSITORY, checked against --root); --url is its serving
          address; --undeployed marks it inactive. An unknown version or
          environment is refused with nothing written (exit 1); a report
          already made is not made again.
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

promote   puts a version in a stage (stages.yaml): <model>@<version>, or
          <model>#<stage> for whatever that stage holds. Prints the stage's
          policy evaluation (requirement, figure, verdict) first and refuses
          (exit 1, nothing written) what the pull request's check would
          refuse; an owner's approval stays pending (the review gives it).
demote    takes a model out of a stage (its key leaves stages.yaml).
deprecate records a version in model.yaml's deprecated_versions with the
          reason; it can then never be put in a stage.
          These three edit the working tree of --root (validated with the
          registry's rules first, never written through a link), or with
          --registry open a pull request through the API as register does
          (branch registry/<verb>/..., safe to re-run; --dry-run prints the
          plan as JSON). Already so: "nothing to do", exit 0.

Options:
  --root DIR       the registry folder (default: the current folder)
  --base GIT_REF   compare with this commit, branch or tag (e.g. origin/main)
  --committed      with --base: review the commit checked out, not the working
                   tree (git compares the two trees; what the Action does)
  --format F       output format (default text)
  -h, --help       this help
`;
