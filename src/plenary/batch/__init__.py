"""Archive-scale processing, one small module per step of the flow:

terms      the prefilter's vocabulary, compiled from the reference data
prefilter  is an article about the tracked bodies? (one Aho-Corasick automaton)
records    a JSONL line → an Article, as `plenary.ingest` reads it
reprints   MinHash LSH clusters of reprints; which copies reuse their original's facts
corpus     the benchmark archive generator (with `unrelated` and `variants`) and its truth
runner     read → prefilter → cluster → extract across N processes → facts JSONL / store
"""
