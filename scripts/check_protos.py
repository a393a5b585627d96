"""`buf lint` and `buf breaking` for protos/, against the last released API.

The images are built with the same protoc (grpcio-tools) and include paths as the generated code,
so buf needs neither the network nor copies of googleapis. The released API is the protos/ tree at
the commit named in protos/RELEASED (move it forward when a release is cut).

    python scripts/check_protos.py BUF
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from grpc_tools import protoc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_protos import ROOT, _include_dirs  # noqa: E402

CONFIG = ROOT / "buf.yaml"


def _image(protos: Path, out: Path) -> Path:
    files = [str(p.relative_to(protos)) for p in sorted(protos.rglob("*.proto"))]
    includes = [str(protos), *_include_dirs()[1:]]
    args = ["protoc", *(f"-I{d}" for d in includes), "--include_imports", "--include_source_info", f"-o{out}", *files]
    if protoc.main(args) != 0:
        raise SystemExit(f"protoc could not build {protos}")
    return out


def _released_protos(into: Path) -> Path:
    commit = (ROOT / "protos" / "RELEASED").read_text().strip()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "protos"], capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise SystemExit(f"the released API (commit {commit}, protos/RELEASED) is not in this clone: "
                         f"{archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            tar.extractall(into, filter="data")
        else:  # our own repository's archive
            tar.extractall(into)  # noqa: S202
    return into / "protos"


def main() -> None:
    buf = sys.argv[1]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        current = _image(ROOT / "protos", folder / "current.binpb")
        released = _image(_released_protos(folder / "released"), folder / "released.binpb")
        config = ["--config", str(CONFIG), "--path", "zodiac"]
        lint = subprocess.run([buf, "lint", str(current), *config], check=False)
        breaking = subprocess.run(
            [buf, "breaking", str(current), "--against", str(released), *config], check=False
        )
    if lint.returncode or breaking.returncode:
        raise SystemExit("buf: " + ", ".join(n for n, r in (("lint", lint), ("breaking", breaking)) if r.returncode))
    print("buf lint and buf breaking: no findings")


if __name__ == "__main__":
    main()
