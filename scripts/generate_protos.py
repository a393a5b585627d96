"""Generate the Python code for protos/ into the repository root (or another folder).

`python scripts/generate_protos.py [OUT_DIR]` compiles every .proto under protos/ with
`-I protos`, so generated modules import each other as plain absolute imports
(`zodiac.horoscope.v1.horoscope_pb2`), and writes `.pyi` stubs beside them.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parent.parent
PROTOS = ROOT / "protos"


def _include_dirs() -> list[str]:
    """The well-known types (bundled with grpcio-tools) and googleapis protos (installed)."""
    import google.type  # googleapis-common-protos ships date.proto beside its modules

    well_known = resources.files("grpc_tools") / "_proto"
    googleapis = Path(next(iter(google.type.__path__))).parent.parent
    return [str(PROTOS), str(well_known), str(googleapis)]


def generate(out_dir: Path) -> list[Path]:
    sources = sorted(PROTOS.rglob("*.proto"))
    args = ["grpc_tools.protoc", *(f"-I{d}" for d in _include_dirs())]
    # Messages: mypy-protobuf's stubs (enums typed as ValueType, fields exact); services: its
    # _pb2_grpc.pyi, so servicers and stubs are type-checked too.
    plugin = Path(sys.executable).parent / "protoc-gen-mypy_grpc"
    args += [f"--python_out={out_dir}", f"--mypy_out={out_dir}", f"--grpc_python_out={out_dir}"]
    args += [f"--plugin=protoc-gen-mypy_grpc={plugin}", f"--mypy_grpc_out={out_dir}"]
    args += [f"--plugin=protoc-gen-mypy={plugin.with_name('protoc-gen-mypy')}"]
    args += [str(p.relative_to(PROTOS)) for p in sources]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    packages = {out_dir / p.relative_to(PROTOS).parent for p in sources}
    for package in packages:
        for folder in [package, *package.parents]:
            if folder == out_dir or out_dir not in folder.parents:
                break
            (folder / "__init__.py").touch()
    return generated_files(out_dir)


def generated_files(root: Path) -> list[Path]:
    return sorted(p for p in root.joinpath("zodiac").rglob("*") if p.suffix in {".py", ".pyi"})


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT)
