"""deploy/kubernetes agrees with the Kubernetes schemas and with the code (no cluster runs here:
this reads the manifests, as test_compose.py reads docker-compose.yml)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tests.test_compose import SOURCES
from zodiac_cli.main import build_parser

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "deploy" / "kubernetes" / "base"
OVERLAY = ROOT / "deploy" / "kubernetes" / "overlays" / "production"
KUBERNETES = "1.30.0"
CUSTOM_KINDS = {("postgresql.cnpg.io/v1", "Cluster")}  # CloudNativePG's: not in Kubernetes' schemas


def _documents(folder: Path) -> list[dict[str, Any]]:
    kustomization = yaml.safe_load((folder / "kustomization.yaml").read_text())
    documents = []
    for resource in kustomization["resources"]:
        path = folder / resource
        if path.is_file():
            documents += [d for d in yaml.safe_load_all(path.read_text()) if d]
    return documents


BASE_DOCUMENTS = _documents(BASE)


def _by_kind(kind: str) -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for d in BASE_DOCUMENTS if d["kind"] == kind}


@pytest.mark.parametrize("document", BASE_DOCUMENTS, ids=lambda d: f"{d['kind']}/{d['metadata']['name']}")
def test_every_manifest_is_valid_kubernetes(document: dict[str, Any]) -> None:
    if (document["apiVersion"], document["kind"]) in CUSTOM_KINDS:
        spec = document["spec"]
        assert spec["instances"] >= 2, "a primary and at least one standby"
        assert spec["backup"]["barmanObjectStore"]["destinationPath"].startswith("s3://")  # WAL archive: PITR
        return
    kubernetes_validate.validate(document, KUBERNETES, strict=True)


def _containers() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for kind in ("Deployment", "Job"):
        for name, d in _by_kind(kind).items():
            found += [(name, c) for c in d["spec"]["template"]["spec"]["containers"]]
    for name, d in _by_kind("CronJob").items():
        found += [(name, c) for c in d["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]]
    return found


def test_every_variable_is_one_the_code_reads() -> None:
    config = _by_kind("ConfigMap")["zodiac-config"]["data"]
    names = set(config)
    for _, container in _containers():
        names |= {e["name"] for e in container.get("env", [])}
    for patch in (OVERLAY / "patches").glob("*.yaml"):  # the production overlay's variables too
        names |= set(re.findall(r"name: ([A-Z][A-Z0-9_]+)", patch.read_text()))
    for name in names:
        assert re.search(rf'"{name}"', SOURCES) or name.endswith("_DB_PASSWORD"), f"the code never reads {name}"


def test_commands_exist_and_ports_and_probes_agree_with_the_configuration() -> None:
    config = _by_kind("ConfigMap")["zodiac-config"]["data"]
    assert config["ZODIAC_ENV"] == "production" and config["ZODIAC_HOST"] == "0.0.0.0"
    expected = {
        "zodiac-horoscope": ("horoscope_service", {config["HOROSCOPE_PORT"], config["HOROSCOPE_METRICS_PORT"]}),
        "zodiac-subscription": ("subscription_service", {
            config["SUBSCRIPTION_PORT"], config["SUBSCRIPTION_METRICS_PORT"], config["SUBSCRIPTION_HTTP_PORT"]}),
    }
    deployments = _by_kind("Deployment")
    for name, (module, ports) in expected.items():
        [container] = deployments[name]["spec"]["template"]["spec"]["containers"]
        assert container["command"] == ["python", "-m", module]
        assert {str(p["containerPort"]) for p in container["ports"]} == ports
        grpc_port = min(int(p) for p in ports if p.startswith("500"))
        assert container["livenessProbe"]["grpc"] == {"port": grpc_port, "service": "liveness"}
        assert container["readinessProbe"]["grpc"] == {"port": grpc_port}  # "": readiness
    parser = build_parser()
    for _, container in _containers():
        command = container["command"]
        if command[0] == "zodiac":
            parser.parse_args(command[1:])
        elif command[0] == "sh":
            for part in command[2].split("&&"):
                parser.parse_args(part.split()[1:])


def test_the_horoscope_service_balances_over_every_subscription_pod() -> None:
    config = _by_kind("ConfigMap")["zodiac-config"]["data"]
    headless = _by_kind("Service")["zodiac-subscription-headless"]["spec"]
    assert headless["clusterIP"] == "None"
    assert config["SUBSCRIPTION_TARGET"] == f"dns:///zodiac-subscription-headless:{config['SUBSCRIPTION_PORT']}"


def test_disruption_budgets_and_autoscalers_cover_both_services() -> None:
    for name in ("zodiac-horoscope", "zodiac-subscription"):
        assert _by_kind("PodDisruptionBudget")[name]["spec"]["minAvailable"] >= 1
        hpa = _by_kind("HorizontalPodAutoscaler")[name]["spec"]
        assert hpa["scaleTargetRef"]["name"] == name and hpa["minReplicas"] >= 2


def test_the_production_overlay_patches_what_the_base_has() -> None:
    overlay = yaml.safe_load((OVERLAY / "kustomization.yaml").read_text())
    assert "../../base" in overlay["resources"] and overlay["namespace"] == "zodiac"
    base = {(d["kind"], d["metadata"]["name"]) for d in BASE_DOCUMENTS}
    for patch in overlay["patches"]:
        document = yaml.safe_load((OVERLAY / patch["path"]).read_text())
        assert (document["kind"], document["metadata"]["name"]) in base
    secrets_named = {name for d in BASE_DOCUMENTS for name in re.findall(r"name: (zodiac-[a-z0-9-]+)", yaml.safe_dump(d))}
    generated = {g["name"] for g in overlay["secretGenerator"]} | {g["name"] for g in overlay["configMapGenerator"]}
    made_elsewhere = {d["metadata"]["name"] for d in BASE_DOCUMENTS} | {"zodiac-db-app"}  # CloudNativePG makes it
    assert secrets_named <= generated | made_elsewhere, secrets_named - generated - made_elsewhere
    example = (OVERLAY / "secrets.env.example").read_text()
    for line in example.splitlines():
        if line and not line.startswith("#"):
            assert re.search(rf'"{line.split("=")[0]}"', SOURCES)
