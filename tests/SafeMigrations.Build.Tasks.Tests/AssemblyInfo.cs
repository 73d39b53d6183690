// The guard task reads the process environment; tests set it around each run, so they must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
