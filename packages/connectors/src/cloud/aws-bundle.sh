#!/usr/bin/env bash
# Writes an AWS evidence bundle for Vigil's `aws.bundle` importer: one JSON file per read-only CLI
# call, named after the command. A call that fails leaves a `.err` file with the CLI's message, so
# "does not exist" (NoSuchEntity, NoSuchBucketPolicy …) is told apart from "access denied".
#
# Usage: aws-bundle.sh [-o OUTPUT_DIR] [-r "eu-west-1 us-east-1"]
#   Credentials come from the usual AWS CLI sources (AWS_PROFILE, environment, SSO …).
#   Default regions: every region enabled for the account.
# Needs: bash, AWS CLI v2, and a principal with the SecurityAudit (or ReadOnlyAccess) managed policy.
set -euo pipefail
export AWS_PAGER=""

OUT="aws-bundle-$(date -u +%Y%m%dT%H%M%SZ)"
REGIONS=""
while getopts "o:r:h" opt; do
  case "$opt" in
    o) OUT="$OPTARG" ;;
    r) REGIONS="$OPTARG" ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

# run REL aws-args…: saves the JSON output to $OUT/REL.json, or the error message to $OUT/REL.err.
run() {
  local rel="$1"
  shift
  mkdir -p "$OUT/$(dirname "$rel")"
  if aws "$@" --output json >"$OUT/$rel.json.part" 2>"$OUT/$rel.err.part"; then
    # The CLI prints nothing for an empty response (a bucket whose versioning was never set).
    [ -s "$OUT/$rel.json.part" ] || echo '{}' >"$OUT/$rel.json.part"
    mv "$OUT/$rel.json.part" "$OUT/$rel.json"
    rm -f "$OUT/$rel.err.part"
  else
    rm -f "$OUT/$rel.json.part"
    mv "$OUT/$rel.err.part" "$OUT/$rel.err"
    echo "  ! $rel: $(tr '\n' ' ' <"$OUT/$rel.err" | cut -c1-160)" >&2
  fi
}

# list aws-args…: prints the words of a `--query … --output text` answer, nothing when empty.
list() {
  aws "$@" --output text 2>/dev/null | tr '\t' '\n' | grep -v '^None$' || true
}

mkdir -p "$OUT"
echo "Writing $OUT"
run sts/get-caller-identity sts get-caller-identity
ACCOUNT="$(aws sts get-caller-identity --query Account --output text)"

echo "IAM"
for _ in $(seq 1 30); do
  state="$(aws iam generate-credential-report --query State --output text || echo FAILED)"
  [ "$state" = "COMPLETE" ] && break
  [ "$state" = "FAILED" ] && break
  sleep 2
done
run iam/get-credential-report iam get-credential-report
run iam/get-account-password-policy iam get-account-password-policy
run iam/get-account-authorization-details iam get-account-authorization-details

echo "S3"
run s3control/get-public-access-block s3control get-public-access-block --account-id "$ACCOUNT"
run s3api/list-buckets s3api list-buckets
for bucket in $(list s3api list-buckets --query 'Buckets[].Name'); do
  base="s3api/buckets/$bucket"
  run "$base/get-bucket-encryption" s3api get-bucket-encryption --bucket "$bucket"
  run "$base/get-public-access-block" s3api get-public-access-block --bucket "$bucket"
  run "$base/get-bucket-policy-status" s3api get-bucket-policy-status --bucket "$bucket"
  run "$base/get-bucket-policy" s3api get-bucket-policy --bucket "$bucket"
  run "$base/get-bucket-acl" s3api get-bucket-acl --bucket "$bucket"
  run "$base/get-bucket-versioning" s3api get-bucket-versioning --bucket "$bucket"
done

[ -n "$REGIONS" ] || REGIONS="$(list ec2 describe-regions --query 'Regions[].RegionName')"
for region in $REGIONS; do
  echo "Region $region"
  base="regions/$region"
  run "$base/rds/describe-db-instances" rds describe-db-instances --region "$region"
  run "$base/ec2/describe-security-groups" ec2 describe-security-groups --region "$region"
  run "$base/cloudtrail/describe-trails" cloudtrail describe-trails --region "$region"
  # Trail status is read in the trail's home region (other regions list it as a shadow trail).
  list cloudtrail describe-trails --region "$region" --query "trailList[?HomeRegion=='$region'].[Name,TrailARN]" |
    paste - - | while read -r name arn; do
      run "$base/cloudtrail/get-trail-status/$name" cloudtrail get-trail-status --region "$region" --name "$arn"
    done
  run "$base/kms/list-keys" kms list-keys --region "$region"
  for key in $(list kms list-keys --region "$region" --query 'Keys[].KeyId'); do
    run "$base/kms/keys/$key/describe-key" kms describe-key --region "$region" --key-id "$key"
    run "$base/kms/keys/$key/get-key-rotation-status" kms get-key-rotation-status --region "$region" --key-id "$key"
  done
  run "$base/guardduty/list-detectors" guardduty list-detectors --region "$region"
  for detector in $(list guardduty list-detectors --region "$region" --query 'DetectorIds'); do
    run "$base/guardduty/detectors/$detector/get-detector" guardduty get-detector --region "$region" --detector-id "$detector"
  done
done

echo "Done: import it with  vigil collect aws.bundle --file $OUT   (or: vigil check --importer aws.bundle -i $OUT)"
