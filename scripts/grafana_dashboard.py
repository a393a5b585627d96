"""Writes deploy/grafana/dashboards/zodiac.json, the Zodiac dashboard: one panel list here, the
JSON Grafana provisions generated from it (a test checks the file is current and that every metric
it names exists). `python scripts/grafana_dashboard.py`"""

from __future__ import annotations

import json
from pathlib import Path

DASHBOARD = Path(__file__).parent.parent / "deploy" / "grafana" / "dashboards" / "zodiac.json"
DATASOURCE = {"type": "prometheus", "uid": "prometheus"}
SERVER_FAILURES = 'code=~"INTERNAL|UNKNOWN|UNAVAILABLE|DEADLINE_EXCEEDED|RESOURCE_EXHAUSTED|ABORTED"'

# (row, title, unit, [(expression, legend)])
PANELS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("RPCs", "Calls per second by method", "reqps",
     [("sum by (method) (rate(zodiac_rpc_total[5m]))", "{{method}}")]),
    ("RPCs", "Server failures by method", "percentunit",
     [(f"sum by (method) (rate(zodiac_rpc_total{{{SERVER_FAILURES}}}[5m])) / sum by (method) (rate(zodiac_rpc_total[5m]))",
       "{{method}}")]),
    ("RPCs", "p99 latency by method", "s",
     [("histogram_quantile(0.99, sum by (method, le) (rate(zodiac_rpc_duration_seconds_bucket[5m])))", "{{method}}")]),
    ("RPCs", "Calls by status", "reqps", [("sum by (code) (rate(zodiac_rpc_total[5m]))", "{{code}}")]),
    ("Database", "Pool connections", "short",
     [("sum by (job) (zodiac_db_pool_size)", "{{job}} open"), ("sum by (job) (zodiac_db_pool_idle)", "{{job}} idle"),
      ("sum by (job) (zodiac_db_pool_max)", "{{job}} max")]),
    ("Database", "Pool wait p99", "s",
     [("histogram_quantile(0.99, sum by (job, le) (rate(zodiac_db_pool_acquire_seconds_bucket[5m])))", "{{job}}")]),
    ("Database", "Database reachable", "short", [("min by (job) (zodiac_database_up)", "{{job}}")]),
    ("Content", "Horoscopes generated", "short",
     [("sum by (period, outcome) (increase(zodiac_horoscopes_generated_total[1h]))", "{{period}} {{outcome}}")]),
    ("Content", "Tokens spent", "short",
     [("sum by (period) (increase(zodiac_generation_tokens_total[1d]))", "{{period}}")]),
    ("Content", "Reads against generations (a day)", "short",
     [("sum by (period) (increase(zodiac_horoscope_reads_total[1d]))", "{{period}} reads"),
      ('sum by (period) (increase(zodiac_horoscopes_generated_total{outcome="created"}[1d]))', "{{period}} generated")]),
    ("Content", "Reads by language", "reqps",
     [("sum by (language) (rate(zodiac_horoscope_reads_total[5m]))", "{{language}}")]),
    ("Content", "Today's dailies missing", "short", [("max(zodiac_horoscope_today_missing)", "missing")]),
    ("Subscriptions", "Premium checks", "reqps",
     [("sum by (outcome) (rate(zodiac_premium_checks_total[5m]))", "{{outcome}}")]),
    ("Subscriptions", "Purchases and notifications validated", "short",
     [("sum by (kind, outcome) (increase(zodiac_receipt_validations_total[1h]))", "{{kind}} {{outcome}}")]),
    ("Subscriptions", "App Store notifications", "short",
     [("sum by (type, outcome) (increase(zodiac_notifications_total[1h]))", "{{type}} {{outcome}}")]),
    ("Database", "Slowest statements: mean time (pg_stat_statements)", "s",
     [("topk(5, max by (query_id) (zodiac_query_mean_seconds) * on (query_id) group_left (query) "
       "max by (query_id, query) (zodiac_query_info))", "{{query}}")]),
    ("Database", "Slowest statements: calls", "short",
     [("topk(5, max by (query_id) (zodiac_query_calls))", "{{query_id}}")]),
    ("Backups", "Age of the newest backup", "s",
     [("min(zodiac_backup_latest_age_seconds)", "completed"),
      ("min(zodiac_backup_latest_verified_age_seconds)", "verified")]),
    ("Backups", "Backups failed (7 days) and not off site", "short",
     [("max(zodiac_backup_failures_7d)", "failed"), ("max(zodiac_backup_uploads_pending)", "not uploaded")]),
]


def render() -> str:
    panels: list[dict[str, object]] = []
    y = 0
    row_name = None
    column = 0
    for number, (row, title, unit, targets) in enumerate(PANELS, start=1):
        if row != row_name:
            if row_name is not None:
                y += 8
            panels.append({"type": "row", "title": row, "id": 1000 + number, "collapsed": False,
                           "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}})
            y += 1
            row_name, column = row, 0
        elif column == 0:
            y += 8
        panels.append({
            "id": number,
            "type": "timeseries",
            "title": title,
            "datasource": DATASOURCE,
            "gridPos": {"h": 8, "w": 8, "x": column * 8, "y": y},
            "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
            "targets": [
                {"refId": chr(ord("A") + i), "datasource": DATASOURCE, "expr": expr, "legendFormat": legend}
                for i, (expr, legend) in enumerate(targets)
            ],
        })
        column = (column + 1) % 3
    dashboard = {
        "uid": "zodiac-backend",
        "title": "Zodiac backend",
        "tags": ["zodiac"],
        "timezone": "utc",
        "schemaVersion": 39,
        "version": 1,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "panels": panels,
    }
    return json.dumps(dashboard, indent=2) + "\n"


if __name__ == "__main__":
    DASHBOARD.write_text(render(), encoding="utf-8")
