"""Shared fixtures: the real spaCy model (loaded once), the reference corpus in ../shared."""
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def shared_path(*parts) -> Path:
    """A path inside ../shared, skipping the calling test when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available")
    return p


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.analyze import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from newsgraph.analyze import Pipeline

    return Pipeline(nlp=nlp)


@pytest.fixture(scope="session")
def seeds_dir():
    return shared_path("seeds")


@pytest.fixture(scope="session")
def gold_dir():
    return shared_path("gold", "dev")
