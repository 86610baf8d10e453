// Answers over a resolved plan (placeholder until the query module lands).
