"""Tests of the train stage (tiny model, real sample records)."""
