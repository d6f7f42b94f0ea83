"""The learned coder: a model per theme that learns from the gold set and from analysts'
decisions, proposes codings the codebook missed, ranks sentences for review and replays labelled
sets. Pipeline: examples -> features -> classifier -> querier (queues) -> simulation."""
