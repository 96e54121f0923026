#!/usr/bin/env python3
"""Batch-evaluate prompts against a JSONL dataset and report accuracy per tag."""

import argparse
import json
import statistics
from collections import defaultdict
from pathlib import Path


def load_dataset(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def normalize(answer: str) -> str:
    return " ".join(answer.lower().strip().rstrip(".").split())


def evaluate(rows: list[dict], predictions: dict[str, str]) -> dict[str, float]:
    per_tag: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        pred = predictions.get(row["id"], "")
        ok = int(normalize(pred) == normalize(row["expected"]))
        for tag in row.get("tags", ["untagged"]):
            per_tag[tag].append(ok)
    return {tag: statistics.mean(v) for tag, v in sorted(per_tag.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dataset", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--min-accuracy", type=float, default=0.8)
    args = parser.parse_args()

    rows = load_dataset(args.dataset)
    predictions = json.loads(args.predictions.read_text(encoding="utf-8"))
    scores = evaluate(rows, predictions)
    for tag, score in scores.items():
        flag = "" if score >= args.min_accuracy else "  <-- below threshold"
        print(f"{tag:<15} {score:6.1%}{flag}")


if __name__ == "__main__":
    main()
