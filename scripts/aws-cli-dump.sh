#!/usr/bin/env bash
# Dump AWS accounts with nothing but the AWS CLI, jq and bash, in blastmap's dump layout
# (docs/dump-layout.md): one JSON file per read-only call, exactly as `aws … --output json` prints it.
#
#   scripts/aws-cli-dump.sh [--out DIR] [--regions eu-west-1,us-east-1] [--profiles prod,data] [--force]
#
# Only list-*, get-*, describe-* and batch-get-* operations are called (a test checks this). A call
# that fails leaves `<file>.error.json` = {"error":{"code":…,"message":…}} so the gap is explicit.
# Each account is written to a temporary folder inside DIR and renamed to DIR/<account-id> at the end,
# so an interrupted run never leaves a half-written account behind.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: aws-cli-dump.sh [options]
  -o, --out DIR          dump folder (default: ./dump); each account goes to DIR/<account-id>/
  -r, --regions LIST     comma-separated regions (default: $AWS_REGION, else $AWS_DEFAULT_REGION)
  -p, --profiles LIST    comma-separated AWS CLI profiles, one account each (default: current credentials)
  -f, --force            replace DIR/<account-id> when it already exists
  -h, --help             this help
The credentials need read-only access (e.g. the SecurityAudit managed policy plus
secretsmanager:GetResourcePolicy, kms:GetKeyPolicy, lambda:GetPolicy).
EOF
}

OUT=dump
REGIONS="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
PROFILES=""
FORCE=0
while [ $# -gt 0 ]; do
  case "$1" in
    -o | --out) OUT="${2:?--out needs a folder}"; shift 2 ;;
    -r | --regions) REGIONS="${2:?--regions needs a list}"; shift 2 ;;
    -p | --profiles) PROFILES="${2:?--profiles needs a list}"; shift 2 ;;
    -f | --force) FORCE=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "aws-cli-dump: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$REGIONS" ]; then
  echo "aws-cli-dump: no region: pass --regions or set AWS_REGION" >&2
  exit 2
fi
for tool in aws jq; do
  command -v "$tool" >/dev/null || { echo "aws-cli-dump: '$tool' is required but not installed" >&2; exit 2; }
done
IFS=',' read -r -a REGION_LIST <<<"$REGIONS"
export AWS_PAGER=""
# Global services (IAM, S3 listing, Organizations) still need a region for the CLI to start.
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-${REGION_LIST[0]}}"
mkdir -p "$OUT"

ACCT_DIR=""    # temporary folder of the account being dumped
ERRF=""        # stderr of the last call
GAPS=0

log() { printf '%s\n' "$*" >&2; }

# The one place the AWS CLI runs. The CLI follows NextToken/Marker itself and prints one merged
# document, so paginated operations need nothing more here.
awsj() {
  aws "$@" --output json
}

# A resource name as a file name part: JavaScript's encodeURIComponent (jq's @uri also escapes !'()*).
uri() {
  jq -rn --arg x "$1" '$x | @uri | gsub("%21"; "!") | gsub("%27"; "\u0027") | gsub("%28"; "(") | gsub("%29"; ")") | gsub("%2A"; "*")'
}

# Error codes that mean "there is none" (no bucket policy, no function URL…), not a gap in coverage.
is_absence() {
  case "$1" in
    NoSuchBucketPolicy | NoSuchPublicAccessBlockConfiguration | NoSuchTagSet | ServerSideEncryptionConfigurationNotFoundError | \
      ResourceNotFoundException | RepositoryPolicyNotFoundException | NoSuchEntity | AWSOrganizationsNotInUseException) return 0 ;;
    *) return 1 ;;
  esac
}

# write_error <error-file> <rel>: turn the CLI's "An error occurred (Code) when calling the X operation: msg"
# into the layout's gap file.
write_error() {
  local file=$1 rel=$2 code message
  code=$(sed -n 's/.*An error occurred (\([^)]*\)).*/\1/p' "$ERRF" | head -n 1)
  message=$(sed -n 's/.*An error occurred ([^)]*) when calling the [A-Za-z0-9]* operation[^:]*: //p' "$ERRF" | head -n 1)
  if [ -z "$code" ]; then
    code=CliError
    message=$(tr '\n' ' ' <"$ERRF" | cut -c 1-500)
  fi
  jq -n --arg code "$code" --arg message "$message" '{error: {code: $code, message: $message}}' >"$file"
  if ! is_absence "$code"; then
    GAPS=$((GAPS + 1))
    log "  gap: $rel ($code)"
  fi
}

# call <service> <operation> <file relative to the account folder> [cli arguments…]
# Returns non-zero when the call failed (the gap file is then written instead).
call() {
  local service=$1 op=$2 rel=$3
  shift 3
  local out="$ACCT_DIR/$rel"
  mkdir -p "$(dirname "$out")"
  if awsj "$service" "$op" "$@" >"$out.part" 2>"$ERRF"; then
    mv "$out.part" "$out"
    return 0
  fi
  rm -f "$out.part"
  write_error "${out%.json}.error.json" "$rel"
  return 1
}

# steer <service> <operation> <scratch-file> <rel-of-dependent-file|-> [cli arguments…]
# A listing that only steers later calls and is not itself in the layout (list-services, list-tasks…).
# When it fails, the layout file that depends on it gets the gap file ("-": log only).
steer() {
  local service=$1 op=$2 scratch=$3 rel=$4
  shift 4
  if awsj "$service" "$op" "$@" >"$scratch" 2>"$ERRF"; then return 0; fi
  if [ "$rel" = "-" ]; then
    GAPS=$((GAPS + 1))
    log "  gap: $service $op ($(sed -n 's/.*An error occurred (\([^)]*\)).*/\1/p' "$ERRF" | head -n 1))"
  else
    mkdir -p "$(dirname "$ACCT_DIR/$rel")"
    write_error "$ACCT_DIR/${rel%.json}.error.json" "$rel"
  fi
  return 1
}

# batched <service> <operation> <rel> <batch-size> <list-flag> <jq-merge> <items-file> [cli arguments…]
# For describe calls that take at most N identifiers: one call per batch, merged into one file with
# <jq-merge>, which maps the array of outputs to one document (an empty array when there are no items).
batched() {
  local service=$1 op=$2 rel=$3 size=$4 flag=$5 merge=$6 items=$7
  shift 7
  local out="$ACCT_DIR/$rel" i=0 parts=() all=()
  mkdir -p "$(dirname "$out")"
  mapfile -t all <"$items"
  while [ "$i" -lt "${#all[@]}" ]; do
    if ! awsj "$service" "$op" "$flag" "${all[@]:i:size}" "$@" >"$out.part$i" 2>"$ERRF"; then
      rm -f "$out".part*
      write_error "${out%.json}.error.json" "$rel"
      return 1
    fi
    parts+=("$out.part$i")
    i=$((i + size))
  done
  if [ "${#parts[@]}" -eq 0 ]; then
    jq -n "[] | $merge" >"$out"
  else
    jq -s "$merge" "${parts[@]}" >"$out"
    rm -f "${parts[@]}"
  fi
}

# values <jq-filter> <rel>: strings picked from a file written earlier; nothing if that call failed.
values() {
  local file="$ACCT_DIR/$2"
  [ -f "$file" ] || return 0
  jq -r "$1 // empty" "$file"
}

# ------------------------------------------------------------------ account-wide: IAM, S3, Organizations

dump_iam() {
  log "  iam"
  call iam get-account-authorization-details iam/get-account-authorization-details.json || return 0
  local user u
  while IFS= read -r user; do
    u=$(uri "$user")
    call iam list-access-keys "iam/list-access-keys/$u.json" --user-name "$user" || true
    call iam get-login-profile "iam/get-login-profile/$u.json" --user-name "$user" || true
  done < <(values '.UserDetailList[]?.UserName' iam/get-account-authorization-details.json)
}

dump_s3() {
  log "  s3"
  call s3api list-buckets s3api/list-buckets.json || return 0
  local bucket region b args
  while IFS=$'\t' read -r bucket region; do
    [ -n "$bucket" ] || continue
    b=$(uri "$bucket")
    args=(--bucket "$bucket")
    if [ -n "$region" ]; then args+=(--region "$region"); fi
    call s3api get-bucket-policy "s3api/get-bucket-policy/$b.json" "${args[@]}" || true
    call s3api get-public-access-block "s3api/get-public-access-block/$b.json" "${args[@]}" || true
    call s3api get-bucket-tagging "s3api/get-bucket-tagging/$b.json" "${args[@]}" || true
    call s3api get-bucket-encryption "s3api/get-bucket-encryption/$b.json" "${args[@]}" || true
  done < <(values '.Buckets[]? | [.Name, (.BucketRegion // "")] | @tsv' s3api/list-buckets.json)
}

dump_organizations() {
  local account=$1 o=organizations scratch="$TMP_LISTS/organization.json"
  # Only the management account's folder holds organizations/ (SCPs, RCPs and the OU tree are
  # readable there only); a member account or an account outside any organization is not a gap.
  awsj organizations describe-organization >"$scratch" 2>"$ERRF" || return 0
  [ "$(jq -r '.Organization.MasterAccountId // empty' "$scratch")" = "$account" ] || return 0
  log "  organizations"
  mkdir -p "$ACCT_DIR/$o"
  cp "$scratch" "$ACCT_DIR/$o/describe-organization.json"
  call organizations list-roots "$o/list-roots.json" || true
  call organizations list-accounts "$o/list-accounts.json" || true
  local queue=() parent p id
  mapfile -t queue < <(values '.Roots[]?.Id' "$o/list-roots.json")
  while [ "${#queue[@]}" -gt 0 ]; do
    parent=${queue[0]}
    queue=("${queue[@]:1}")
    p=$(uri "$parent")
    # Which accounts sit directly under this root/OU (not in the layout's list; the reader accepts it).
    call organizations list-accounts-for-parent "$o/list-accounts-for-parent/$p.json" --parent-id "$parent" || true
    if call organizations list-organizational-units-for-parent "$o/list-organizational-units-for-parent/$p.json" --parent-id "$parent"; then
      while IFS= read -r id; do queue+=("$id"); done < <(values '.OrganizationalUnits[]?.Id' "$o/list-organizational-units-for-parent/$p.json")
    fi
  done
  dump_org_policies SERVICE_CONTROL_POLICY "$o/list-policies-service-control-policy.json"
  dump_org_policies RESOURCE_CONTROL_POLICY "$o/list-policies-resource-control-policy.json"
}

# dump_org_policies <policy-type> <rel of the listing>: the policies of one type, their content and targets.
dump_org_policies() {
  local filter=$1 rel=$2 o=organizations id p
  call organizations list-policies "$rel" --filter "$filter" || return 0
  while IFS= read -r id; do
    p=$(uri "$id")
    call organizations describe-policy "$o/describe-policy/$p.json" --policy-id "$id" || true
    call organizations list-targets-for-policy "$o/list-targets-for-policy/$p.json" --policy-id "$id" || true
  done < <(values '.Policies[]?.Id' "$rel")
}

# ------------------------------------------------------------------ regional services

dump_ecs() {
  local r=$1 d="$1/ecs" cluster c list="$TMP_LISTS/items" scratch="$TMP_LISTS/listing.json"
  call ecs list-clusters "$d/list-clusters.json" --region "$r" || return 0
  values '.clusterArns[]?' "$d/list-clusters.json" >"$list"
  batched ecs describe-clusters "$d/describe-clusters.json" 100 --clusters \
    '{clusters: (map(.clusters) | add // []), failures: (map(.failures) | add // [])}' "$list" \
    --include CONFIGURATIONS SETTINGS TAGS --region "$r" || true
  local taskdefs="$TMP_LISTS/taskdefs"
  : >"$taskdefs"
  while IFS= read -r cluster; do
    c=$(uri "${cluster##*/}")
    if steer ecs list-services "$scratch" "$d/describe-services/$c.json" --cluster "$cluster" --region "$r"; then
      jq -r '.serviceArns[]?' "$scratch" >"$list"
      if batched ecs describe-services "$d/describe-services/$c.json" 10 --services \
        '{services: (map(.services) | add // []), failures: (map(.failures) | add // [])}' "$list" \
        --cluster "$cluster" --include TAGS --region "$r"; then
        values '.services[]?.taskDefinition' "$d/describe-services/$c.json" >>"$taskdefs"
      fi
    fi
    # Running tasks (the default desired status), with their overrides.
    if steer ecs list-tasks "$scratch" "$d/describe-tasks/$c.json" --cluster "$cluster" --region "$r"; then
      jq -r '.taskArns[]?' "$scratch" >"$list"
      if batched ecs describe-tasks "$d/describe-tasks/$c.json" 100 --tasks \
        '{tasks: (map(.tasks) | add // []), failures: (map(.failures) | add // [])}' "$list" \
        --cluster "$cluster" --include TAGS --region "$r"; then
        values '.tasks[]?.taskDefinitionArn' "$d/describe-tasks/$c.json" >>"$taskdefs"
      fi
    fi
  done < <(values '.clusterArns[]?' "$d/list-clusters.json")
  # Task definitions in use, plus the latest active revision of every family (what RunTask would start).
  if steer ecs list-task-definitions "$scratch" - --status ACTIVE --sort DESC --region "$r"; then
    jq -r '[.taskDefinitionArns[]? | {arn: ., family: (sub(".*task-definition/"; "") | sub(":[0-9]+$"; ""))}]
      | unique_by(.family) | .[].arn' "$scratch" >>"$taskdefs"
  fi
  local td key
  while IFS= read -r td; do
    key=${td##*task-definition/}
    call ecs describe-task-definition "$d/describe-task-definition/$(uri "$key").json" \
      --task-definition "$td" --include TAGS --region "$r" || true
  done < <(sort -u "$taskdefs")
}

dump_lambda() {
  local r=$1 d="$1/lambda" fn f
  call lambda list-functions "$d/list-functions.json" --region "$r" || return 0
  while IFS= read -r fn; do
    f=$(uri "$fn")
    call lambda get-policy "$d/get-policy/$f.json" --function-name "$fn" --region "$r" || true
    call lambda get-function-url-config "$d/get-function-url-config/$f.json" --function-name "$fn" --region "$r" || true
  done < <(values '.Functions[]?.FunctionName' "$d/list-functions.json")
}

dump_rds() {
  local r=$1
  call rds describe-db-instances "$r/rds/describe-db-instances.json" --region "$r" || true
  call rds describe-db-clusters "$r/rds/describe-db-clusters.json" --region "$r" || true
}

dump_secrets() {
  local r=$1 d="$1/secretsmanager" arn name
  call secretsmanager list-secrets "$d/list-secrets.json" --region "$r" || return 0
  while IFS=$'\t' read -r arn name; do
    [ -n "$arn" ] || continue
    call secretsmanager get-resource-policy "$d/get-resource-policy/$(uri "$name").json" --secret-id "$arn" --region "$r" || true
  done < <(values '.SecretList[]? | [.ARN, .Name] | @tsv' "$d/list-secrets.json")
}

dump_ssm() {
  local r=$1
  call ssm describe-parameters "$r/ssm/describe-parameters.json" --region "$r" || true
  call ssm describe-instance-information "$r/ssm/describe-instance-information.json" --region "$r" || true
}

dump_kms() {
  local r=$1 d="$1/kms" key
  call kms list-keys "$d/list-keys.json" --region "$r" || return 0
  while IFS= read -r key; do
    call kms describe-key "$d/describe-key/$(uri "$key").json" --key-id "$key" --region "$r" || true
    call kms get-key-policy "$d/get-key-policy/$(uri "$key").json" --key-id "$key" --policy-name default --region "$r" || true
  done < <(values '.Keys[]?.KeyId' "$d/list-keys.json")
}

dump_ec2() {
  local r=$1
  call ec2 describe-security-groups "$r/ec2/describe-security-groups.json" --region "$r" || true
  call ec2 describe-instances "$r/ec2/describe-instances.json" --region "$r" || true
}

dump_ecr() {
  local r=$1 d="$1/ecr" repo
  call ecr describe-repositories "$d/describe-repositories.json" --region "$r" || return 0
  while IFS= read -r repo; do
    call ecr get-repository-policy "$d/get-repository-policy/$(uri "$repo").json" --repository-name "$repo" --region "$r" || true
  done < <(values '.repositories[]?.repositoryName' "$d/describe-repositories.json")
}

dump_service_roles() {
  local r=$1 list="$TMP_LISTS/items" scratch="$TMP_LISTS/listing.json" nb
  call cloudformation describe-stacks "$r/cloudformation/describe-stacks.json" --region "$r" || true
  if steer codebuild list-projects "$scratch" "$r/codebuild/batch-get-projects.json" --region "$r"; then
    jq -r '.projects[]?' "$scratch" >"$list"
    batched codebuild batch-get-projects "$r/codebuild/batch-get-projects.json" 100 --names \
      '{projects: (map(.projects) | add // []), projectsNotFound: (map(.projectsNotFound // []) | add // [])}' "$list" \
      --region "$r" || true
  fi
  call glue get-dev-endpoints "$r/glue/get-dev-endpoints.json" --region "$r" || true
  call glue get-jobs "$r/glue/get-jobs.json" --region "$r" || true
  if call sagemaker list-notebook-instances "$r/sagemaker/list-notebook-instances.json" --region "$r"; then
    while IFS= read -r nb; do
      call sagemaker describe-notebook-instance "$r/sagemaker/describe-notebook-instance/$(uri "$nb").json" \
        --notebook-instance-name "$nb" --region "$r" || true
    done < <(values '.NotebookInstances[]?.NotebookInstanceName' "$r/sagemaker/list-notebook-instances.json")
  fi
}

# ------------------------------------------------------------------ one account

dump_account() {
  local identity account final tmp
  identity=$(mktemp)
  if ! awsj sts get-caller-identity >"$identity" 2>"$ERRF"; then
    log "aws-cli-dump: cannot identify the account${AWS_PROFILE:+ of profile $AWS_PROFILE}: $(tr '\n' ' ' <"$ERRF")"
    rm -f "$identity"
    return 1
  fi
  account=$(jq -r '.Account' "$identity")
  final="$OUT/$account"
  if [ -e "$final" ] && [ "$FORCE" -ne 1 ]; then
    log "aws-cli-dump: $final exists (use --force to replace it)"
    rm -f "$identity"
    return 1
  fi
  tmp=$(mktemp -d "$OUT/.$account.partial.XXXXXX")
  ACCT_DIR=$tmp
  mkdir -p "$ACCT_DIR/sts"
  mv "$identity" "$ACCT_DIR/sts/get-caller-identity.json"
  log "account $account${AWS_PROFILE:+ (profile $AWS_PROFILE)}"
  GAPS=0
  dump_iam
  dump_s3
  dump_organizations "$account"
  local r
  for r in "${REGION_LIST[@]}"; do
    log "  region $r"
    dump_ecs "$r"
    dump_lambda "$r"
    dump_rds "$r"
    dump_secrets "$r"
    dump_ssm "$r"
    dump_kms "$r"
    dump_ec2 "$r"
    dump_ecr "$r"
    dump_service_roles "$r"
  done
  if [ -e "$final" ]; then rm -rf "$final"; fi
  mv "$tmp" "$final"
  ACCT_DIR=""
  log "  wrote $final ($GAPS gap(s))"
}

TMP_LISTS=$(mktemp -d)
ERRF="$TMP_LISTS/stderr"
# shellcheck disable=SC2329 # called by the EXIT trap
cleanup() {
  rm -rf "$TMP_LISTS"
  if [ -n "$ACCT_DIR" ]; then rm -rf "$ACCT_DIR"; fi
}
trap cleanup EXIT

status=0
if [ -z "$PROFILES" ]; then
  dump_account || status=1
else
  IFS=',' read -r -a PROFILE_LIST <<<"$PROFILES"
  for profile in "${PROFILE_LIST[@]}"; do
    export AWS_PROFILE=$profile
    dump_account || status=1
  done
fi
exit "$status"
