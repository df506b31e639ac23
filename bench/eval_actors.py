"""Scores the actors stage (and whatever later stages import) on ../shared/gold/dev with the
reference scorer. Usage: python bench/eval_actors.py [OUT.jsonl] [--verbose]"""
import json
import os
import subprocess
import sys
from pathlib import Path

from newsgraph.analyze.pipeline import COMPONENTS, Pipeline
from newsgraph.model import Article
from newsgraph.output import to_gold

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev"


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "/tmp/actors_out.jsonl")
    names = []
    wanted = [c for c in (os.environ.get("COMPONENTS") or ",".join(COMPONENTS)).split(",") if c]
    for name in wanted:
        try:
            Pipeline.__init__  # noqa
            from newsgraph.analyze.pipeline import make_component
            make_component(name)
            names.append(name)
        except Exception as e:
            print(f"skip {name}: {e.__class__.__name__}", file=sys.stderr)
    pipe = Pipeline(components=names)
    arts = []
    for f in sorted(GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        arts.append(Article(id=d["id"], text=d["text"], title=d.get("title"), url=d.get("url"),
                            published=d.get("published")))
    with out.open("w", encoding="utf-8") as fh:
        for an in pipe.pipe(arts):
            fh.write(json.dumps(to_gold(an), ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(GOLD.parent / "score.py"), "--gold", str(GOLD), "--pred", str(out)]
    if "--verbose" in sys.argv:
        cmd.append("--verbose")
    subprocess.run(cmd)


if __name__ == "__main__":
    main()
