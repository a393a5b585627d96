"""The committed generated code is what the protos generate today."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from generate_protos import generate, generated_files  # noqa: E402


def test_regenerating_changes_nothing(tmp_path: Path) -> None:
    fresh = generate(tmp_path)
    assert fresh, "no code was generated"
    committed = generated_files(ROOT)
    assert [p.relative_to(tmp_path) for p in fresh] == [p.relative_to(ROOT) for p in committed]
    stale = [p.relative_to(tmp_path) for p in fresh if p.read_bytes() != (ROOT / p.relative_to(tmp_path)).read_bytes()]
    assert stale == [], f"regenerate with `make protos`: {stale}"
