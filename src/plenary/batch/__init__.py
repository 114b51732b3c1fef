"""Archive-scale processing, one small module per step of the flow:

terms      the prefilter's vocabulary, compiled from the reference data
prefilter  is an article about the tracked bodies? (one Aho-Corasick automaton)
records    a JSONL line → an Article, as `plenary.ingest` reads it
reprints   MinHash LSH clusters of reprints; which copies reuse their original's facts
corpus     the benchmark archive generator (with `unrelated` and `variants`) and its truth
runner     read → prefilter → cluster → extract across N processes → facts JSONL / store
"""

import os

# Arrow's C++ default pool, which the Parquet writer and reader use whatever
# `pyarrow.set_memory_pool` says, is chosen once, when pyarrow is first imported (hence here,
# before any step imports it). With mimalloc's arenas, which keep what they once held, the main
# process of a 1M-article batch peaked 20-30 MB higher than with the C heap.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
