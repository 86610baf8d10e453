# Institutions (virksomheder) with no follow-up (opfølgning) in the plan year: what K305 reports.
# Input: the JSON written by `scripts/gen-plan --json PLAN.json`.
# Usage: jq -r -f scripts/jq/no-follow-up.jq PLAN.json    (one institution ID per line)
#
# A follow-up counts when it is dated in the plan year, is not cancelled (status "aflyst"),
# and is held by the institution's own area, as in rules.md.
(.year | tostring) as $year
| .areas[]
| ( [ .followups[]
      | select((.date // "") | startswith($year + "-"))
      | select(.status != "aflyst")
      | .with[] ]
    | map({key: ., value: true})
    | from_entries ) as $followed
| .units[]
| select((.kind // "virksomhed") == "virksomhed")
| select($followed[.id] | not)
| .id
