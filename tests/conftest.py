from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_paths():
    return sorted(SEEDS.glob("*.txt"))
